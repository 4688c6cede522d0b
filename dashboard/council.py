"""The council dashboard's data: every section in a fixed number of queries, filtered by what the user may see."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from actionspaces.models import ActionSpace, Measure, StrategyCard
from committees.models import Consultation, Implementation, Meeting, Paper
from committees.models.visibility import is_council_office, member_committees
from goals.models import StrategicGoal
from helmstedt_strategy import charts
from helmstedt_strategy.reader_history import visible_history
from products.models import KPI, KPIValue, Product, ReportingPeriod
from products.status import Status, roll_up

from .filters import Filters, parse_filters

POPULATION_GOAL = 2
MEETINGS_SHOWN = 6
CHANGES_PER_SOURCE = 8
CHANGES_SHOWN = 12


def kpi_status(kpi, year: int | None) -> Status:
    """The KPI's status now, or by its latest value within the budget year `year` (values prefetched)."""
    if year is None:
        return kpi.status
    in_year = [v for v in kpi.values.all() if v.actual_value is not None and v.period.start.year == year]
    return max(in_year, key=lambda v: v.period.start).status if in_year else Status.NO_DATA


def budget_years() -> list[int]:
    return sorted({start.year for start in ReportingPeriod.objects.values_list("start", flat=True)}, reverse=True)


def base_data(user, params, *, years: list[int]) -> dict:
    """Goals, Aktionsräume, W-Produkte and goal indicators the user may see, and the parsed filters."""
    goals = list(StrategicGoal.objects.visible_to(user))
    spaces = list(ActionSpace.objects.ordered().prefetch_related("goals"))
    filters = parse_filters(params, years=years, spaces=spaces, goals=goals)
    products = list(Product.objects.visible_to(user).for_list(user))
    goal_kpis = list(
        KPI.objects.visible_to(user)
        .filter(product__isnull=True, strategic_goal__isnull=False)
        .select_related("strategic_goal")
        .with_values()
    )
    cards = {
        card.action_space_id: card
        for card in StrategyCard.objects.visible_to(user).prefetch_related(
            Prefetch("measures", queryset=Measure.objects.order_by("order", "pk"))
        )
    }
    return {
        "all_goals": goals,
        "all_spaces": spaces,
        "filters": filters,
        "products": products,
        "goal_kpis": goal_kpis,
        "cards": cards,
    }


def apply_filters(data: dict) -> dict:
    """Narrow goals, Aktionsräume, products and KPIs to the chosen goal / Aktionsraum; statuses by budget year."""
    f: Filters = data["filters"]
    goals, spaces, products = data["all_goals"], data["all_spaces"], data["products"]
    if f.goal:
        goals = [f.goal]
        spaces = [s for s in spaces if f.goal in s.goals.all()]
        products = [p for p in products if f.goal in p.goals.all()]
    if f.space:
        goals = [g for g in goals if g in f.space.goals.all()]
        spaces = [s for s in spaces if s == f.space]
        products = [p for p in products if f.space in p.action_spaces.all()]
    goal_ids = {g.pk for g in goals}
    for product in data["products"]:
        product.kpi_list = list(product.kpis.all())
        for kpi in product.kpi_list:
            kpi.shown_status = kpi_status(kpi, f.year)
        product.shown_status = roll_up(k.shown_status for k in product.kpi_list)
    for kpi in data["goal_kpis"]:
        kpi.shown_status = kpi_status(kpi, f.year)
    goal_kpis = [k for k in data["goal_kpis"] if k.strategic_goal_id in goal_ids]
    for goal in goals:
        served = [p.shown_status for p in data["products"] if goal in p.goals.all()]
        own = [k.shown_status for k in goal_kpis if k.strategic_goal_id == goal.pk]
        goal.rolled_up_status = roll_up(served + own)
        goal.product_count = sum(1 for p in products if goal in p.goals.all())
    for space in spaces:
        space.visible_card = data["cards"].get(space.pk)
        space.summary = space.visible_card.summary() if space.visible_card else None
        space.progress_svg = (
            charts.progress_bar(
                chart_id=f"fortschritt-{space.slug}",
                title=_("Fortschritt der Maßnahmen: %(name)s") % {"name": space.name},
                desc=_("%(progress)s %% durchschnittlicher Fortschritt über %(count)s Maßnahmen.")
                % {"progress": space.summary.progress, "count": space.summary.total},
                value=space.summary.progress,
                maximum=100,
            )
            if space.summary and space.summary.progress is not None
            else ""
        )
    return {"goals": goals, "spaces": spaces, "shown_products": products, "shown_goal_kpis": goal_kpis}


