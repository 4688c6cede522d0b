"""`manage.py restore <datei> [--force]`: load a backup into an empty, migrated database, all or nothing."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from helmstedt_strategy.backup import restore_backup


class Command(BaseCommand):
    help = (
        "Stellt eine Sicherung wieder her: in eine leere, migrierte Datenbank; "
        "mit --force werden vorhandene Daten ersetzt."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Sicherungsdatei (.tar.gz) von „manage.py backup“")
        parser.add_argument("--force", action="store_true", help="Vorhandene Daten ersetzen.")

    def handle(self, *args, file, force, **options):
        if not Path(file).is_file():
            raise CommandError(f"Die Sicherungsdatei {file} gibt es nicht.")
        try:
            manifest = restore_backup(file, force=force)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            self.style.SUCCESS(f"Wiederhergestellt: {rows} Datensätze aus der Sicherung vom {manifest['created_at']}.")
        )
