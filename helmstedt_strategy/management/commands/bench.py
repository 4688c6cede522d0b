"""`make bench`: every main page's query count and server time at 1× and 10× the demo data.

Each scale gets a database of its own (PostgreSQL when DATABASE_URL is set, SQLite
otherwise), filled with the demo data plus each app's generated data, measured,
and dropped. Prints one table and writes JSON to bench-results/ (git-ignored).
"""

import json
import platform
from datetime import datetime
from io import StringIO
from pathlib import Path

import django
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.db.models import Count
from django.test import Client, override_settings
from django.urls import NoReverseMatch, reverse

from actionspaces import benchdata as actionspaces_benchdata
from committees import benchdata as committees_benchdata
from committees.demo import SEED_SUBJECT
from committees.models import Meeting, Paper
from goals import benchdata as goals_benchdata
from goals.models import District
from helmstedt_strategy.benchmark import measure_page, separate_database
from helmstedt_strategy.personas import ensure_persona
from products import benchdata as products_benchdata
from products.models import KPI, Product
from reports.bench import measure_pdfs


def _seed_paper():
    return [Paper.objects.get(name=SEED_SUBJECT).pk]


def _population_kpi():
    return [KPI.objects.get(code="EW-3112").pk]


def _largest_product():
    return [Product.objects.annotate(n=Count("kpis")).order_by("-n", "pk").values_list("pk", flat=True)[0]]


def _busiest_meeting():
    meeting = Meeting.objects.filter(is_public=True).annotate(n=Count("agenda_items")).order_by("-n", "pk").first()
    return [meeting.pk]


def _district_paper_list():
    return [District.objects.get().pk, "paper"]


def _district_meeting_list():
    return [District.objects.get().pk, "meeting"]


def _oparl_seed_paper():
    return ["paper", *_seed_paper()]


# (label, url name, args or a callable giving them once the data exists, persona or None for anonymous
#  [, query string]). Pages first, then the OParl API, feeds and open data.
PAGES = [
    ("Startseite", "home", [], None),
    ("Startseite", "home", [], "kreistag"),
    ("Ziele", "goals:overview", [], None),
    ("Ziel 2", "goals:detail", [2], None),
    ("Ziel 2 bearbeiten", "goals:edit", [2], "strategie"),
    ("Ziel 2 Verlauf", "goals:history", [2], "strategie"),
    ("Anmeldung", "login", [], None),
    ("Aktionsräume", "actionspaces:overview", [], None),
    ("Strategiekarte Gesundheit", "actionspaces:card", ["gesundheit"], None),
    ("Strategiekarte bearbeiten", "actionspaces:card_edit", ["gesundheit"], "redaktion"),
    ("Produkte", "products:list", [], None),
    ("Produkte", "products:list", [], "strategie"),
    ("Vorlagen", "committees:paper_list", [], None),
    ("Vorlagen", "committees:paper_list", [], "kreisausschuss"),
    ("Vorlagen: Suche", "committees:paper_list", [], "kreistag", "?q=Strategie"),
    ("Sitzungen", "committees:meeting_list", [], None),
    ("Beschlusskontrolle", "committees:implementation_list", [], "kreistag"),
    ("iCal öffentlich", "committees:ical_public", [], None),
    ("Suche", "search:results", [], None, "?q=Versorgung"),
    ("Suche", "search:results", [], "strategie", "?q=Versorgung"),
    ("Dashboard", "dashboard:home", [], "kreistag"),
    ("Dashboard", "dashboard:home", [], "strategie"),
    ("Meine Aufgaben", "dashboard:tasks", [], "redaktion"),
    ("Transparenzportal", "dashboard:portal", [], None),
    ("Produkt (meiste Kennzahlen)", "products:detail", _largest_product, None),
    ("Kennzahl Einwohnerzahl", "products:kpi", _population_kpi, None),
    ("Vorlage (Beschluss Ziele)", "committees:paper_detail", _seed_paper, None),
    ("Vorlage (Beschluss Ziele)", "committees:paper_detail", _seed_paper, "strategie"),
    ("Sitzung (größte TO)", "committees:meeting_detail", _busiest_meeting, "kreistag"),
    ("Gremien", "committees:organization_list", [], None),
    ("Offene Daten", "opendata:overview", [], None),
    ("API: OParl System", "oparl:system", [], None),
    ("API: OParl Körperschaft", "oparl:body_list", [], None),
    ("API: OParl Vorlagen", "oparl:list", _district_paper_list, None),
    ("API: OParl Sitzungen", "oparl:list", _district_meeting_list, None),
    ("API: OParl Vorlage", "oparl:object", _oparl_seed_paper, None),
    ("API: RSS Vorlagen", "opendata:papers_rss", [], None),
    ("API: Atom Beschlüsse", "opendata:decisions_atom", [], None),
    ("API: Kennzahlen CSV", "opendata:kpi_csv", [], None),
    ("API: Kennzahlen JSON", "opendata:kpi_json", [], None),
]

