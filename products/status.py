"""Status by rule, never by hand: one place decides whether a value is on track.

A value is *on track* when it meets its target, *at risk* when it misses the
target by no more than the KPI's tolerance (a percentage of the target), and
*off track* beyond that. Without an actual value or a target there is no status
("keine Daten"). Roll-up: the worst status with data wins; only when nothing
has data is the result "keine Daten".
"""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _


class Polarity(models.TextChoices):
    HIGHER_IS_BETTER = "hoeher", _("höher ist besser")
    LOWER_IS_BETTER = "niedriger", _("niedriger ist besser")
    TARGET_BAND = "korridor", _("Zielkorridor")


class Status(models.TextChoices):
    ON_TRACK = "im_plan", _("im Plan")
    AT_RISK = "gefaehrdet", _("gefährdet")
    OFF_TRACK = "verfehlt", _("nicht im Plan")
    NO_DATA = "keine_daten", _("keine Daten")

    @property
    def icon(self) -> str:
        """A symbol beside the text, so the status never depends on colour alone."""
        return {"im_plan": "✓", "gefaehrdet": "!", "verfehlt": "✗", "keine_daten": "–"}[self.value]


SEVERITY = {Status.NO_DATA: 0, Status.ON_TRACK: 1, Status.AT_RISK: 2, Status.OFF_TRACK: 3}


def _dec(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def value_status(*, actual, target, polarity: str, tolerance_percent, upper=None) -> Status:
    """The status of one actual value against its target (and `upper` bound for a target band)."""
    actual, target, upper, tolerance = _dec(actual), _dec(target), _dec(upper), _dec(tolerance_percent) or Decimal(0)
    if actual is None or target is None:
        return Status.NO_DATA
    if polarity == Polarity.TARGET_BAND:
        if upper is None:
            return Status.NO_DATA
        low, high = min(target, upper), max(target, upper)
        if low <= actual <= high:
            return Status.ON_TRACK
        bound = low if actual < low else high
        miss = abs(actual - bound)
    elif polarity == Polarity.LOWER_IS_BETTER:
        if actual <= target:
            return Status.ON_TRACK
        bound, miss = target, actual - target
    else:
        if actual >= target:
            return Status.ON_TRACK
        bound, miss = target, target - actual
    return Status.AT_RISK if miss <= abs(bound) * tolerance / 100 else Status.OFF_TRACK


def roll_up(statuses) -> Status:
    """Worst wins among the statuses with data; "keine Daten" only if none has data."""
    worst = Status.NO_DATA
    for status in statuses:
        if SEVERITY[Status(status)] > SEVERITY[worst]:
            worst = Status(status)
    return worst
