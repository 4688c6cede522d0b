"""Bad input to the KPI entry page, the import and the import command: a German error, nothing changed.

One rule for period keys and one for numbers serve all three; a refused value leaves no period behind.
"""

import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from products import exchange
from products.models import KPIValue, ReportingPeriod
from products.periods import PeriodCalendar

pytestmark = pytest.mark.django_db

# The demo's periods up to 2023 are locked; its vision looks ahead to 2035.
BAD_PERIODS = [
    ("２０２３", "kein Zeitraum"),  # full-width digits: once a second, unlocked "2023"
    ("٢٠٢٣", "kein Zeitraum"),  # Arabic-Indic digits
    ("0000", "kein Zeitraum"),
    ("0999", "kein Zeitraum"),
    ("9999", "2035"),  # beyond the vision's horizon: once the "current" value, then a 500 on "Meine Aufgaben"
    ("2036", "2035"),
    ("1800", "1990"),
    ("2024-Q1", "je Jahr"),  # a yearly KPI
]
TOO_PRECISE = ["12.345.678.901.234,5", "99999999999999999", "1,23456"]  # 16 digits, 4 of them decimals


def _entry(client, kpi, **data):
    return client.post(reverse("products:entry", args=[kpi.pk]), {"actual_value": "50", "comment": "x", **data})


@pytest.mark.parametrize(("period", "message"), BAD_PERIODS)
def test_entry_refuses_periods_outside_the_calendar(client_for, responsible_kpi, period, message):
    periods, values = ReportingPeriod.objects.count(), KPIValue.objects.count()
    response = _entry(client_for("redaktion"), responsible_kpi, period=period)
    assert response.status_code == 200
    assert message in response.context["form"].errors["period"][0]
    assert (ReportingPeriod.objects.count(), KPIValue.objects.count()) == (periods, values)


def test_meine_aufgaben_still_work_after_a_refused_far_future_period(client_for, responsible_kpi):
    client = client_for("redaktion")
    _entry(client, responsible_kpi, period="9999")
    assert client.get(reverse("dashboard:tasks")).status_code == 200


@pytest.mark.parametrize("number", TOO_PRECISE)
@pytest.mark.parametrize("field", ["actual_value", "target_value"])
def test_entry_refuses_numbers_the_column_cannot_hold_and_leaves_no_period(client_for, responsible_kpi, field, number):
    periods = ReportingPeriod.objects.count()
    response = _entry(client_for("redaktion"), responsible_kpi, period="2027", **{field: number})
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert ReportingPeriod.objects.count() == periods
    assert not ReportingPeriod.objects.filter(key="2027").exists()


def test_a_value_refused_by_the_service_leaves_no_new_period(client_for, responsible_kpi):
    """Off track without a comment is refused after the period was looked up: the new period goes too."""
    response = _entry(client_for("redaktion"), responsible_kpi, period="2027", actual_value="1", comment="")
    assert "Bitte begründen Sie die Abweichung" in response.text
    assert not ReportingPeriod.objects.filter(key="2027").exists()


def test_entry_accepts_existing_and_calendar_periods(client_for, responsible_kpi):
    client = client_for("redaktion")
    assert _entry(client, responsible_kpi, period="2035").status_code == 302
    assert _entry(client, responsible_kpi, period=" 2026 ").status_code == 302
    assert set(KPIValue.objects.filter(kpi=responsible_kpi).values_list("period__key", flat=True)) >= {"2026", "2035"}


HEADER = "Kennung;Zeitraum;Sollwert;Istwert;Kommentar\n"


def _import_errors(*lines):
    _rows, errors = exchange.validate(exchange.read_table((HEADER + "\n".join(lines) + "\n").encode()))
    return [str(e) for e in errors]


@pytest.mark.parametrize(("period", "message"), BAD_PERIODS)
def test_import_refuses_the_same_periods(responsible_kpi, period, message):
    errors = _import_errors(f"363-01;{period};;50;x")
    assert errors and all("Spalte „Zeitraum“" in e for e in errors), errors
    assert any(message in e for e in errors), errors


@pytest.mark.parametrize("number", TOO_PRECISE)
def test_import_refuses_the_same_numbers(responsible_kpi, number):
    assert [e for e in _import_errors(f"363-01;2027;{number};{number};x") if "Sollwert" in e or "Istwert" in e]


def test_command_refuses_the_same_periods_and_writes_nothing(responsible_kpi, strategie, tmp_path):
    path = tmp_path / "werte.csv"
    path.write_text(HEADER + "363-01;２０２３;;50;x\n363-01;9999;;50;x\n", encoding="utf-8")
    err = io.StringIO()
    periods, values = ReportingPeriod.objects.count(), KPIValue.objects.count()
    with pytest.raises(CommandError, match="nichts wurde gespeichert"):
        call_command("import_kpi_values", str(path), "--benutzer", "strategie", stderr=err)
    assert "Zeile 2, Spalte „Zeitraum“" in err.getvalue() and "Zeile 3, Spalte „Zeitraum“" in err.getvalue()
    assert (ReportingPeriod.objects.count(), KPIValue.objects.count()) == (periods, values)


def test_import_keeps_accepting_what_the_export_writes(client_for, responsible_kpi):
    exported = client_for("strategie").get(reverse("products:export_csv")).content
    rows, errors = exchange.validate(exchange.read_table(exported))
    assert rows and not [e for e in errors if "Zeitraum" in str(e) and "gesperrt" not in str(e)]
    assert all(isinstance(r.actual_value, Decimal | None) for r in rows)


period_like = st.from_regex(r"\s?[0-9\uff10-\uff19]{4}(-Q[0-9]|-[0-9]{2})?\s?", fullmatch=True)


@given(text=st.text(max_size=9) | period_like)
def test_any_text_is_a_period_of_the_calendar_or_a_german_error(text):
    calendar = PeriodCalendar(first_year=1990, last_year=2035, existing=frozenset(), locked=frozenset())
    try:
        key = calendar.check(text)
    except ValidationError as exc:
        assert exc.messages[0].startswith("„") and (
            "kein Zeitraum" in exc.messages[0] or "1990 bis 2035" in exc.messages[0]
        )
    else:
        assert key.isascii() and key == text.strip() and 1990 <= int(key[:4]) <= 2035
