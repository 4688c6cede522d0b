"""The dashboard's filters (GET): Haushaltsjahr, Aktionsraum, Ziel. Bad values are ignored with a German message."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from helmstedt_strategy.params import ascii_int


@dataclass
class Filters:
    year: int | None = None
    space: object = None  # ActionSpace
    goal: object = None  # StrategicGoal
    errors: list[str] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return bool(self.year or self.space or self.goal)


def parse_filters(params, *, years: list[int], spaces: list, goals: list) -> Filters:
    """Validate the GET parameters `jahr`, `aktionsraum`, `ziel` against what exists and may be seen."""
    result = Filters()
    raw_year = params.get("jahr", "").strip()
    if raw_year:
        if (year := ascii_int(raw_year)) in years:
            result.year = year
        else:
            result.errors.append(
                _("Haushaltsjahr: „%(value)s“ gibt es nicht; der Filter wurde nicht angewandt.") % {"value": raw_year}
            )
    raw_space = params.get("aktionsraum", "").strip()
    if raw_space:
        result.space = next((s for s in spaces if s.slug == raw_space), None)
        if result.space is None:
            result.errors.append(
                _("Aktionsraum: „%(value)s“ gibt es nicht; der Filter wurde nicht angewandt.") % {"value": raw_space}
            )
    raw_goal = params.get("ziel", "").strip()
    if raw_goal:
        result.goal = next((g for g in goals if str(g.number) == raw_goal), None)
        if result.goal is None:
            result.errors.append(
                _("Ziel: „%(value)s“ gibt es nicht; der Filter wurde nicht angewandt.") % {"value": raw_goal}
            )
    return result
