"""Who sees which dashboard: the one place the dashboard views ask."""

from helmstedt_strategy.roles import KREISAUSSCHUSS, KREISTAG

COUNCIL_GROUPS = (KREISTAG, KREISAUSSCHUSS)
TASK_PERMISSIONS = ("products.change_kpivalue", "actionspaces.change_strategycard", "committees.change_paper")


def is_council_member(user) -> bool:
    return user.is_authenticated and user.groups.filter(name__in=COUNCIL_GROUPS).exists()


def may_see_tasks(user) -> bool:
    """Staff who can owe something: enter KPI values, edit measures, or work on papers."""
    return user.is_authenticated and any(user.has_perm(p) for p in TASK_PERMISSIONS)
