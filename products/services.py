"""Writes that span models: recording values, locking periods, importing files."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from helmstedt_strategy.editing import save_versioned

from .models import KPI, KPIValue, ReportingPeriod
from .periods import PeriodCalendar, parse_period_key
from .status import Status


def period_for_key(key: str, *, kind: str | None = None, calendar: PeriodCalendar | None = None) -> ReportingPeriod:
    """The period named `key`, created when the calendar admits it (a German ValidationError otherwise).

    Call it inside the transaction that writes the value, so a refused value leaves no new period behind.
    """
    key = (calendar or PeriodCalendar.load()).check(key, kind=kind)
    period_kind, start = parse_period_key(key)
    period, _created = ReportingPeriod.objects.get_or_create(key=key, defaults={"kind": period_kind, "start": start})
    return period


def kpi_value_record(
    *,
    kpi: KPI,
    period: ReportingPeriod | str,
    actual_value: Decimal | None,
    target_value: Decimal | None = None,
    comment: str = "",
    data_basis: str = "",
    source: str = "",
    expected_version: int | None = None,
    user,
) -> KPIValue:
    """Create or change the value of `kpi` in `period` (a period, or its key as typed).

    Refused (ValidationError) when the key is no period of the calendar, the period is
    locked, or the value is off track without a comment. A new period is created in the
    same transaction as the value: a refused value leaves nothing behind. An existing
    value is saved with optimistic locking (EditConflict when someone saved it since
    `expected_version`).
    """
    with transaction.atomic():
        if isinstance(period, str):
            period = period_for_key(period, kind=kpi.period_kind)
        period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
        if period.is_locked:
            raise ValidationError(
                _("Der Zeitraum %(period)s ist gesperrt; Werte können nicht mehr geändert werden.")
                % {"period": period.key}
            )
        value = KPIValue.objects.filter(kpi=kpi, period=period).first() or KPIValue(kpi=kpi, period=period)
        value.kpi = kpi
        value.actual_value = actual_value
        value.target_value = target_value
        value.comment = comment.strip()
        value.data_basis = data_basis or value.data_basis
        value.source = source or value.source
        value.entered_by = user
        value.entered_at = timezone.now()
        if value.status == Status.OFF_TRACK and not value.comment:
            raise ValidationError(
                {"comment": _("Der Wert liegt nicht im Plan. Bitte begründen Sie die Abweichung im Kommentar.")}
            )
        if value.pk is None:
            value._history_user = user
            value.save()
            return value
        return save_versioned(
            value, expected_version=value.version if expected_version is None else expected_version, user=user
        )


def period_lock(*, period: ReportingPeriod, user) -> ReportingPeriod:
    """Lock an approved period: its values become approved and can no longer change."""
    with transaction.atomic():
        period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
        if period.is_locked:
            return period
        for value in KPIValue.objects.filter(period=period, approved=False):
            value.approved = True
            value.version += 1
            value._history_user = user
            value._change_reason = _("Zeitraum gesperrt und freigegeben")
            value.save()
        period.is_locked = True
        period.locked_by = user
        period.locked_at = timezone.now()
        period.version += 1
        period._history_user = user
        period.save()
    return period


@dataclass
class ImportRow:
    line: int
    kpi: KPI
    period_key: str
    target_value: Decimal | None
    actual_value: Decimal | None
    comment: str
    data_basis: str
    source: str


def kpi_values_import(*, rows: list[ImportRow], user, progress=None) -> int:
    """Write all rows or none: one transaction; any refusal rolls everything back."""
    with transaction.atomic():
        calendar = PeriodCalendar.load()
        for done, row in enumerate(rows, start=1):
            kpi_value_record(
                kpi=row.kpi,
                period=period_for_key(row.period_key, kind=row.kpi.period_kind, calendar=calendar),
                actual_value=row.actual_value,
                target_value=row.target_value,
                comment=row.comment,
                data_basis=row.data_basis,
                source=row.source,
                user=user,
            )
            if progress:
                progress(done, len(rows))
    return len(rows)
