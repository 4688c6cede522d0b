"""The Beratungsfolge: consultations, agenda items, meetings, results and postponements."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import (
    AgendaItem,
    Consultation,
    Meeting,
)
from ._common import Result, Status, _lock, _log, _require_status, _save, _set_status


@transaction.atomic
def paper_add_consultation(*, paper, organization, role, user, meeting=None, is_public=None) -> Consultation:
    """Add a step to the Beratungsfolge (at its end), possibly already on a meeting's agenda."""
    paper = _lock(paper)
    _require_status(
        paper,
        Status.DRAFT,
        Status.SIGNOFF,
        Status.RELEASED,
        Status.IN_CONSULTATION,
        message=_("Die Beratungsfolge kann nach dem Beschluss nicht mehr ergänzt werden (Status: %(status)s)."),
    )
    if not organization.is_committee:
        raise ValidationError({"organization": _("Gremium: Bitte wählen Sie ein Gremium, keine Verwaltungseinheit.")})
    if paper.consultations.filter(role=Consultation.Role.DECISION).exists():
        raise ValidationError(_("Die Beratungsfolge endet mit der Entscheidung; danach kann nichts folgen."))
    last = paper.consultations.aggregate(m=Max("order"))["m"] or 0
    consultation = Consultation(
        paper=paper,
        order=last + 1,
        organization=organization,
        role=role,
        is_public=organization.meets_in_public if is_public is None else is_public,
    )
    consultation._history_user = user
    consultation.save()
    _log(
        paper=paper,
        action="beratung_hinzugefuegt",
        description=_("Beratung im Gremium „%(org)s“ (%(role)s) hinzugefügt")
        % {"org": organization.name, "role": consultation.get_role_display()},
        user=user,
        consultation=consultation,
    )
    if meeting is not None:
        consultation_schedule(consultation=consultation, meeting=meeting, user=user)
    return consultation


def _check_meeting_for(consultation, meeting):
    if meeting.organization_id != consultation.organization_id:
        raise ValidationError(
            {
                "meeting": _("Sitzung: Die Sitzung gehört nicht zum Gremium „%(org)s“.")
                % {"org": consultation.organization}
            }
        )
    if meeting.state == Meeting.State.CANCELLED:
        raise ValidationError({"meeting": _("Sitzung: Die Sitzung ist abgesagt.")})
    earlier = (
        Consultation.objects.filter(paper=consultation.paper, order__lt=consultation.order, meeting__isnull=False)
        .order_by("-order")
        .select_related("meeting")
        .first()
    )
    if earlier and earlier.meeting.start >= meeting.start:
        raise ValidationError(
            {
                "meeting": _("Sitzung: Die Sitzung muss nach der vorherigen Beratung (%(prev)s) liegen.")
                % {"prev": earlier.meeting}
            }
        )


def _next_agenda_number(meeting, is_public) -> int:
    return (AgendaItem.objects.filter(meeting=meeting, is_public=is_public).aggregate(m=Max("number"))["m"] or 0) + 1


@transaction.atomic
def agenda_item_add(*, meeting, name, is_public, user, consultation=None) -> AgendaItem:
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.state in (Meeting.State.HELD, Meeting.State.CANCELLED):
        raise ValidationError(_("Die Tagesordnung einer durchgeführten oder abgesagten Sitzung ist abgeschlossen."))
    if is_public and not meeting.is_public:
        raise ValidationError(
            {"is_public": _("öffentlich: Eine nicht öffentliche Sitzung hat keine öffentlichen Punkte.")}
        )
    item = AgendaItem(
        meeting=meeting,
        is_public=is_public,
        number=_next_agenda_number(meeting, is_public),
        name=name,
        consultation=consultation,
    )
    item._history_user = user
    item.save()
    return item


@transaction.atomic
def consultation_schedule(*, consultation, meeting, user) -> Consultation:
    """Put the consultation on the agenda of `meeting` ("Ö n" or "N n" after the items already there)."""
    paper = _lock(consultation.paper)
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if consultation.result:
        raise ValidationError(_("Für diese Beratung ist bereits ein Ergebnis erfasst."))
    _check_meeting_for(consultation, meeting)
    AgendaItem.objects.filter(consultation=consultation).delete()
    is_public = consultation.is_public and meeting.is_public
    agenda_item_add(meeting=meeting, name=paper.name, is_public=is_public, user=user, consultation=consultation)
    consultation.meeting = meeting
    consultation.is_public = is_public
    _save(consultation, user)
    _log(
        paper=paper,
        action="terminiert",
        description=_("Auf die Tagesordnung gesetzt: %(meeting)s") % {"meeting": meeting},
        user=user,
        consultation=consultation,
    )
    return consultation


OUTCOME = {
    Result.ACCEPTED: Status.DECIDED,
    Result.AMENDED: Status.DECIDED,
    Result.REJECTED: Status.REJECTED,
    Result.NOTED: Status.NOTED,
}


