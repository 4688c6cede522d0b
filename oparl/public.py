"""What OParl may show: exactly what an anonymous visitor sees, asked through each model's `visible_to`.

Deleted objects ("tombstones", announced only with `modified_since`) come from
django-simple-history's deletion records ("-"), read through
`helmstedt_strategy.reader_history.visible_history` like every history shown to
a reader: a tombstone is announced only when the deleted object was public,
judged on its last snapshot and its parents' state at that moment, so that even
the id of a never-public object (or of a part of a draft) never leaks. An object
that becomes non-public without being deleted simply disappears from the lists
(announcing it would reveal that it still exists).
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch

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
from helmstedt_strategy.reader_history import visible_history

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


def tombstones(kind: str):
    """Deletion records of objects of `kind` that were public when deleted (judged by
    `visible_history`, as every history shown to a reader), newest snapshot per id."""
    model = MODELS[kind]
    deleted = visible_history(model, ANONYMOUS).filter(history_type="-")
    return deleted.exclude(id__in=model.objects.values("pk")).order_by("id", "-history_date")


def visible_ids(queryset, ids) -> set:
    """Which of `ids` the public queryset holds: one query for a whole page."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return set()
    return set(queryset.filter(pk__in=ids).values_list("pk", flat=True))
