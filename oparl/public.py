"""What OParl may show: exactly what an anonymous visitor sees, asked through each model's `visible_to`.

Deleted objects ("tombstones", announced only with `modified_since`) come from
django-simple-history's deletion records ("-"). A tombstone is announced only
when the deleted object was public by the same rules, judged on its last
snapshot, so that even the id of a never-public object never leaks. An object
that becomes non-public without being deleted simply disappears from the lists
(announcing it would reveal that it still exists).
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch, Q

from committees.models import (
    AgendaItem,
    Consultation,
    File,
    LegislativeTerm,
    Location,
    Meeting,
    Membership,
    Organization,
    Paper,
    Person,
)

ANONYMOUS = AnonymousUser()


def meetings():
    return Meeting.objects.visible_to(ANONYMOUS)


def agenda_items():
    return AgendaItem.objects.visible_to(ANONYMOUS)


def consultations():
    return Consultation.objects.visible_to(ANONYMOUS)


def papers():
    return Paper.objects.visible_to(ANONYMOUS)


def files():
    return File.objects.visible_to(ANONYMOUS)


def live(kind: str):
    """The public queryset of one OParl kind, with what its serializer reads, in a stable order."""
    querysets = {
        "organization": lambda: Organization.objects.select_related("legislative_term").prefetch_related(
            Prefetch("memberships", queryset=Membership.objects.only("pk", "organization_id").order_by("pk"))
        ),
        "person": lambda: Person.objects.prefetch_related(
            Prefetch("memberships", queryset=Membership.objects.order_by("pk"))
        ),
        "membership": lambda: Membership.objects.all(),
        "meeting": lambda: (
            meetings()
            .select_related("location", "organization")
            .prefetch_related(
                Prefetch("agenda_items", queryset=agenda_items().order_by("-is_public", "number", "pk")),
            )
        ),
        "agenda-item": lambda: agenda_items().select_related("meeting"),
        "paper": lambda: (
            papers()
            .select_related("originator", "prepared_by")
            .prefetch_related(
                Prefetch("consultations", queryset=consultations().select_related("organization").order_by("order")),
                Prefetch("files", queryset=File.objects.order_by("pk")),
            )
        ),
        "consultation": lambda: consultations().select_related("organization"),
        "file": lambda: files(),
        "location": lambda: Location.objects.all(),
        "legislative-term": lambda: LegislativeTerm.objects.all(),
    }
    return querysets[kind]().order_by("pk")


MODELS = {
    "organization": Organization,
    "person": Person,
    "membership": Membership,
    "meeting": Meeting,
    "agenda-item": AgendaItem,
    "paper": Paper,
    "consultation": Consultation,
    "file": File,
    "location": Location,
    "legislative-term": LegislativeTerm,
}


def _deleted(kind):
    return MODELS[kind].history.filter(history_type="-")


def _public_deleted_paper_ids():
    deleted = _deleted("paper").exclude(status__in=Paper.DRAFT_STATES)
    consultations_of = Consultation.history.filter(history_type="-")
    hidden = consultations_of.exclude(paper_id__in=consultations_of.filter(is_public=True).values("paper_id"))
    return deleted.exclude(id__in=hidden.values("paper_id")).values("id")


def _once_public(kind):
    """Deletion records of `kind` whose object was public by the rules of `visible_to`, judged on the
    last snapshot and on what it linked to (alive and public, or deleted and once public)."""
    deleted = _deleted(kind)
    if kind == "meeting":
        return deleted.filter(is_public=True)
    if kind == "paper":
        return deleted.filter(id__in=_public_deleted_paper_ids())
    public_paper = Q(paper_id__in=papers().values("pk")) | Q(paper_id__in=_public_deleted_paper_ids())
    public_meeting = Q(meeting_id__in=meetings().values("pk")) | Q(meeting_id__in=_once_public("meeting").values("id"))
    if kind == "consultation":
        return deleted.filter(is_public=True).filter(Q(meeting_id__isnull=True) | public_meeting).filter(public_paper)
    if kind == "agenda-item":
        # An item that treated a paper shows only where its consultation did: a draft's item never.
        public_consultation = (
            Q(consultation_id__isnull=True)
            | Q(consultation_id__in=consultations().values("pk"))
            | Q(consultation_id__in=_once_public("consultation").values("id"))
        )
        return deleted.filter(is_public=True).filter(public_meeting).filter(public_consultation)
    if kind == "file":
        return deleted.filter(public_paper)
    return deleted


def tombstones(kind: str):
    """Deletion records of once-public objects of `kind`, newest snapshot per id."""
    return _once_public(kind).exclude(id__in=MODELS[kind].objects.values("pk")).order_by("id", "-history_date")


def visible_ids(queryset, ids) -> set:
    """Which of `ids` the public queryset holds: one query for a whole page."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return set()
    return set(queryset.filter(pk__in=ids).values_list("pk", flat=True))
