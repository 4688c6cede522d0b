"""Load the Helmstedt demo data. Safe to run again: a second run changes nothing."""

from django.core.management.base import BaseCommand
from django.db import transaction

from actionspaces import demo as actionspaces_demo
from committees import demo as committees_demo
from goals import demo as goals_demo
from helmstedt_strategy.personas import DEMO_PASSWORD, PERSONAS, ensure_persona, persona_table
from products import demo as products_demo


class Command(BaseCommand):
    help = "Lädt die Demo-Daten des Landkreises Helmstedt (wiederholbar, ohne Dubletten)."

    @transaction.atomic
    def handle(self, *args, **options):
        for role in PERSONAS:
            ensure_persona(role, password=DEMO_PASSWORD)
        goals_demo.load()
        actionspaces_demo.load()
        products_demo.load()
        committees_demo.load()
        self.stdout.write(self.style.SUCCESS("Demo-Daten geladen."))
        self.stdout.write(f"Demo-Zugänge (Passwort für alle: {DEMO_PASSWORD}):")
        for username, label in persona_table():
            self.stdout.write(f"  {username:<16} {label}")
