from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from dashboard.services import reminders_send


class Command(BaseCommand):
    help = "Sendet fällige Erinnerungen per E-Mail (täglich per cron; nichts wird doppelt gesendet)."

    def add_arguments(self, parser):
        parser.add_argument("--datum", help="Stichtag JJJJ-MM-TT (Vorgabe: heute)")

    def handle(self, *args, datum=None, **options):
        try:
            today = date.fromisoformat(datum) if datum else timezone.localdate()
        except ValueError as exc:
            raise CommandError(f"--datum: „{datum}“ ist kein Datum im Format JJJJ-MM-TT.") from exc
        result = reminders_send(today=today)
        self.stdout.write(f"{result['mails']} E-Mails mit {result['items']} Erinnerungen gesendet.")
