"""Import files that are not what they claim, hold no data, or are too large: a German error that names the
problem, and nothing changed. Bombs are built here, small on disk; the assertions are on behaviour, not time."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook

from products import exchange, spreadsheet
from products.models import KPIValue, ReportingPeriod
from products.views.exchange import SESSION_KEY

from .factories import KPIFactory

pytestmark = pytest.mark.django_db

HEADER = b"Kennung;Zeitraum;Istwert;Kommentar\n"


def workbook(*rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_sheet(sheet_xml_chunks, *, dimension: str | None) -> bytes:
    """A real workbook whose first sheet is replaced by the given XML, written in chunks (bombs stay small)."""
    source = zipfile.ZipFile(io.BytesIO(workbook(["Kennung", "Zeitraum", "Istwert"])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            if part.filename != "xl/worksheets/sheet1.xml":
                target.writestr(part, source.read(part.filename))
        with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            if dimension:
                sheet.write(f'<dimension ref="{dimension}"/>'.encode())
            sheet.write(b"<sheetData>")
            for chunk in sheet_xml_chunks:
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    return out.getvalue()


def row_xml(number: int, *cells: str) -> bytes:
    columns = "ABCDEFGHIJ"
    inner = "".join(
        f'<c r="{columns[i]}{number}" t="inlineStr"><is><t>{text}</t></is></c>' for i, text in enumerate(cells)
    )
    return f'<row r="{number}">{inner}</row>'.encode()


def header_xml() -> bytes:
    return row_xml(1, "Kennung", "Zeitraum", "Istwert")


def million_rows():
    """Rows without numbers ("r" is optional), all alike: they compress a thousandfold."""
    yield header_xml()
    chunk = b'<row><c t="inlineStr"><is><t>X</t></is></c><c><v>2024</v></c><c><v>1</v></c></row>' * 10_000
    for _ in range(100):
        yield chunk


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
ZIP_OF_TEXT = io.BytesIO()
with zipfile.ZipFile(ZIP_OF_TEXT, "w") as _archive:
    _archive.writestr("notiz.txt", "keine Arbeitsmappe")

BAD_FILES = [
    ("leer.csv", b"", "leer"),
    ("bom.csv", b"\xef\xbb\xbf", "leer"),
    ("zeilen.csv", b"\r\n\n  \n", "leer"),
    ("bild.csv", PNG, "ein Bild (PNG)"),
    ("bild.xlsx", PNG, "ein Bild (PNG)"),
    ("bericht.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF-Dokument"),
    ("alt.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "alten Excel-Format (.xls)"),
    ("binaer.csv", b"Kennung;Zeitraum\x00\x01\x02", "keine Textdatei"),
    ("text.xlsx", HEADER + b"A;2024;1;\n", "keine Excel-Datei"),
    ("kaputt.xlsx", b"PK\x03\x04" + bytes(100), "beschädigt oder keine Arbeitsmappe"),
    ("archiv.xlsx", ZIP_OF_TEXT.getvalue(), "beschädigt oder keine Arbeitsmappe"),
    ("kopf.csv", HEADER, "keine Datenzeilen"),
    ("kopf-und-leerzeilen.csv", HEADER + b";;;\n\n", "keine Datenzeilen"),
    ("kopf.xlsx", workbook(["Kennung", "Zeitraum", "Istwert"]), "keine Datenzeilen"),
    ("leer.xlsx", workbook(), "keine Kopfzeile"),
    ("ohne-kopf.csv", b";;\nA;2024;1\n", "keine Kopfzeile"),
]


def upload(client, name, data):
    file = io.BytesIO(data)
    file.name = name
    return client.post(reverse("products:import"), {"file": file})


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES, ids=[f[0] for f in BAD_FILES])
def test_a_file_unfit_to_import_gets_a_german_error_naming_the_problem(client_for, name, data, message):
    KPIFactory(code="A")
    client = client_for("strategie")
    response = upload(client, name, data)
    assert response.status_code == 200
    errors = response.context["form"].errors.get("file", [])
    assert any(message in error for error in errors), errors
    assert message in response.content.decode()
    assert SESSION_KEY not in client.session
    assert client.post(reverse("products:import_confirm")).status_code == 302
    assert not KPIValue.objects.exists() and not ReportingPeriod.objects.exists()


def test_a_refused_file_discards_an_earlier_preview(client_for):
    KPIFactory(code="A")
    client = client_for("strategie")
    upload(client, "gut.csv", HEADER + b"A;2024;100;\n")
    assert SESSION_KEY in client.session
    upload(client, "bild.csv", PNG)
    client.post(reverse("products:import_confirm"))
    assert not KPIValue.objects.exists()


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES, ids=[f[0] for f in BAD_FILES])
def test_the_command_refuses_the_same_files(strategie, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        call_command("import_kpi_values", str(path), "--benutzer", "strategie")


# ---- Limits ----------------------------------------------------------------------------------------------------


def refused(data, name="werte.xlsx") -> str:
    with pytest.raises(ValidationError) as info:
        exchange.read_table(data, name=name)
    assert info.value.code == "file"
    return info.value.messages[0]


def test_a_workbook_that_unpacks_to_a_million_rows_is_refused_before_reading():
    bomb = with_sheet(million_rows(), dimension="A1:C1000001")
    assert len(bomb) < 1024 * 1024  # small on disk, like the 141 KiB file of the report
    assert "entpackt" in refused(bomb) and "höchstens 20 MB" in refused(bomb)


def test_a_declared_dimension_beyond_the_limit_is_refused_before_reading():
    rows = [header_xml(), row_xml(2, "X", "2024", "1")]
    assert refused(with_sheet(rows, dimension="A1:C1000000")) == (
        "Die Datei hat mehr als 10.000 Datenzeilen; bitte teilen Sie sie auf."
    )
    assert refused(with_sheet(rows, dimension="A1:XFD2")) == "Die Datei hat mehr als 50 Spalten."


def test_a_sheet_hiding_its_size_is_stopped_while_streaming():
    """No dimension, and one cell far down and right: openpyxl would make up a million empty rows for the gap."""
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    assert "mehr als 10.000 Datenzeilen" in refused(with_sheet([header_xml(), far], dimension=None))
    wide = row_xml(2, "X", "2024", "1") + b'<row r="3"><c r="AY3"><v>1</v></c></row>'  # the 51st column
    assert refused(with_sheet([header_xml(), wide], dimension=None)) == "Die Datei hat mehr als 50 Spalten."


def test_csv_limits_on_rows_columns_and_line_length():
    many = HEADER + b"X;2024;1;\n" * (spreadsheet.MAX_ROWS + 1)
    assert "mehr als 10.000 Datenzeilen" in refused(many, "werte.csv")
    assert len(exchange.read_table(HEADER + b"X;2024;1;\n" * spreadsheet.MAX_ROWS)) == spreadsheet.MAX_ROWS
    assert refused(b";".join([b"a"] * 51) + b"\n", "werte.csv") == "Die Datei hat mehr als 50 Spalten."
    long_line = HEADER + b"X;2024;1;" + b"x" * 20_001 + b"\n"
    assert refused(long_line, "werte.csv") == "Zeile 2 ist länger als 20.000 Zeichen."
    quoted_field = HEADER + b'X;2024;1;"' + b"x" * 200_000 + b'"\n'  # beyond the csv module's field limit
    assert refused(quoted_field, "werte.csv") == "Die CSV-Datei kann ab Zeile 2 nicht gelesen werden."
    assert "größer als 10 MB" in refused(b"x" * (spreadsheet.MAX_FILE_BYTES + 1), "werte.csv")


def test_the_upload_page_answers_a_bomb_with_its_message(client_for):
    response = upload(client_for("strategie"), "bombe.xlsx", with_sheet(million_rows(), dimension=None))
    assert "entpackt" in response.context["form"].errors["file"][0]
    assert len(response.content) < 100_000


def test_the_error_list_is_capped_with_the_count_of_the_rest(client_for, strategie, tmp_path):
    data = HEADER + b"".join(f"X{n};2024;1;\n".encode() for n in range(5_000))
    response = upload(client_for("strategie"), "fehler.csv", data)
    page = response.content.decode()
    assert "5.000 Fehler – nichts wurde gespeichert" in page
    assert "Zeile 101, Spalte „Kennung“" in page and "Zeile 102," not in page
    assert "… und 4.900 weitere Fehler" in page
    assert len(response.content) < 200_000
    path = tmp_path / "fehler.csv"
    path.write_bytes(data)
    err = io.StringIO()
    with pytest.raises(CommandError, match="5.000 Fehler"):
        call_command("import_kpi_values", str(path), "--benutzer", "strategie", stderr=err)
    assert err.getvalue().count("\n") == exchange.MAX_ERRORS_SHOWN + 1
    assert "… und 4.900 weitere Fehler" in err.getvalue()


def test_one_error_more_than_shown_is_singular():
    errors = [exchange.RowError(n, "Kennung", "x") for n in range(exchange.MAX_ERRORS_SHOWN + 1)]
    assert exchange.error_lines(errors)[-1] == "… und 1 weiterer Fehler"
