import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from products import exchange
from products.models import KPIValue
from products.services import period_lock

from .factories import KPIFactory, KPIValueFactory, PeriodFactory

pytestmark = pytest.mark.django_db

HEADER = "Kennung;Zeitraum;Sollwert;Istwert;Kommentar;Datenbasis;Quelle\n"


def csv_bytes(*lines: str) -> bytes:
    return (HEADER + "\n".join(lines) + "\n").encode("utf-8")


@pytest.fixture
def kpis(db):
    return KPIFactory(code="A", target_value=Decimal(1000)), KPIFactory(code="B", target_value=Decimal(5))


def errors_of(data: bytes) -> list[str]:
    _rows, errors = exchange.validate(exchange.read_table(data))
    return [str(e) for e in errors]


def test_csv_happy_path_with_german_numbers(kpis, strategie):
    rows, errors = exchange.validate(
        exchange.read_table(csv_bytes("A;2024;1.000;1.234,5;;Statistik;LSN", "B;2024;;5,5;;;"))
    )
    assert errors == []
    assert [r.actual_value for r in rows] == [Decimal("1234.5"), Decimal("5.5")]
    from products.services import kpi_values_import

    assert kpi_values_import(rows=rows, user=strategie) == 2
    value = KPIValue.objects.get(kpi__code="A")
    assert value.actual_value == Decimal("1234.5") and value.source == "LSN" and value.entered_by == strategie


def test_xlsx_happy_path(kpis):
    book = Workbook()
    book.active.append(["Kennung", "Zeitraum", "Istwert"])
    book.active.append(["A", 2024, 1500])
    book.active.append(["B", "2025", "6,5"])
    out = io.BytesIO()
    book.save(out)
    rows, errors = exchange.validate(exchange.read_table(out.getvalue()))
    assert errors == [] and [r.actual_value for r in rows] == [1500, Decimal("6.5")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("X;2024;;100;;;", "Zeile 2, Spalte „Kennung“: Unbekannte Kennzahl „X“."),
        ("A;2024;;1,234.5;;;", "Zeile 2, Spalte „Istwert“: „1,234.5“ ist keine Zahl im deutschen Format"),
        ("A;2024;1.0.0;1.000;;;", "Zeile 2, Spalte „Sollwert“"),
        ("A;24;;1.000;;;", "Zeile 2, Spalte „Zeitraum“: „24“ ist kein Zeitraum"),
        ("A;2024-Q1;;1.000;;;", "Zeile 2, Spalte „Zeitraum“: Die Kennzahl wird je Jahr erhoben"),
        ("A;2024;;10;;;", "Zeile 2, Spalte „Kommentar“: Der Wert liegt nicht im Plan"),
    ],
)
def test_every_error_kind_names_row_and_column(kpis, line, expected):
    errors = errors_of(csv_bytes(line))
    assert any(e.startswith(expected) for e in errors), errors


def test_duplicate_rows_are_reported(kpis):
    errors = errors_of(csv_bytes("A;2024;;1.000;;;", "B;2024;;5;;;", "A;2024;;1.100;;;"))
    assert errors == ["Zeile 4, Spalte „Zeitraum“: Doppelte Zeile: A / 2024 steht schon in Zeile 2."]


def test_locked_period_is_reported(kpis, strategie):
    period_lock(period=PeriodFactory(key="2023"), user=strategie)
    assert errors_of(csv_bytes("A;2023;;1.000;;;")) == ["Zeile 2, Spalte „Zeitraum“: Der Zeitraum 2023 ist gesperrt."]


def test_missing_column_is_reported(kpis):
    assert errors_of(b"Kennung;Istwert\nA;1\n") == ["Zeile 1, Spalte „Zeitraum“: Die Spalte fehlt in der Kopfzeile."]


def test_import_pages_preview_then_write_all(client_for, kpis):
    client = client_for("strategie")
    upload = io.BytesIO(csv_bytes("A;2024;;1.234,5;;;", "B;2024;;5;;;"))
    upload.name = "werte.csv"
    response = client.post(reverse("products:import"), {"file": upload})
    assert "2 Zeilen werden übernommen" in response.text and "1.234,5" in response.text
    assert not KPIValue.objects.exists()  # the preview writes nothing
    response = client.post(reverse("products:import_confirm"))
    assert response.status_code == 302
    assert KPIValue.objects.count() == 2


def test_import_page_with_errors_writes_nothing(client_for, kpis):
    client = client_for("strategie")
    upload = io.BytesIO(csv_bytes("A;2024;;1.000;;;", "X;2024;;5;;;", "B;2024;;fünf;;;"))
    upload.name = "werte.csv"
    response = client.post(reverse("products:import"), {"file": upload})
    assert "Unbekannte Kennzahl „X“" in response.text and "Zeile 4, Spalte „Istwert“" in response.text
    assert "nichts wurde gespeichert" in response.text
    assert client.post(reverse("products:import_confirm")).status_code == 302
    assert not KPIValue.objects.exists()


def test_all_or_nothing_when_a_write_fails_midway(kpis, strategie):
    """A period locked between preview and writing: the rows before it are rolled back too."""
    from products.services import kpi_values_import

    rows, errors = exchange.validate(exchange.read_table(csv_bytes("A;2024;;1.000;;;", "B;2025;;5;;;")))
    assert errors == []
    period_lock(period=PeriodFactory(key="2025"), user=strategie)
    with pytest.raises(Exception, match="gesperrt"):
        kpi_values_import(rows=rows, user=strategie)
    assert not KPIValue.objects.exists()


def test_export_csv_and_xlsx_round_trip(client_for, kpis):
    KPIValueFactory(kpi=kpis[0], period=PeriodFactory(key="2024"), actual_value=Decimal("1234.5"))
    client = client_for(None)
    csv_text = client.get(reverse("products:export_csv")).content.decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("Kennung;Kennzahl;Produkt")
    assert ";1.234,5;" in csv_text
    xlsx = client.get(reverse("products:export_xlsx")).content
    sheet = load_workbook(io.BytesIO(xlsx)).active
    assert sheet["A2"].value == "A" and sheet["G2"].value == 1234.5
    # What the export writes, the import reads back.
    assert exchange.validate(exchange.read_table(csv_text.encode()))[1] == []
    assert exchange.validate(exchange.read_table(xlsx))[1] == []


def test_management_command_imports_with_progress_bar(kpis, strategie, tmp_path):
    KPIFactory(code="M", period_kind="monat", target_value=Decimal(1000))
    lines = [f"M;{year}-{month:02d};;1.000;;;" for year in range(2000, 2021) for month in range(1, 13)][:250]
    path = tmp_path / "viele.csv"
    path.write_bytes(csv_bytes(*lines))
    out = io.StringIO()
    call_command("import_kpi_values", str(path), "--benutzer", "strategie", stdout=out)
    assert "[##############################] 250/250" in out.getvalue()
    assert "250 Werte übernommen." in out.getvalue()
    assert KPIValue.objects.count() == 250


def test_management_command_reports_errors_and_writes_nothing(kpis, strategie, tmp_path):
    path = tmp_path / "fehler.csv"
    path.write_bytes(csv_bytes("A;2024;;1.000;;;", "A;2024;;1,234.5;;;"))
    err = io.StringIO()
    with pytest.raises(CommandError, match="nichts wurde gespeichert"):
        call_command("import_kpi_values", str(path), "--benutzer", "strategie", stderr=err)
    assert "Zeile 3, Spalte „Istwert“" in err.getvalue()
    assert not KPIValue.objects.exists()
