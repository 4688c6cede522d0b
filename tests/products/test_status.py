from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser

from products.status import Polarity, Status, roll_up, value_status

H, L, B = Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.TARGET_BAND


@pytest.mark.parametrize(
    ("actual", "target", "polarity", "tolerance", "expected"),
    [
        (100, 100, H, 5, Status.ON_TRACK),
        (120, 100, H, 5, Status.ON_TRACK),
        (95, 100, H, 5, Status.AT_RISK),  # exactly at the tolerance edge
        (94.9, 100, H, 5, Status.OFF_TRACK),
        (100, 100, L, 5, Status.ON_TRACK),
        (80, 100, L, 5, Status.ON_TRACK),
        (105, 100, L, 5, Status.AT_RISK),
        (106, 100, L, 5, Status.OFF_TRACK),
        (91297, 90000, H, 2, Status.ON_TRACK),
        (89000, 90000, H, 2, Status.AT_RISK),
        (88000, 90000, H, 2, Status.OFF_TRACK),
        (Decimal("3.6"), Decimal("3.0"), L, 10, Status.OFF_TRACK),
        (Decimal("3.3"), Decimal("3.0"), L, 10, Status.AT_RISK),
        (99, 100, H, 0, Status.OFF_TRACK),  # no tolerance: any miss is off track
    ],
)
def test_value_status_by_polarity_and_tolerance(actual, target, polarity, tolerance, expected):
    assert value_status(actual=actual, target=target, polarity=polarity, tolerance_percent=tolerance) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [(10, Status.ON_TRACK), (20, Status.ON_TRACK), (15, Status.ON_TRACK), (9.5, Status.AT_RISK),
     (21, Status.AT_RISK), (8, Status.OFF_TRACK), (23, Status.OFF_TRACK)],
)  # fmt: skip
def test_target_band(actual, expected):
    assert value_status(actual=actual, target=10, upper=20, polarity=B, tolerance_percent=5) == expected


def test_band_without_upper_bound_has_no_status():
    assert value_status(actual=5, target=10, polarity=B, tolerance_percent=5) == Status.NO_DATA


@pytest.mark.parametrize(("actual", "target"), [(None, 100), (100, None), (None, None)])
def test_missing_values_mean_no_data(actual, target):
    assert value_status(actual=actual, target=target, polarity=H, tolerance_percent=5) == Status.NO_DATA


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], Status.NO_DATA),
        ([Status.NO_DATA, Status.NO_DATA], Status.NO_DATA),
        ([Status.ON_TRACK, Status.NO_DATA], Status.ON_TRACK),
        ([Status.ON_TRACK, Status.AT_RISK], Status.AT_RISK),
        ([Status.AT_RISK, Status.OFF_TRACK, Status.ON_TRACK], Status.OFF_TRACK),
        (["im_plan", "gefaehrdet"], Status.AT_RISK),
    ],
)
def test_roll_up_worst_wins_and_no_data_does_not_count(statuses, expected):
    assert roll_up(statuses) == expected


def test_every_status_has_a_text_and_an_icon():
    for status in Status:
        assert status.label and status.icon
    assert len({s.icon for s in Status}) == len(Status)


@pytest.mark.django_db
def test_lists_prefetch_each_kpis_latest_value_with_an_actual_figure():
    """The list prefetch (one row per KPI) agrees with the status a KPI computes from all its values."""
    from products.models import KPI, KPIValue, Product
    from tests.products.factories import KPIFactory, KPIValueFactory, PeriodFactory

    years = {key: PeriodFactory(key=key) for key in ("2022", "2023", "2024")}
    rising = KPIFactory()
    for key, actual in [("2022", 50), ("2023", 90), ("2024", 120)]:
        KPIValueFactory(kpi=rising, period=years[key], actual_value=Decimal(actual))
    gap_at_end = KPIFactory()  # the 2024 row has a target but no actual figure yet
    KPIValueFactory(kpi=gap_at_end, period=years["2023"], actual_value=Decimal(80))
    KPIValueFactory(kpi=gap_at_end, period=years["2024"], actual_value=None, target_value=Decimal(100))
    empty = KPIFactory()
    KPIValueFactory(kpi=empty, period=years["2024"], actual_value=None)

    latest = {v.kpi_id: v for v in KPIValue.objects.latest_actual_per_kpi()}
    assert (latest[rising.pk].period.key, latest[rising.pk].actual_value) == ("2024", 120)
    assert (latest[gap_at_end.pk].period.key, latest[gap_at_end.pk].actual_value) == ("2023", 80)
    assert empty.pk not in latest
    for product in Product.objects.for_list(AnonymousUser()):
        for kpi in product.kpis.all():
            assert kpi.status == KPI.objects.with_values().get(pk=kpi.pk).status