def kpi_counts(products) -> dict:
    """W-Produkte KPIs by status (with links), and the off-track ones."""
    kpis = [k for p in products for k in p.kpi_list]
    counts = []
    for status in (Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.NO_DATA):
        counts.append(
            {
                "status": status,
                "count": sum(1 for k in kpis if k.shown_status == status),
                "url": reverse("products:list") + f"?status={status.value}",
            }
        )
    off_track = [k for k in kpis if k.shown_status == Status.OFF_TRACK]
    return {"kpi_counts": counts, "kpi_total": len(kpis), "off_track": off_track}


def population(goal_kpis, goals) -> dict:
    """Goal 2's population indicator (the first indicator of goal 2), if the user may see goal 2."""
    goal = next((g for g in goals if g.number == POPULATION_GOAL), None)
    kpi = next((k for k in goal_kpis if goal and k.strategic_goal_id == goal.pk), None)
    return {"population_goal": goal, "population_kpi": kpi}


def upcoming_meetings(user, now=None) -> list:
    """The next meetings of the user's committees (council office: of all committees), each with its papers."""
    now = now or timezone.now()
    meetings = Meeting.objects.visible_to(user).filter(start__gte=now).exclude(state=Meeting.State.CANCELLED)
    if not is_council_office(user):
        meetings = meetings.filter(organization__in=member_committees(user))
    return list(
        meetings.select_related("organization", "location")
        .prefetch_related(
            Prefetch(
                "consultations",
                queryset=Consultation.objects.visible_to(user).select_related("paper").order_by("paper__name"),
            )
        )
        .order_by("start")[:MEETINGS_SHOWN]
    )


def overdue_implementations(user) -> list:
    return list(
        Implementation.objects.visible_to(user)
        .with_overdue()
        .filter(overdue=True)
        .select_related("paper", "responsible_unit")
        .order_by("due_date")
    )


@dataclass
class Change:
    when: object
    kind: str
    label: str
    url: str
    created: bool
    count: int = 1


def recent_changes(user, *, spaces) -> list[Change]:
    """Latest changes the user could see, taken from the history tables through `visible_history`:
    of objects visible now, from times they were public (for readers without draft rights)."""
    slug_of = {s.pk: s.slug for s in spaces}
    name_of = {s.pk: s.name for s in spaces}
    changes: list[Change] = []

    def rows(model):
        qs = visible_history(model, user).filter(history_type__in=["+", "~"])
        return qs.order_by("-history_date", "-history_id")[:CHANGES_PER_SOURCE]

    for row in rows(StrategicGoal):
        changes.append(
            Change(
                row.history_date,
                _("Ziel"),
                f"{row.number}. {row.title}",
                reverse("goals:detail", args=[row.number]),
                row.history_type == "+",
            )
        )
    for row in rows(StrategyCard):
        if row.action_space_id in slug_of:
            changes.append(
                Change(
                    row.history_date,
                    _("Strategiekarte"),
                    name_of[row.action_space_id],
                    reverse("actionspaces:card", args=[slug_of[row.action_space_id]]),
                    row.history_type == "+",
                )
            )
    card_space = dict(StrategyCard.objects.visible_to(user).values_list("pk", "action_space_id"))
    for row in rows(Measure):
        space_id = card_space.get(row.card_id)
        if space_id in slug_of:
            changes.append(
                Change(
                    row.history_date,
                    _("Maßnahme"),
                    row.title,
                    reverse("actionspaces:card", args=[slug_of[space_id]]),
                    row.history_type == "+",
                )
            )
    kpi_names = dict(KPI.objects.visible_to(user).values_list("pk", "name"))
    for row in rows(KPIValue):
        changes.append(
            Change(
                row.history_date,
                _("Kennzahlwert"),
                kpi_names.get(row.kpi_id, ""),
                reverse("products:kpi", args=[row.kpi_id]),
                row.history_type == "+",
            )
        )
    for row in rows(Paper):
        number = f"{row.number}/{row.year} " if row.number else ""
        changes.append(
            Change(
                row.history_date,
                _("Vorlage"),
                f"{number}{row.name}",
                reverse("committees:paper_detail", args=[row.id]),
                row.history_type == "+",
            )
        )
    changes.sort(key=lambda c: c.when, reverse=True)
    # One line per object: the latest change, with how many changes it had among those read.
    merged: dict[tuple[str, str], Change] = {}
    for change in changes:
        key = (change.kind, change.url)
        if key in merged:
            merged[key].count += 1
            merged[key].created = False
        else:
            merged[key] = change
    return list(merged.values())[:CHANGES_SHOWN]


def council_dashboard(user, params, *, today: date | None = None) -> dict:
    years = budget_years()
    data = base_data(user, params, years=years)
    shown = apply_filters(data)
    context = {**data, **shown}
    context.update(kpi_counts(shown["shown_products"]))
    context.update(population(data["goal_kpis"], data["all_goals"]))
    context["meetings"] = upcoming_meetings(user)
    context["overdue"] = overdue_implementations(user)
    context["changes"] = recent_changes(user, spaces=data["all_spaces"])
    context["years"] = years
    return context
