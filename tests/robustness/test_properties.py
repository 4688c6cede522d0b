"""Property-based tests (hypothesis): rules that must hold for every input, not only the chosen examples."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from committees import services as committee_services
from committees.models import Paper
from helmstedt_strategy.formatting import format_number
from products import exchange, spreadsheet
from products.parsing import parse_german_number
from products.status import SEVERITY, Polarity, Status, roll_up, value_status
from tests.committees.factories import ConsultationFactory, OrganizationFactory, PaperFactory, UnitFactory

values = st.decimals(min_value=-(10**9), max_value=10**9, places=4, allow_nan=False, allow_infinity=False)
tolerances = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)
severity_of = SEVERITY.__getitem__


# --- KPI status rules -------------------------------------------------------------------------------------


@given(a=values, b=values, target=values, tolerance=tolerances)
def test_higher_is_better_a_larger_actual_is_never_worse(a, b, target, tolerance):
    low, high = sorted((a, b))
    status = {
        actual: value_status(
            actual=actual, target=target, polarity=Polarity.HIGHER_IS_BETTER, tolerance_percent=tolerance
        )
        for actual in (low, high)
    }
    assert severity_of(status[high]) <= severity_of(status[low])


@given(a=values, b=values, target=values, tolerance=tolerances)
def test_lower_is_better_a_smaller_actual_is_never_worse(a, b, target, tolerance):
    low, high = sorted((a, b))
    status = {
        actual: value_status(
            actual=actual, target=target, polarity=Polarity.LOWER_IS_BETTER, tolerance_percent=tolerance
        )
        for actual in (low, high)
    }
    assert severity_of(status[low]) <= severity_of(status[high])


@given(actual=values, bound_a=values, bound_b=values, tolerance=tolerances, step=values)
def test_band_inside_is_on_track_and_moving_towards_it_never_worsens(actual, bound_a, bound_b, tolerance, step):
    low, high = sorted((bound_a, bound_b))

    def status(value):
        return value_status(
            actual=value, target=bound_a, upper=bound_b, polarity=Polarity.TARGET_BAND, tolerance_percent=tolerance
        )

    if low <= actual <= high:
        assert status(actual) == Status.ON_TRACK
        return
    bound = low if actual < low else high
    closer = actual + (bound - actual) * (abs(step) % 1)  # a point between the value and the band
    assert severity_of(status(closer)) <= severity_of(status(actual))
    assert status(actual) in (Status.AT_RISK, Status.OFF_TRACK)


@given(actual=values, target=values, polarity=st.sampled_from(Polarity.values), upper=values)
def test_tolerance_zero_knows_no_at_risk(actual, target, polarity, upper):
    status = value_status(actual=actual, target=target, polarity=polarity, tolerance_percent=0, upper=upper)
    assert status in (Status.ON_TRACK, Status.OFF_TRACK)


@given(actual=values, target=values, polarity=st.sampled_from(Polarity.values), t1=tolerances, t2=tolerances)
def test_more_tolerance_never_makes_a_status_worse(actual, target, polarity, t1, t2):
    small, large = sorted((t1, t2))

    def status(tolerance):
        upper = target + 10
        return value_status(actual=actual, target=target, polarity=polarity, tolerance_percent=tolerance, upper=upper)

    assert severity_of(status(large)) <= severity_of(status(small))


@given(
    actual=st.none() | values,
    target=st.none() | values,
    upper=st.none() | values,
    polarity=st.sampled_from(Polarity.values),
    tolerance=st.none() | tolerances,
)
def test_missing_values_mean_no_data_and_only_then(actual, target, upper, polarity, tolerance):
    status = value_status(actual=actual, target=target, polarity=polarity, tolerance_percent=tolerance, upper=upper)
    missing = actual is None or target is None or (polarity == Polarity.TARGET_BAND and upper is None)
    assert (status == Status.NO_DATA) == missing


@given(st.lists(st.sampled_from(Status.values)))
def test_roll_up_is_the_worst_status_in_any_order(statuses):
    result = roll_up(statuses)
    assert result == roll_up(list(reversed(statuses)))
    assert severity_of(result) == max((severity_of(Status(s)) for s in statuses), default=0)


# --- German numbers ------------------------------------------------------------------------------------------


@given(places=st.integers(min_value=0, max_value=4), number=values)
def test_german_numbers_round_trip(places, number):
    number = number.quantize(Decimal(1).scaleb(-places))
    with translation.override("de"):
        text = format_number(number, decimals=places)
    assert parse_german_number(text) == number
    assert parse_german_number(f"  {text}\u00a0") == number


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_grouped_integers_read_back(number):
    grouped = f"{number:,}".replace(",", ".")
    assert parse_german_number(grouped) == number


@given(st.text() | st.binary().map(lambda b: b.decode("latin-1")))
def test_garbage_gives_the_documented_german_error_or_a_number(text):
    try:
        result = parse_german_number(text)
    except ValidationError as exc:
        assert "ist keine Zahl" in exc.messages[0]
    else:
        assert result is None or result.is_finite()


# --- The import parser --------------------------------------------------------------------------------------

cells = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30)


@pytest.mark.django_db
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(rows=st.lists(st.lists(cells, min_size=0, max_size=8), max_size=6), header=st.booleans())
def test_import_of_any_table_reports_errors_and_never_fails(rows, header):
    lines = ([["Kennung", "Zeitraum", "Sollwert", "Istwert", "Kommentar"]] if header else []) + rows
    data = "\n".join(";".join(cell.replace("\n", " ") for cell in line) for line in lines).encode()
    try:
        table = exchange.read_table(data)
    except ValidationError as exc:  # empty, no header, no data rows: the file as a whole is refused
        assert exc.code == "file" and exc.messages[0].startswith("Die ")
        return
    ready, errors = exchange.validate(table)
    assert all(str(error) for error in errors)
    assert not ready  # no KPI exists here, so no row can be accepted


@pytest.mark.django_db
@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    data=st.binary(max_size=200) | st.binary(max_size=200).map(lambda b: spreadsheet.XLSX_MAGIC + b),
    name=st.sampled_from(["werte.csv", "werte.xlsx", ""]),
)
def test_any_bytes_are_a_table_or_a_german_error_about_the_file(data, name):
    try:
        table = exchange.read_table(data, name=name)
    except ValidationError as exc:
        assert exc.code == "file" and (exc.messages[0].startswith(("Die ", "Zeile ")))
    else:
        exchange.validate(table)


@pytest.mark.django_db
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(digits=st.integers(min_value=1, max_value=40), decimals=st.integers(min_value=0, max_value=8))
def test_import_refuses_numbers_the_database_cannot_hold(digits, decimals):
    from tests.products.factories import KPIFactory

    with transaction.atomic():
        KPIFactory(code="P", target_value=Decimal(1))
        number = "9" * digits + ("," + "9" * decimals if decimals else "")
        data = f"Kennung;Zeitraum;Istwert;Kommentar\nP;2024;{number};Begründung\n".encode()
        ready, errors = exchange.validate(exchange.read_table(data))
        fits = digits <= 12 and decimals <= 4
        assert bool(ready) == fits, [str(e) for e in errors]
        if not fits:
            assert "Istwert" in str(errors[0])
        transaction.set_rollback(True)


# --- Paper numbering ------------------------------------------------------------------------------------------

operations = st.lists(
    st.tuples(st.sampled_from(["anlegen", "freigeben", "fehlversuch"]), st.sampled_from([2030, 2031, 2032])),
    max_size=14,
)


@pytest.mark.django_db
@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(steps=operations)
def test_paper_numbers_are_one_to_n_per_year_whatever_the_order(strategie, steps):
    with transaction.atomic():
        unit, committee = UnitFactory(), OrganizationFactory()
        waiting: dict[int, list[Paper]] = {}
        released: dict[int, list[int]] = {}
        for action, year in steps:
            if action == "anlegen":
                paper = PaperFactory(originator=unit, prepared_by=unit, date=date(year, 3, 1), status="mitzeichnung")
                ConsultationFactory(paper=paper, organization=committee, order=1)
                waiting.setdefault(year, []).append(paper)
            elif waiting.get(year):
                paper = waiting[year][0]
                if action == "fehlversuch":
                    with pytest.raises(ValidationError):
                        committee_services.paper_release(paper=paper, approval="ungültig", user=strategie)
                    continue
                paper = committee_services.paper_release(paper=paper, approval=Paper.Approval.HEAD, user=strategie)
                waiting[year].pop(0)
                released.setdefault(year, []).append(paper.number)
        for year, numbers in released.items():
            assert numbers == list(range(1, len(numbers) + 1))
            stored = sorted(Paper.objects.filter(year=year).values_list("number", flat=True))
            assert stored == numbers
        transaction.set_rollback(True)
