"""History shown to a reader covers only versions that reader could see: `visible_history(model, user)`.

Every place that shows django-simple-history records to someone (the dashboard's "Letzte
Änderungen", a KPI's value history, the history pages, OParl's deleted objects) reads them here.
A historical record is shown when

1. the object, if it still exists, is visible to the reader now (its model's `visible_to`, the one
   definition of visibility); a deleted object's parents that still exist must be visible now; and
2. the record was written while the object was public (`public_when`: its own publication fields in
   that record, and each parent's state at that moment, i.e. the parent's latest record at or
   before the record's time), unless the reader may see drafts of the model's app (the app's
   `view_unpublished` permission, as in `visible_to`).

So a measure that existed only while its card was an unpublished draft, or a title a goal had
before it was published, never reaches a reader without draft rights, even though the object is
public now. A parent without any record before that moment counts as not public (hidden, not
guessed). The rules restate only the publication fields (published / released / public
session); everything that depends on the reader is asked of `visible_to` in step 1.
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, Subquery


@dataclass(frozen=True)
class Rule:
    # public(depth) -> Q over the model's historical records: "public in this record, at the time of the
    # record being judged", which is `depth` subqueries further out (0: the record itself).
    public: object
    parents: tuple = ()  # (foreign key attname, model): must be visible now if they still exist


def _outer(name: str, depth: int) -> OuterRef:
    """`name` of the query `depth` levels out."""
    ref = name
    for _ in range(depth):
        ref = OuterRef(ref)
    return ref


def was_public(model, field: str, depth: int):
    """The `model` object named by `field` of the record was public at the judged record's time:
    its latest record at or before that time satisfies the model's rule (at the same time)."""
    latest = (
        model.history.filter(id=OuterRef(OuterRef(field)), history_date__lte=_outer("history_date", depth + 2))
        .order_by("-history_date", "-history_id")
        .values("history_id")[:1]
    )
    return Exists(model.history.filter(history_id=Subquery(latest)).filter(public_when(model, depth + 1)))


def _always(depth):
    return Q()


def _rules() -> dict:
    from actionspaces.models import Measure, Milestone, StrategyCard
    from committees.models import AgendaItem, Consultation, File, Meeting, Paper
    from goals.models import StrategicGoal, Vision
    from products.models import KPI, KPIValue, Product

    def paper_public(depth):
        # A deleted paper was public only if it had a public consultation (or none): judged on the
        # consultations deleted with it, as `Paper.visible_to` judges a live paper on its live ones.
        deleted_consultations = Consultation.history.filter(history_type="-")
        hidden = (
            deleted_consultations.exclude(paper_id__in=deleted_consultations.filter(is_public=True).values("paper_id"))
            .exclude(paper_id__in=Paper.objects.values("pk"))
            .values("paper_id")
        )
        return ~Q(status__in=Paper.DRAFT_STATES) & ~Q(id__in=hidden)

    def kpi_public(depth):
        own_product = Q(product_id__isnull=False) & was_public(Product, "product_id", depth)
        goal_indicator = Q(product_id__isnull=True, strategic_goal_id__isnull=False) & was_public(
            StrategicGoal, "strategic_goal_id", depth
        )
        return own_product | goal_indicator

    def consultation_public(depth):
        meeting = Q(meeting_id__isnull=True) | was_public(Meeting, "meeting_id", depth)
        return Q(is_public=True) & meeting & was_public(Paper, "paper_id", depth)

    def published(depth):
        return Q(is_published=True)

    def public_session(depth):
        return Q(is_public=True)

    def through(model, field):
        return lambda depth: was_public(model, field, depth)

    return {
        Vision: Rule(published),
        StrategicGoal: Rule(
            lambda depth: published(depth) & was_public(Vision, "vision_id", depth), (("vision_id", Vision),)
        ),
        StrategyCard: Rule(published),
        Measure: Rule(through(StrategyCard, "card_id"), (("card_id", StrategyCard),)),
        Milestone: Rule(through(Measure, "measure_id"), (("measure_id", Measure),)),
        Product: Rule(published),
        KPI: Rule(kpi_public, (("product_id", Product), ("strategic_goal_id", StrategicGoal))),
        KPIValue: Rule(through(KPI, "kpi_id"), (("kpi_id", KPI),)),
        Paper: Rule(paper_public),
        Meeting: Rule(public_session),
        # An item that treats a paper was public only while its consultation was: a draft's item never.
        AgendaItem: Rule(
            lambda depth: (
                public_session(depth)
                & was_public(Meeting, "meeting_id", depth)
                & (Q(consultation_id__isnull=True) | was_public(Consultation, "consultation_id", depth))
            ),
            (("meeting_id", Meeting), ("consultation_id", Consultation)),
        ),
        Consultation: Rule(consultation_public, (("paper_id", Paper), ("meeting_id", Meeting))),
        File: Rule(through(Paper, "paper_id"), (("paper_id", Paper),)),
    }


_RULES: dict | None = None


def rule(model) -> Rule:
    """The model's rule; models without one (committees, persons, locations …) are always public."""
    global _RULES
    if _RULES is None:
        _RULES = _rules()
    return _RULES.get(model, Rule(_always))


def public_when(model, depth: int = 0) -> Q:
    return rule(model).public(depth)


def visible_now(model, user):
    """The model's live objects the user may see: its `visible_to`, else its first parent's."""
    if hasattr(model.objects, "visible_to"):
        return model.objects.visible_to(user)
    if not rule(model).parents:
        return model.objects.all()  # public to everyone (committees, persons, locations …)
    field, parent = rule(model).parents[0]
    return model.objects.filter(**{f"{field}__in": visible_now(parent, user).values("pk")})


def sees_drafts(model, user) -> bool:
    """The draft rights `visible_to` grants: the council office's for council papers and sessions,
    the strategy staff's for the strategy content."""
    from committees.models.visibility import is_council_office

    from .publishing import may_see_drafts

    return is_council_office(user) if model._meta.app_label == "committees" else may_see_drafts(user)


def visible_history(model, user):
    """The model's historical records the user could see (see the module docstring), unordered."""
    alive = model.objects.values("pk")
    parents_now = Q()
    for field, parent in rule(model).parents:
        parents_now &= (
            Q(**{f"{field}__isnull": True})
            | Q(**{f"{field}__in": visible_now(parent, user).values("pk")})
            | ~Q(**{f"{field}__in": parent.objects.values("pk")})
        )
    now = Q(id__in=visible_now(model, user).values("pk")) | (~Q(id__in=alive) & parents_now)
    records = model.history.filter(now)
    if not sees_drafts(model, user):
        records = records.filter(public_when(model))
    return records
