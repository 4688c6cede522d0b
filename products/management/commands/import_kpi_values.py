"""Import KPI values from a CSV or .xlsx file, as the import page does: all rows or none."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from helmstedt_strategy.formatting import format_number
from products import exchange
from products.services import kpi_values_import
from products.spreadsheet import MAX_FILE_BYTES

PROGRESS_FROM = 200  # rows; smaller files finish before a bar would help
BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Importiert Kennzahlwerte aus einer CSV- oder .xlsx-Datei (alle Zeilen oder keine)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="CSV- (Semikolon, UTF-8) oder .xlsx-Datei wie aus dem Export")
        parser.add_argument("--benutzer", required=True, help="Benutzername, unter dem die Werte erfasst werden")
        parser.add_argument("--probelauf", action="store_true", help="nur prüfen, nichts speichern")

    def handle(self, *args, path, benutzer, probelauf, **options):
        user = get_user_model().objects.filter(username=benutzer).first()
        if user is None:
            raise CommandError(f"Unbekannter Benutzer „{benutzer}“.")
        try:
            if Path(path).stat().st_size > MAX_FILE_BYTES:  # refused before it is read into memory
                raise CommandError(f"Die Datei ist größer als {MAX_FILE_BYTES // (1024 * 1024)} MB.")
            data = Path(path).read_bytes()
        except OSError as exc:
            raise CommandError(f"Die Datei kann nicht gelesen werden: {exc}") from exc
        try:
            table = exchange.read_table(data, name=path)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        rows, errors = exchange.validate(table)
        if errors:
            for line in exchange.error_lines(errors):
                self.stderr.write(line)
            raise CommandError(f"{format_number(len(errors))} Fehler – nichts wurde gespeichert.")
        if probelauf:
            self.stdout.write(self.style.SUCCESS(f"{len(rows)} Zeilen geprüft, keine Fehler (Probelauf)."))
            return
        progress = self._progress if len(rows) >= PROGRESS_FROM else None
        try:
            count = kpi_values_import(rows=rows, user=user, progress=progress)
        except ValidationError as exc:
            raise CommandError("Nichts gespeichert: " + " ".join(exc.messages)) from exc
        if progress:
            self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"{count} Werte übernommen."))

    def _progress(self, done: int, total: int):
        if done != total and done % max(1, total // 100):
            return
        filled = BAR_WIDTH * done // total
        self.stdout.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}", ending="")
        self.stdout.flush()
