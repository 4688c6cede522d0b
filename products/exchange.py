"""Import and export of KPI values as CSV (semicolon, UTF-8, German numbers) and Excel (.xlsx).

Reading checks every row before anything is written and reports each problem
with row, column and what is wrong, in German; writing is all-or-nothing
(`services.kpi_values_import`). The files themselves are read within limits and
written without formulas by `spreadsheet`.
"""

import csv
import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from helmstedt_strategy.formatting import format_number

from .models import KPI, KPIValue
from .parsing import parse_kpi_number
from .periods import PeriodCalendar
from .services import ImportRow
from .spreadsheet import file_error, neutralise, read_rows, restore
from .status import Status

EXPORT_COLUMNS = [
    "Kennung", "Kennzahl", "Produkt", "Einheit", "Zeitraum", "Sollwert", "Istwert", "Status", "Kommentar",
    "Datenbasis", "Quelle",
]  # fmt: skip
REQUIRED_COLUMNS = ["Kennung", "Zeitraum", "Istwert"]
NUMBER_FIELDS = {"Sollwert": "target_value", "Istwert": "actual_value"}
MAX_ERRORS_SHOWN = 100  # a file with 10,000 bad rows is answered with a page, not with 273 MB


@dataclass
class RowError:
    line: int
    column: str
    message: str

    def __str__(self):
        return _("Zeile %(line)s, Spalte „%(column)s“: %(message)s") % {
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }


def error_lines(errors: list) -> list[str]:
    """The errors as shown by the import page and command: the first ones, then "und 9.812 weitere Fehler"."""
    shown = [str(error) for error in errors[:MAX_ERRORS_SHOWN]]
    rest = len(errors) - len(shown)
    if rest:
        shown.append(
            ngettext("… und %(count)s weiterer Fehler", "… und %(count)s weitere Fehler", rest)
            % {"count": format_number(rest)}
        )
    return shown


def export_rows(kpis):
    """(header, rows) of all values of `kpis` (values prefetched), one row per KPI and period."""
    rows = []
    for kpi in kpis:
        for value in kpi.values.all():
            rows.append(
                [
                    kpi.code,
                    kpi.name,
                    kpi.product.number if kpi.product else "",
                    kpi.unit,
                    value.period.key,
                    value.target_value,
                    value.actual_value,
                    str(value.status.label),
                    value.comment,
                    value.data_basis,
                    value.source,
                ]
            )
    return EXPORT_COLUMNS, rows


def export_csv(kpis) -> bytes:
    header, rows = export_rows(kpis)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if c is None else format_number(c, None) if _is_number(c) else neutralise(c) for c in row])
    return out.getvalue().encode("utf-8-sig")


def export_xlsx(kpis) -> bytes:
    from openpyxl import Workbook

    header, rows = export_rows(kpis)
    book = Workbook()
    sheet = book.active
    sheet.title = "Kennzahlwerte"
    sheet.append(header)
    for row in rows:
        sheet.append([float(c) if _is_number(c) else neutralise(c) if isinstance(c, str) else c for c in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _is_number(value) -> bool:
    from decimal import Decimal

    return isinstance(value, Decimal | int | float) and not isinstance(value, bool)


def read_table(data: bytes, *, name: str = "") -> list[dict]:
    """Rows of a CSV or .xlsx file as dicts keyed by the header, each with its file line in "_zeile".

    A file that cannot be read, is too large, or holds no data row raises a German ValidationError
    (code "file") naming the problem, never anything else.
    """
    lines = read_rows(data, name=name)
    # A NUL byte is never data, and PostgreSQL refuses it in any text lookup.
    header = [str(h or "").replace("\x00", "").strip() for h in next(lines, [])]
    if not any(header):
        raise file_error(_("Die Datei hat keine Kopfzeile mit den Spaltennamen (Kennung, Zeitraum, Istwert …)."))
    table = []
    for number, cells in enumerate(lines, start=2):
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        cells = [c.replace("\x00", "") if isinstance(c, str) else c for c in cells]
        row = {column: (cells[i] if i < len(cells) else None) for i, column in enumerate(header) if column}
        row["_zeile"] = number
        table.append(row)
    if not table:
        raise file_error(_("Die Datei enthält nur die Kopfzeile, aber keine Datenzeilen."))
    return table


def _text(value) -> str:
    """A text cell as typed: the apostrophe the export puts before "=", "+", "-" … is taken off again."""
    return "" if value is None else restore(str(value).strip())


def validate(table: list[dict]) -> tuple[list[ImportRow], list[RowError]]:
    """Check every row; return the rows ready to write and every error found."""
    errors: list[RowError] = []
    if table:
        missing = [c for c in REQUIRED_COLUMNS if c not in table[0]]
        if missing:
            return [], [RowError(1, c, _("Die Spalte fehlt in der Kopfzeile.")) for c in missing]
    codes = {_text(r.get("Kennung")) for r in table}
    kpis = {k.code: k for k in KPI.objects.filter(code__in=codes)}
    calendar = PeriodCalendar.load()
    seen: dict[tuple[str, str], int] = {}
    rows: list[ImportRow] = []
    for raw in table:
        line = raw["_zeile"]
        row_errors: list[RowError] = []
        code, period_key = _text(raw.get("Kennung")), _text(raw.get("Zeitraum"))
        kpi = kpis.get(code)
        if kpi is None:
            row_errors.append(RowError(line, "Kennung", _("Unbekannte Kennzahl „%(code)s“.") % {"code": code}))
        try:
            period_key = calendar.check(period_key, kind=kpi.period_kind if kpi else None)
        except ValidationError as exc:
            row_errors.append(RowError(line, "Zeitraum", exc.messages[0]))
        else:
            if period_key in calendar.locked:
                row_errors.append(
                    RowError(line, "Zeitraum", _("Der Zeitraum %(key)s ist gesperrt.") % {"key": period_key})
                )
        numbers = {}
        for column, field in NUMBER_FIELDS.items():
            try:
                numbers[column] = parse_kpi_number(raw.get(column), field)
            except ValidationError as exc:
                row_errors.append(RowError(line, column, exc.messages[0]))
        if (code, period_key) in seen:
            row_errors.append(
                RowError(
                    line,
                    "Zeitraum",
                    _("Doppelte Zeile: %(code)s / %(key)s steht schon in Zeile %(first)s.")
                    % {"code": code, "key": period_key, "first": seen[(code, period_key)]},
                )
            )
        else:
            seen[(code, period_key)] = line
        comment = _text(raw.get("Kommentar"))
        if not row_errors and kpi is not None:
            value = KPIValue(kpi=kpi, actual_value=numbers["Istwert"], target_value=numbers["Sollwert"])
            if value.status == Status.OFF_TRACK and not comment:
                row_errors.append(
                    RowError(line, "Kommentar", _("Der Wert liegt nicht im Plan; ein Kommentar ist erforderlich."))
                )
        if row_errors:
            errors.extend(row_errors)
            continue
        rows.append(
            ImportRow(
                line=line,
                kpi=kpi,
                period_key=period_key,
                target_value=numbers["Sollwert"],
                actual_value=numbers["Istwert"],
                comment=comment,
                data_basis=_text(raw.get("Datenbasis")),
                source=_text(raw.get("Quelle")),
            )
        )
    return rows, errors
