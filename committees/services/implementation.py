"""After the decision: carrying it out (Beschlusskontrolle) until the paper is done."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import (
    Implementation,
    ImplementationNote,
    Organization,
    Paper,
)
from ._common import Status, _lock, _require_status, _save, _set_status


@transaction.atomic
def paper_start_implementation(*, paper, responsible_unit: Organization, due_date: date, user) -> Implementation:
    paper = _lock(paper)
    _require_status(paper, Status.DECIDED, message=_("Ausgeführt werden kann nur ein Beschluss (Status: %(status)s)."))
    if responsible_unit.is_committee:
        raise ValidationError({"responsible_unit": _("zuständig: Bitte wählen Sie eine Verwaltungseinheit.")})
    implementation = Implementation(paper=paper, responsible_unit=responsible_unit, due_date=due_date)
    implementation._history_user = user
    implementation.save()
    _set_status(
        paper,
        Status.IN_EXECUTION,
        user=user,
        action="ausfuehrung",
        description=_("Zur Beschlussausführung an %(unit)s, bis %(due)s")
        % {"unit": responsible_unit.label, "due": due_date.strftime("%d.%m.%Y")},
    )
    return implementation


@transaction.atomic
def implementation_add_note(*, implementation, text, progress, user) -> ImplementationNote:
    implementation = Implementation.objects.select_for_update().get(pk=implementation.pk)
    if implementation.status == Implementation.Status.DONE:
        raise ValidationError(_("Die Beschlussausführung ist bereits erledigt."))
    if not text.strip():
        raise ValidationError({"text": _("Sachstand: Bitte beschreiben Sie den Sachstand.")})
    if not 0 <= progress <= 100:
        raise ValidationError({"progress": _("Fortschritt: Bitte einen Wert von 0 bis 100 angeben.")})
    note = ImplementationNote.objects.create(implementation=implementation, text=text, progress=progress, user=user)
    implementation.progress = progress
    implementation.status = Implementation.Status.IN_PROGRESS
    _save(implementation, user)
    return note


@transaction.atomic
def paper_complete(*, paper, user) -> Paper:
    paper = _lock(paper)
    _require_status(
        paper,
        Status.IN_EXECUTION,
        message=_("Erledigt werden kann nur ein Beschluss in Ausführung (Status: %(status)s)."),
    )
    implementation = Implementation.objects.select_for_update().filter(paper=paper).first()
    if implementation is not None:
        implementation.status, implementation.progress = Implementation.Status.DONE, 100
        _save(implementation, user)
    _set_status(paper, Status.DONE, user=user, action="erledigt", description=_("Beschluss ausgeführt"))
    return paper