@transaction.atomic
def consultation_record_result(
    *,
    consultation,
    result,
    user,
    votes_yes=None,
    votes_no=None,
    votes_abstain=None,
    is_unanimous=False,
    amended_text="",
) -> Consultation:
    """Record what the committee did. The deciding body's result becomes the paper's outcome."""
    paper = _lock(consultation.paper)
    consultation = (
        Consultation.objects.select_for_update(of=("self",))
        .select_related("meeting", "organization")
        .get(pk=consultation.pk)
    )
    _require_status(
        paper,
        Status.RELEASED,
        Status.IN_CONSULTATION,
        message=_("Ergebnisse gibt es nur für freigegebene Vorlagen in der Beratung (Status: %(status)s)."),
    )
    if result == Result.POSTPONED:
        raise ValidationError({"result": _("Ergebnis: Für „vertagt“ wählen Sie bitte die spätere Sitzung (Vertagen).")})
    if result not in Result.values:
        raise ValidationError({"result": _("Ergebnis: Bitte wählen Sie ein Ergebnis.")})
    if consultation.result:
        raise ValidationError(_("Für diese Beratung ist bereits ein Ergebnis erfasst."))
    if consultation.meeting is None or consultation.meeting.state != Meeting.State.HELD:
        raise ValidationError(_("Ein Ergebnis kann erst erfasst werden, wenn die Sitzung stattgefunden hat."))
    pending = paper.consultations.filter(order__lt=consultation.order).exclude(result__in=list(OUTCOME)).first()
    if pending is not None:
        raise ValidationError(
            _("Zuerst muss das Ergebnis der vorherigen Beratung (%(org)s) erfasst werden.")
            % {"org": pending.organization.name}
        )
    if result == Result.AMENDED and not amended_text.strip():
        raise ValidationError(
            {"amended_text": _("geänderter Beschlusstext: Bei „geändert“ bitte den geänderten Text angeben.")}
        )
    if result == Result.NOTED and consultation.role != Consultation.Role.NOTICE:
        raise ValidationError(
            {"result": _("Ergebnis: „zur Kenntnis genommen“ gilt nur für Beratungen zur Kenntnisnahme.")}
        )
    if result != Result.NOTED and consultation.role == Consultation.Role.NOTICE:
        raise ValidationError({"result": _("Ergebnis: Eine Kenntnisnahme wird „zur Kenntnis genommen“.")})
    for label, value in (
        (_("Ja-Stimmen"), votes_yes),
        (_("Nein-Stimmen"), votes_no),
        (_("Enthaltungen"), votes_abstain),
    ):
        if value is not None and value < 0:
            raise ValidationError(_("%(field)s: Bitte eine Zahl ab 0 angeben.") % {"field": label})
    if is_unanimous and votes_no:
        raise ValidationError({"is_unanimous": _("einstimmig: Bei Nein-Stimmen ist das Ergebnis nicht einstimmig.")})

    consultation.result = result
    consultation.amended_text = amended_text if result == Result.AMENDED else ""
    consultation.votes_yes, consultation.votes_no, consultation.votes_abstain = votes_yes, votes_no, votes_abstain
    consultation.is_unanimous = is_unanimous
    consultation.decided_at = timezone.now()
    _save(consultation, user)
    description = _("%(org)s: %(result)s") % {
        "org": consultation.organization.name,
        "result": consultation.get_result_display(),
    }
    if paper.status == Status.RELEASED:
        _set_status(paper, Status.IN_CONSULTATION, user=user, action="beratung", description=_("Beratung begonnen"))
    is_last = not paper.consultations.filter(order__gt=consultation.order).exists()
    if consultation.is_deciding or (consultation.role == Consultation.Role.NOTICE and is_last):
        _set_status(
            paper, OUTCOME[result], user=user, action="ergebnis", description=description, consultation=consultation
        )
    else:
        _log(paper=paper, action="ergebnis", description=description, user=user, consultation=consultation)
    return consultation


@transaction.atomic
def consultation_postpone(*, consultation, to_meeting, user) -> Consultation:
    """Vertagt: the consultation moves to a later meeting of the same committee."""
    paper = _lock(consultation.paper)
    consultation = (
        Consultation.objects.select_for_update(of=("self",)).select_related("meeting").get(pk=consultation.pk)
    )
    _require_status(
        paper,
        Status.RELEASED,
        Status.IN_CONSULTATION,
        message=_("Vertagen ist nur während der Beratung möglich (Status: %(status)s)."),
    )
    if consultation.result:
        raise ValidationError(_("Für diese Beratung ist bereits ein Ergebnis erfasst."))
    if consultation.meeting is None:
        raise ValidationError(_("Die Beratung steht noch auf keiner Tagesordnung."))
    if to_meeting.start <= consultation.meeting.start:
        raise ValidationError({"to_meeting": _("Sitzung: Bitte wählen Sie eine spätere Sitzung.")})
    old = consultation.meeting
    consultation_schedule(consultation=consultation, meeting=to_meeting, user=user)
    _log(
        paper=paper,
        action="vertagt",
        description=_("Vertagt von %(old)s auf %(new)s") % {"old": old, "new": to_meeting},
        user=user,
        consultation=consultation,
    )
    consultation.refresh_from_db()
    return consultation


@transaction.atomic
def meeting_set_state(*, meeting, state, user) -> Meeting:
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    allowed = {
        Meeting.State.PLANNED: {Meeting.State.INVITED, Meeting.State.CANCELLED},
        Meeting.State.INVITED: {Meeting.State.HELD, Meeting.State.CANCELLED},
        Meeting.State.HELD: set(),
        Meeting.State.CANCELLED: set(),
    }
    if state not in allowed[meeting.state]:
        raise ValidationError(
            _("Eine Sitzung mit dem Status „%(old)s“ kann nicht „%(new)s“ werden.")
            % {"old": meeting.get_state_display(), "new": Meeting.State(state).label}
        )
    meeting.state = state
    _save(meeting, user)
    return meeting
