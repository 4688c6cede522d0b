from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from helmstedt_strategy.editing import EditConflict
from products.models import KPIValue
from products.services import kpi_value_record, period_for_key, period_lock
from products.status import Status

from .factories import KPIFactory, KPIValueFactory, PeriodFactory

pytestmark = pytest.mark.django_db


def test_record_creates_then_changes_a_value_with_history(redaktion):
    kpi = KPIFactory()
    period = period_for_key("2025")
    value = kpi_value_record(kpi=kpi, period=period, actual_value=Decimal(101), user=redaktion)
    assert value.entered_by == redaktion and value.status == Status.ON_TRACK
    value = kpi_value_record(kpi=kpi, period=period, actual_value=Decimal(97), expected_version=1, user=redaktion)
    assert value.version == 2 and value.status == Status.AT_RISK
    assert [h.actual_value for h in value.history.order_by("history_date")] == [101, 97]
    assert value.history.first().history_user == redaktion


def test_off_track_value_needs_a_comment(redaktion):
    kpi = KPIFactory()
    with pytest.raises(ValidationError) as info:
        kpi_value_record(kpi=kpi, period=period_for_key("2025"), actual_value=Decimal(50), user=redaktion)
    assert "Kommentar" in str(info.value) or "comment" in info.value.error_dict
    assert not KPIValue.objects.exists()
    kpi_value_record(
        kpi=kpi, period=period_for_key("2025"), actual_value=Decimal(50), comment="Sondereffekt", user=redaktion
    )
    assert KPIValue.objects.get().comment == "Sondereffekt"


def test_locked_period_refuses_changes_in_the_service(strategie, redaktion):
    value = KPIValueFactory(period=PeriodFactory(key="2024"), actual_value=Decimal(100))
    period_lock(period=value.period, user=strategie)
    value.refresh_from_db()
    assert value.approved and value.period.is_locked and value.period.locked_by == strategie
    with pytest.raises(ValidationError, match="gesperrt"):
        kpi_value_record(kpi=value.kpi, period=value.period, actual_value=Decimal(1), comment="x", user=redaktion)
    with pytest.raises(ValidationError, match="gesperrt"):
        kpi_value_record(kpi=KPIFactory(), period=value.period, actual_value=Decimal(1), comment="x", user=strategie)
    value.refresh_from_db()
    assert value.actual_value == 100


def test_stale_version_gives_a_conflict(redaktion, strategie):
    value = KPIValueFactory(period=PeriodFactory(key="2024"))
    kpi_value_record(kpi=value.kpi, period=value.period, actual_value=Decimal(110), expected_version=1, user=strategie)
    with pytest.raises(EditConflict):
        kpi_value_record(
            kpi=value.kpi, period=value.period, actual_value=Decimal(120), expected_version=1, user=redaktion
        )
    value.refresh_from_db()
    assert value.actual_value == 110


def test_kpi_status_is_that_of_its_latest_actual_value():
    kpi = KPIFactory(target_value=Decimal(100))
    KPIValueFactory(kpi=kpi, period=PeriodFactory(key="2023"), actual_value=Decimal(50), comment="x")
    KPIValueFactory(kpi=kpi, period=PeriodFactory(key="2024"), actual_value=Decimal(100))
    KPIValueFactory(kpi=kpi, period=PeriodFactory(key="2025"), actual_value=None)  # planned only
    assert kpi.status == Status.ON_TRACK
    assert KPIFactory().status == Status.NO_DATA


def test_value_target_overrides_kpi_target():
    kpi = KPIFactory(target_value=Decimal(100))
    value = KPIValueFactory(kpi=kpi, target_value=Decimal(50), actual_value=Decimal(60))
    assert value.status == Status.ON_TRACK and value.effective_target == 50


def test_product_status_rolls_up_worst_wins():
    first = KPIFactory()
    product = first.product
    second = KPIFactory(product=product)
    KPIFactory(product=product)  # no data: does not count
    KPIValueFactory(kpi=first, actual_value=Decimal(100))
    KPIValueFactory(kpi=second, actual_value=Decimal(96))
    assert product.status == Status.AT_RISK
    KPIValueFactory(kpi=second, period=PeriodFactory(key="2025"), actual_value=Decimal(10), comment="x")
    assert product.status == Status.OFF_TRACK


@pytest.mark.parametrize("key", ["24", "2024-Q5", "2024-13", "Jahr 2024"])
def test_bad_period_keys_are_refused(key):
    with pytest.raises(ValidationError, match="kein Zeitraum"):
        period_for_key(key)


def test_period_keys():
    assert period_for_key("2024-Q2").start.month == 4
    assert period_for_key("2024-05").kind == "monat"