GENERATORS = [
    goals_benchdata.generate,
    actionspaces_benchdata.generate,
    products_benchdata.generate,
    committees_benchdata.generate,
]


class Command(BaseCommand):
    help = "Misst Seiten bei 1-facher und 10-facher Datenmenge (Abfragen, Median und p95 der Serverzeit)."

    def add_arguments(self, parser):
        parser.add_argument("--scales", default="1,10", help="comma-separated scales, e.g. 1,10")
        parser.add_argument("--repeat", type=int, default=15, help="timed requests per page")
        parser.add_argument("--output", default=str(settings.BASE_DIR / "bench-results"))

    def handle(self, *args, scales, repeat, output, **options):
        scales = [int(s) for s in scales.split(",")]
        runs = {}
        with override_settings(
            ROOT_URLCONF="helmstedt_strategy.bench_urls",
            DEBUG=False,
            ALLOWED_HOSTS=["testserver"],
            SECURE_SSL_REDIRECT=False,
        ):
            for scale in scales:
                self.stderr.write(f"scale {scale}×: building the data set …")
                with separate_database(f"bench{scale}x"):
                    runs[scale] = self.run_scale(scale, repeat)
        report = {
            "when": datetime.now().isoformat(timespec="seconds"),
            "database": connection.vendor,
            "python": platform.python_version(),
            "django": django.get_version(),
            "repeat": repeat,
            "runs": runs,
        }
        self.print_table(report, scales)
        out = Path(output)
        out.mkdir(parents=True, exist_ok=True)
        name = f"bench-{connection.vendor}-{datetime.now():%Y%m%d-%H%M%S}.json"
        for path in (out / name, out / f"latest-{connection.vendor}.json"):
            path.write_text(json.dumps(report, indent=2, ensure_ascii=False))
        self.stdout.write(f"\nJSON: {out / name}")

    def run_scale(self, scale: int, repeat: int) -> dict:
        call_command("load_demo", stdout=StringIO())
        sizes = {}
        for generate in GENERATORS:
            sizes.update(generate(scale))
        clients = {None: Client()}
        for role in {page[3] for page in PAGES if page[3]}:
            clients[role] = Client()
            clients[role].force_login(ensure_persona(role, password=None))
        floor = measure_page(clients[None], label="Boden", url=reverse("bench_floor"), role="-", repeat=repeat * 2)
        pages = []
        for label, name, args, role, *query in PAGES:
            try:
                url = reverse(name, args=args() if callable(args) else args) + (query[0] if query else "")
            except NoReverseMatch:
                continue
            pages.append(
                measure_page(clients[role], label=label, url=url, role=role or "anonym", repeat=repeat).as_dict()
            )
        return {"sizes": sizes, "floor": floor.as_dict(), "pages": pages, "pdfs": measure_pdfs(repeat)}

    def print_table(self, report, scales):
        first, last = scales[0], scales[-1]
        floor = report["runs"][last]["floor"]["median_ms"]
        self.stdout.write(f"\nDatabase: {report['database']} · {report['repeat']} requests per page · times in ms\n")
        for scale in scales:
            self.stdout.write(f"data at {scale}×: {report['runs'][scale]['sizes']}")
        header = (
            f"{'page':<26} {'role':<15} {'q ' + str(first) + '×':>6} {'med':>7} {'p95':>7} "
            f"{'q ' + str(last) + '×':>7} {'med':>7} {'p95':>7} {'ratio':>6} {'×floor':>7}"
        )
        self.stdout.write("\n" + header + "\n" + "-" * len(header))
        for small, large in zip(report["runs"][first]["pages"], report["runs"][last]["pages"], strict=True):
            ratio = large["median_ms"] / small["median_ms"] if small["median_ms"] else 0
            self.stdout.write(
                f"{small['label'][:26]:<26} {small['role']:<15} {small['queries']:>6} {small['median_ms']:>7.2f} "
                f"{small['p95_ms']:>7.2f} {large['queries']:>7} {large['median_ms']:>7.2f} {large['p95_ms']:>7.2f} "
                f"{ratio:>6.2f} {large['median_ms'] / floor:>7.1f}"
            )
        self.stdout.write(f"{'framework floor (minimal view)':<42} {floor:>7.2f} ms")
        self.print_pdfs(report, scales)

    def print_pdfs(self, report, scales):
        """PDFs: full render (cache bypassed), WeasyPrint alone on the same HTML, cached download."""
        header = f"\n{'PDF':<34}" + "".join(f" {'med ' + str(s) + '×':>9} {'p95':>8}" for s in scales)
        self.stdout.write(header + "\n" + "-" * (len(header) - 1))
        rows = zip(*(report["runs"][s]["pdfs"] for s in scales), strict=True)
        for row in rows:
            cells = "".join(f" {pdf['median_ms']:>9.1f} {pdf['p95_ms']:>8.1f}" for pdf in row)
            self.stdout.write(f"{row[0]['label'][:34]:<34}{cells}")
