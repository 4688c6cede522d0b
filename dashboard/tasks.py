"""What a staff member owes ("Meine Aufgaben"): one list of due or late items, used by the page and the reminders."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from actionspaces.models import Measure, Milestone
from committees.models import Paper, SignOff
from committees.models.visibility import member_units
from products.models import KPI, ReportingPeriod
from products.models.kpi import PeriodKind

# Items falling due within this many days count as due (and are reminded of); earlier ones are late.
LOOKAHEAD_DAYS = 14


@dataclass(frozen=True)
class Task:
    key: str  # stable identity for the reminder log, e.g. "kennzahlwert:12:2025"
    kind: str
    title: str
    due_on: date
    url: str

    def is_late(self, today: date) -> bool:
        return self.due_on < today


def period_end(period) -> date:
    """The day after the period: from then on its value can be entered and is owed."""
    start = period.start
    months = {PeriodKind.YEAR: 12, PeriodKind.QUARTER: 3, PeriodKind.MONTH: 1}[period.kind]
    month = start.month - 1 + months
    return date(start.year + month // 12, month % 12 + 1, 1)


def kpi_value_tasks(user, today: date) -> list[Task]:
    """Open (unlocked) periods that have ended without an actual value, for KPIs of the user's products."""
    kpis = list(KPI.objects.filter(product__responsible_users=user).select_related("product").with_values())
    if not kpis:
        return []
    # A period that has not begun cannot have ended (and one starting in 9999 has no end date at all).
    started = ReportingPeriod.objects.filter(is_locked=False, start__lte=today)
    periods = [p for p in started if period_end(p) <= today]
    tasks = []
    for kpi in kpis:
        entered = {v.period_id for v in kpi.values.all() if v.actual_value is not None}
        first = min((v.period.start for v in kpi.values.all()), default=None)
        for period in periods:
            if period.kind != kpi.period_kind or period.pk in entered or (first and period.start < first):
                continue
            tasks.append(
                Task(
                    key=f"kennzahlwert:{kpi.pk}:{period.key}",
                    kind=_("Kennzahlwert"),
                    title=_("%(kpi)s für %(period)s (%(product)s)")
                    % {"kpi": kpi.name, "period": period.key, "product": kpi.product.number},
                    due_on=period_end(period),
                    url=reverse("products:entry", args=[kpi.pk]),
                )
            )
    return tasks


def measure_tasks(user, today: date) -> list[Task]:
    """Unfinished measures and unreached milestones of the Aktionsräume the user edits, due soon or late."""
    horizon = today + timedelta(days=LOOKAHEAD_DAYS)
    open_states = [Measure.Status.IDEA, Measure.Status.PLANNED, Measure.Status.IN_PROGRESS]
    mine = Q(card__action_space__editors=user)
    tasks = []
    for measure in (
        Measure.objects.filter(mine, status__in=open_states, end__isnull=False, end__lte=horizon)
        .select_related("card__action_space")
        .distinct()
    ):
        tasks.append(
            Task(
                key=f"massnahme:{measure.pk}",
                kind=_("Maßnahme"),
                title=f"{measure.title} ({measure.card.action_space.name})",
                due_on=measure.end,
                url=reverse("actionspaces:measure_edit", args=[measure.card.action_space.slug, measure.pk]),
            )
        )
    for milestone in (
        Milestone.objects.filter(measure__card__action_space__editors=user, is_reached=False, due_on__lte=horizon)
        .exclude(measure__status__in=[Measure.Status.DONE, Measure.Status.DROPPED])
        .select_related("measure__card__action_space")
        .distinct()
    ):
        space = milestone.measure.card.action_space
        tasks.append(
            Task(
                key=f"meilenstein:{milestone.pk}",
                kind=_("Meilenstein"),
                title=f"{milestone.title} ({milestone.measure.title})",
                due_on=milestone.due_on,
                url=reverse("actionspaces:milestone_edit", args=[space.slug, milestone.pk]),
            )
        )
    return tasks


def signoff_tasks(user, today: date) -> list[Task]:
    """Drafts in Mitzeichnung waiting for a unit the user belongs to (a Membership of their Person)."""
    waiting = SignOff.objects.filter(
        signed_at__isnull=True, paper__status=Paper.Status.SIGNOFF, unit__in=member_units(user)
    ).select_related("paper", "unit")
    return [
        Task(
            key=f"mitzeichnung:{s.pk}",
            kind=_("Mitzeichnung"),
            title=f"{s.paper.name} ({s.unit.short_name})",
            due_on=s.paper.date,
            url=reverse("committees:paper_detail", args=[s.paper_id]),
        )
        for s in waiting
    ]


def tasks_for(user, today: date | None = None) -> list[Task]:
    today = today or timezone.localdate()
    if not user.is_authenticated:
        return []
    tasks = kpi_value_tasks(user, today) + measure_tasks(user, today) + signoff_tasks(user, today)
    return sorted(tasks, key=lambda t: (t.due_on, t.kind, t.title))
