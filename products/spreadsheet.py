"""Spreadsheet files in and out of the KPI exchange: bounded reading, cells that cannot attack the reader.

Reading decides the type by content (not by name), checks the size, the zip's declared uncompressed
size and the sheet's dimension before parsing anything, then streams the rows and stops at the first
row or column beyond the limits: a 141 KiB workbook that unpacks to a million rows is refused at once.
(A sheet that declares no dimension is scanned once by openpyxl to look for it: work bounded by the
unpacked size.) Every refusal is a German ValidationError with code "file" naming the problem.

Writing neutralises text cells that a spreadsheet would run as a formula (OWASP "CSV injection"):
a text starting with =, +, -, @, tab or CR gets a leading apostrophe. Reading removes it again, so
what the export writes, the import reads back exactly.
"""

import csv
import io
import zipfile
from collections.abc import Iterator

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from helmstedt_strategy.formatting import format_number

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 20 * 1024 * 1024  # all parts of a .xlsx together as the zip declares them (10,000 rows: ~7 MB)
MAX_ROWS = 10_000  # data rows below the header; openpyxl streams about 5,000 a second
MAX_COLUMNS = 50
MAX_ROW_CHARS = 20_000  # one CSV row, all its cells together

XLSX_MAGIC = b"PK\x03\x04"
OTHER_TYPES = [  # what people rename to .csv or .xlsx by mistake
    (b"\x89PNG", gettext_lazy("ein Bild (PNG)")),
    (b"\xff\xd8\xff", gettext_lazy("ein Bild (JPEG)")),
    (b"GIF8", gettext_lazy("ein Bild (GIF)")),
    (b"%PDF", gettext_lazy("ein PDF-Dokument")),
    (b"\xd0\xcf\x11\xe0", gettext_lazy("eine Datei im alten Excel-Format (.xls); bitte als .xlsx speichern")),
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralise(text: str) -> str:
    """A text cell as written to CSV or .xlsx: a leading apostrophe before anything a spreadsheet would run."""
    return QUOTE + text if text.startswith((*FORMULA_STARTS, QUOTE)) else text


def restore(text: str) -> str:
    """The text `neutralise` was given (texts that were never neutralised stay as they are)."""
    return text[1:] if text[:1] == QUOTE and text[1:2] and text[1:2] in (*FORMULA_STARTS, QUOTE) else text


def file_error(message: str) -> ValidationError:
    return ValidationError(message, code="file")


def _empty() -> ValidationError:
    return file_error(_("Die Datei ist leer."))


def _too_many_rows() -> ValidationError:
    return file_error(
        _("Die Datei hat mehr als %(max)s Datenzeilen; bitte teilen Sie sie auf.") % {"max": format_number(MAX_ROWS)}
    )


def _too_many_columns() -> ValidationError:
    return file_error(_("Die Datei hat mehr als %(max)s Spalten.") % {"max": format_number(MAX_COLUMNS)})


def read_rows(data: bytes, *, name: str = "") -> Iterator[list]:
    """The rows of a CSV or .xlsx file (header first), each a list of cell values, within the limits."""
    if len(data) > MAX_FILE_BYTES:
        raise file_error(_("Die Datei ist größer als %(max)s MB.") % {"max": MAX_FILE_BYTES // (1024 * 1024)})
    if not data.strip():
        raise _empty()
    for magic, kind in OTHER_TYPES:
        if data.startswith(magic):
            raise file_error(_("Die Datei ist keine CSV- oder Excel-Datei (.xlsx), sondern %(kind)s.") % {"kind": kind})
    if data.startswith(XLSX_MAGIC):
        yield from _xlsx_rows(data)
    elif name.lower().endswith(".xlsx"):
        raise file_error(_("Die Datei heißt .xlsx, ist aber keine Excel-Datei (.xlsx)."))
    else:
        yield from _csv_rows(data)


def _xlsx_rows(data: bytes) -> Iterator[list]:
    from openpyxl import load_workbook

    unreadable = file_error(_("Die Excel-Datei (.xlsx) ist beschädigt oder keine Arbeitsmappe."))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(part.file_size for part in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise unreadable from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise file_error(
            _("Die Excel-Datei ist entpackt %(size)s MB groß, höchstens %(max)s MB sind möglich.")
            % {"size": format_number(unpacked // (1024 * 1024)), "max": MAX_UNPACKED_BYTES // (1024 * 1024)}
        )
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.active
    except Exception as exc:  # noqa: BLE001 - zip, XML and openpyxl errors alike: a broken file
        raise unreadable from exc
    try:
        if sheet is None:
            raise unreadable
        if (sheet.max_row or 0) > MAX_ROWS + 1:  # the declared dimension, before a single row is read
            raise _too_many_rows()
        if (sheet.max_column or 0) > MAX_COLUMNS:
            raise _too_many_columns()
        # max_row/max_col also bound the empty rows and cells openpyxl makes up for gaps ("A1", then "XFD1048576"):
        # a cell in the 51st column is refused, cells beyond it are never read.
        cells = sheet.iter_rows(max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS + 1, values_only=True)
        for count, row in enumerate(cells):
            if count > MAX_ROWS:
                raise _too_many_rows()
            if len(row) > MAX_COLUMNS and row[MAX_COLUMNS] is not None:
                raise _too_many_columns()
            yield list(row[:MAX_COLUMNS])
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - malformed XML in a sheet shows only while reading it
        raise unreadable from exc
    finally:
        book.close()


def _csv_rows(data: bytes) -> Iterator[list]:
    if b"\x00" in data:  # text never holds a NUL byte; pictures, archives and office files do
        raise file_error(_("Die Datei ist keine Textdatei (CSV) und keine Excel-Datei (.xlsx)."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise file_error(_("Die Datei ist keine Textdatei in UTF-8 oder Windows-1252.")) from exc
    if not text.strip():  # a byte order mark alone
        raise _empty()
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for count, row in enumerate(reader):
            if count > MAX_ROWS:
                raise _too_many_rows()
            if len(row) > MAX_COLUMNS:
                raise _too_many_columns()
            if sum(len(cell) for cell in row) > MAX_ROW_CHARS:
                raise file_error(
                    _("Zeile %(line)s ist länger als %(max)s Zeichen.")
                    % {"line": format_number(count + 1), "max": format_number(MAX_ROW_CHARS)}
                )
            yield row
    except csv.Error as exc:  # a field beyond 128 KiB within quotes, for one
        raise file_error(
            _("Die CSV-Datei kann ab Zeile %(line)s nicht gelesen werden.") % {"line": format_number(reader.line_num)}
        ) from exc
