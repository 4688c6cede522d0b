"""`manage.py backup <datei>`: database and attachments into one .tar.gz (see helmstedt_strategy/backup.py)."""

from django.core.management.base import BaseCommand

from helmstedt_strategy.backup import create_backup


class Command(BaseCommand):
    help = "Sichert die Datenbank (mit Historie) und alle Anlagen in eine .tar.gz-Datei."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Zieldatei, z. B. sicherung-2026-11-24.tar.gz")

    def handle(self, *args, file, **options):
        manifest = create_backup(file)
        rows = sum(manifest["counts"].values())
        files = sum(1 for name in manifest["checksums"] if name.startswith("media/"))
        self.stdout.write(self.style.SUCCESS(f"Sicherung geschrieben: {file} ({rows} Datensätze, {files} Dateien)."))
