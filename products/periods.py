"""Reporting period keys ("2024", "2024-Q2", "2024-05"): the one rule for which periods values may have.

A key is written with ASCII digits in one of three forms and names a period that is already in the
period table or lies in the reporting calendar: from FIRST_YEAR to the vision's horizon year (at
least the current year). The entry form, the import (page and command) and the service that creates
periods all ask `PeriodCalendar`, so "２０２３" cannot become a second, unlocked 2023 beside the
locked one, and "9999" cannot become a KPI's latest value.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from .models.kpi import PeriodKind, ReportingPeriod

FIRST_YEAR = 1990  # no official series the district reports on reaches further back

_YEAR = r"(?P<year>[1-9][0-9]{3})"
PERIOD_KEYS = [
    (PeriodKind.YEAR, re.compile(_YEAR, re.ASCII)),
    (PeriodKind.QUARTER, re.compile(_YEAR + r"-Q(?P<part>[1-4])", re.ASCII)),
    (PeriodKind.MONTH, re.compile(_YEAR + r"-(?P<part>0[1-9]|1[0-2])", re.ASCII)),
]


def parse_period_key(key) -> tuple[str, date]:
    """ "2024" / "2024-Q2" / "2024-05" → (kind, first day): the form only; a German ValidationError otherwise."""
    key = str(key).strip()
    for kind, pattern in PERIOD_KEYS:
        match = pattern.fullmatch(key)
        if match:
            year = int(match["year"])
            part = int(match.groupdict().get("part") or 1)
            month = {PeriodKind.YEAR: 1, PeriodKind.QUARTER: 3 * part - 2, PeriodKind.MONTH: part}[kind]
            return kind, date(year, month, 1)
    raise ValidationError(_("„%(key)s“ ist kein Zeitraum (erwartet: 2024, 2024-Q2 oder 2024-05).") % {"key": key})


@dataclass(frozen=True)
class PeriodCalendar:
    """The periods values may be recorded for, read once per form, import or command run."""

    first_year: int
    last_year: int
    existing: frozenset[str]
    locked: frozenset[str]

    @classmethod
    def load(cls) -> "PeriodCalendar":
        from goals.models import Vision

        horizon = Vision.objects.aggregate(last=Max("horizon_year"))["last"] or 0
        periods = list(ReportingPeriod.objects.values_list("key", "is_locked"))
        return cls(
            first_year=FIRST_YEAR,
            last_year=max(horizon, timezone.localdate().year),
            existing=frozenset(key for key, _locked in periods),
            locked=frozenset(key for key, locked in periods if locked),
        )

    def check(self, key, *, kind: str | None = None) -> str:
        """`key` (stripped) if values of `kind` may be recorded for it; a German ValidationError otherwise."""
        key = str(key).strip()
        period_kind, start = parse_period_key(key)
        if kind is not None and period_kind != kind:
            raise ValidationError(
                _("Die Kennzahl wird je %(kind)s erhoben, „%(key)s“ passt nicht dazu.")
                % {"kind": PeriodKind(kind).label, "key": key}
            )
        if key not in self.existing and not self.first_year <= start.year <= self.last_year:
            raise ValidationError(
                _("„%(key)s“ liegt außerhalb des Berichtskalenders (%(first)s bis %(last)s).")
                % {"key": key, "first": self.first_year, "last": self.last_year}
            )
        return key
