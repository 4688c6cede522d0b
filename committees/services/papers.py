"""A Vorlage from its draft to the Freigabe: number, participants, Mitzeichnung, Sichtvermerk."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import (
    Paper,
    PaperNumberCounter,
    SignOff,
)
from ._common import Status, _lock, _log, _require_status, _set_status


def next_paper_number(year: int) -> int:
    """The next lfd. Nr. of `year`, without gaps: the year's counter row is locked until commit."""
    try:
        with transaction.atomic():
            PaperNumberCounter.objects.get_or_create(year=year)
    except IntegrityError:
        pass  # another transaction created the row first; it exists now
    counter = PaperNumberCounter.objects.select_for_update().get(year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number


@transaction.atomic
def paper_create(*, user, participating_units=(), goals=(), action_spaces=(), products=(), **fields) -> Paper:
    paper = Paper(**fields)
    paper._history_user = user
    paper.full_clean()
    paper.save()
    paper.goals.set(goals)
    paper.action_spaces.set(action_spaces)
    paper.products.set(products)
    for unit in participating_units:
        SignOff.objects.create(paper=paper, unit=unit)
    _log(paper=paper, action="angelegt", description=_("Entwurf angelegt"), user=user, to_status=Status.DRAFT)
    return paper


@transaction.atomic
def paper_add_participant(*, paper, unit, user) -> SignOff:
    paper = _lock(paper)
    _require_status(
        paper, Status.DRAFT, message=_("Beteiligte können nur im Entwurf ergänzt werden (Status: %(status)s).")
    )
    if paper.sign_offs.filter(unit=unit).exists():
        raise ValidationError(_("„%(unit)s“ ist bereits beteiligt.") % {"unit": unit.short_name})
    sign_off = SignOff.objects.create(paper=paper, unit=unit)
    _log(paper=paper, action="beteiligt", description=_("%(unit)s beteiligt") % {"unit": unit.label}, user=user)
    return sign_off


@transaction.atomic
def paper_submit_for_signoff(*, paper, user) -> Paper:
    paper = _lock(paper)
    _require_status(
        paper, Status.DRAFT, message=_("Nur ein Entwurf kann in die Mitzeichnung gehen (Status: %(status)s).")
    )
    if not paper.resolution_proposal.strip() and paper.kind != Paper.Kind.NOTICE:
        raise ValidationError(
            {"resolution_proposal": _("Beschlussvorschlag: Bitte formulieren Sie den Beschlussvorschlag.")}
        )
    if not paper.consultations.exists():
        raise ValidationError(_("Bitte legen Sie zuerst die Beratungsfolge fest."))
    _set_status(paper, Status.SIGNOFF, user=user, action="mitzeichnung", description=_("In die Mitzeichnung gegeben"))
    return paper


@transaction.atomic
def paper_sign_off(*, paper, unit, user) -> SignOff:
    paper = _lock(paper)
    _require_status(
        paper, Status.SIGNOFF, message=_("Mitzeichnen ist nur in der Mitzeichnung möglich (Status: %(status)s).")
    )
    sign_off = paper.sign_offs.select_for_update().filter(unit=unit).first()
    if sign_off is None:
        raise ValidationError(_("„%(unit)s“ ist an dieser Vorlage nicht beteiligt.") % {"unit": unit.short_name})
    if sign_off.signed_at:
        raise ValidationError(_("„%(unit)s“ hat bereits mitgezeichnet.") % {"unit": unit.short_name})
    sign_off.signed_by = user
    sign_off.signed_at = timezone.now()
    sign_off._history_user = user
    sign_off.save()
    _log(
        paper=paper, action="mitgezeichnet", description=_("Mitgezeichnet: %(unit)s") % {"unit": unit.label}, user=user
    )
    return sign_off


@transaction.atomic
def paper_release(*, paper, approval, user) -> Paper:
    """Freigabe with the Sichtvermerk of the Landrat or his deputy; the paper gets its lfd. Nr./Jahr."""
    paper = _lock(paper)
    _require_status(
        paper,
        Status.SIGNOFF,
        message=_("Freigeben kann man nur eine Vorlage in der Mitzeichnung (Status: %(status)s)."),
    )
    if approval not in Paper.Approval.values:
        raise ValidationError({"approval": _("Sichtvermerk: Bitte wählen Sie Landrat oder Vertretung.")})
    missing = [s.unit.short_name for s in paper.sign_offs.select_related("unit") if not s.signed_at]
    if missing:
        raise ValidationError(_("Es fehlt noch die Mitzeichnung von: %(units)s.") % {"units": ", ".join(missing)})
    paper.year = paper.date.year
    paper.number = next_paper_number(paper.year)
    paper.approval = approval
    paper.released_at = timezone.now()
    _set_status(
        paper,
        Status.RELEASED,
        user=user,
        action="freigabe",
        description=_("Freigegeben (Sichtvermerk: %(approval)s) als Drucksache %(number)s")
        % {"approval": paper.get_approval_display(), "number": paper.number_label},
    )
    return paper
