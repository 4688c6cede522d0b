"""Import and export of KPI values as CSV (semicolon, UTF-8, German numbers) and Excel (.xlsx).

Reading checks every row before anything is written and reports each problem
with row, column and what is wrong, in German; writing is all-or-nothing
(`services.kpi_values_import`).
"""

import csv
import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from helmstedt_strategy.formatting import format_number

from .models import KPI, KPIValue
from .parsing import parse_kpi_number
from .periods import PeriodCalendar
from .services import ImportRow
from .status import Status

EXPORT_COLUMNS = [
    "Kennung", "Kennzahl", "Produkt", "Einheit", "Zeitraum", "Sollwert", "Istwert", "Status", "Kommentar",
    "Datenbasis", "Quelle",
]  # fmt: skip
REQUIRED_COLUMNS = ["Kennung", "Zeitraum", "Istwert"]
XLSX_MAGIC = b"PK\x03\x04"
NUMBER_FIELDS = {"Sollwert": "target_value", "Istwert": "actual_value"}


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
        writer.writerow(["" if c is None else format_number(c, None) if _is_number(c) else c for c in row])
    return out.getvalue().encode("utf-8-sig")


def export_xlsx(kpis) -> bytes:
    from openpyxl import Workbook

    header, rows = export_rows(kpis)
    book = Workbook()
    sheet = book.active
    sheet.title = "Kennzahlwerte"
    sheet.append(header)
    for row in rows:
        sheet.append([float(c) if _is_number(c) else c for c in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _is_number(value) -> bool:
    from decimal import Decimal

    return isinstance(value, Decimal | int | float) and not isinstance(value, bool)


def read_table(data: bytes) -> list[dict]:
    """Rows of a CSV or .xlsx file as dicts keyed by the header, each with its file line in "_zeile".

    A file that cannot be read at all raises a German ValidationError, never anything else.
    """
    unreadable = ValidationError(_("Die Datei kann nicht gelesen werden."))
    if data.startswith(XLSX_MAGIC):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
            lines = [list(r) for r in sheet.iter_rows(values_only=True)]
        except Exception as exc:  # noqa: BLE001 - zip, XML and openpyxl errors alike: a broken file
            raise unreadable from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as exc:
                raise unreadable from exc
        delimiter = ";" if text.split("\n", 1)[0].count(";") >= text.split("\n", 1)[0].count(",") else ","
        try:
            lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error as exc:
            raise unreadable from exc
    if not lines:
        return []
    # A NUL byte is never data, and PostgreSQL refuses it in any text lookup.
    lines = [[c.replace("\x00", "") if isinstance(c, str) else c for c in line] for line in lines]
    header = [str(h or "").strip() for h in lines[0]]
    table = []
    for number, cells in enumerate(lines[1:], start=2):
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        row = {name: (cells[i] if i < len(cells) else None) for i, name in enumerate(header) if name}
        row["_zeile"] = number
        table.append(row)
    return table


def _text(value) -> str:
    return "" if value is None else str(value).strip()


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
