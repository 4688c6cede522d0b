"""Demo data of the products app.

Real: the population of the district on 31 Dec (helmstedt-facts.md, with data
basis and source per value; unknown years stay empty) and the grade 3,6 of the
2023 citizen survey. Invented and marked `is_example=True`: the W-Produkte,
their goals, KPIs, targets, values and budgets.
"""

from datetime import date
from decimal import Decimal

from helmstedt_strategy.demo import upsert

from .models import KPI, KPIValue, Product, ProductBudget, ProductGoal, ReportingPeriod
from .models.kpi import PeriodKind
from .models.product import WorkshopTopic
from .status import Polarity, Status

YEARS = list(range(2019, 2026))
H, L = Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER

# (number, name, unit, topic, goals, action space slugs, importance, redaktion responsible,
#  [(code, name, unit, kind, polarity, target, tolerance, decimals, values 2019–2025)])
PRODUCTS = [
    (
        "111",
        "Verwaltungssteuerung und -service",
        "Fachdienst Zentrale Dienste",
        WorkshopTopic.SAFETY,
        [3],
        [],
        Product.Importance.BOTH,
        False,
        [
            (
                "111-01",
                "Anteil online verfügbarer Verwaltungsleistungen",
                "%",
                KPI.Kind.OUTPUT,
                H,
                80,
                10,
                0,
                [22, 31, 38, 46, 55, 61, 68],
            ),
            (
                "111-02",
                "Durchschnittliche Bearbeitungsdauer von Anträgen",
                "Tage",
                KPI.Kind.OUTPUT,
                L,
                14,
                10,
                1,
                [21.5, 20.8, 19.2, 18.4, 16.9, 15.1, 14.6],
            ),
        ],
    ),
    (
        "122",
        "Ordnungsangelegenheiten",
        "Fachdienst Ordnung",
        WorkshopTopic.SAFETY,
        [3],
        ["gesellschaft-kultur"],
        Product.Importance.POLITICAL,
        False,
        [
            (
                "122-01",
                "Bearbeitete Ordnungswidrigkeitenverfahren",
                "Verfahren",
                KPI.Kind.OUTPUT,
                H,
                9000,
                5,
                0,
                [8420, 8610, 8890, 9120, 9210, 9050, 9340],
            ),
            (
                "122-02",
                "Wartezeit Kfz-Zulassung",
                "Minuten",
                KPI.Kind.EFFECT,
                L,
                20,
                10,
                0,
                [35, 41, 33, 28, 26, 24, 22],
            ),
        ],
    ),
    (
        "241",
        "Schülerbeförderung",
        "Fachdienst Schulen",
        WorkshopTopic.SCHOOL,
        [2],
        ["bildung", "lebensraum"],
        Product.Importance.FINANCIAL,
        False,
        [
            (
                "241-01",
                "Beförderte Schülerinnen und Schüler",
                "Personen",
                KPI.Kind.OUTPUT,
                H,
                6500,
                5,
                0,
                [6710, 6650, 6580, 6540, 6490, 6430, 6380],
            ),
            (
                "241-02",
                "Kosten je beförderter Person",
                "Euro",
                KPI.Kind.INPUT,
                L,
                950,
                5,
                0,
                [812, 845, 880, 915, 948, 991, 1032],
            ),
        ],
    ),
    (
        "311",
        "Grundversorgung und Hilfen nach dem SGB XII",
        "Fachdienst Soziales",
        WorkshopTopic.SOCIAL,
        [2, 3],
        ["gesellschaft-kultur"],
        Product.Importance.FINANCIAL,
        True,
        [
            (
                "311-01",
                "Leistungsberechtigte Grundsicherung im Alter",
                "Personen",
                KPI.Kind.INPUT,
                L,
                1250,
                5,
                0,
                [1105, 1122, 1160, 1198, 1231, 1262, None],
            ),
            (
                "311-02",
                "Durchschnittliche Bearbeitungsdauer Erstanträge",
                "Tage",
                KPI.Kind.OUTPUT,
                L,
                30,
                10,
                0,
                [41, 44, 39, 36, 33, 31, 29],
            ),
            (
                "311-03",
                "Anteil ambulanter Hilfe zur Pflege",
                "%",
                KPI.Kind.EFFECT,
                H,
                60,
                5,
                1,
                [52.4, 53.1, 54.0, 55.8, 56.9, 58.2, 59.1],
            ),
        ],
    ),
    (
        "363",
        "Kinder- und Jugendhilfe",
        "Fachdienst Jugend",
        WorkshopTopic.SOCIAL,
        [2],
        ["bildung", "gesellschaft-kultur"],
        Product.Importance.BOTH,
        True,
        [
            (
                "363-01",
                "Betreuungsquote unter Dreijähriger",
                "%",
                KPI.Kind.OUTCOME,
                H,
                45,
                5,
                1,
                [34.2, 35.8, 37.1, 39.5, 41.0, 42.6, 43.9],
            ),
            (
                "363-02",
                "Hilfen zur Erziehung je 1.000 Minderjährige",
                "Fälle",
                KPI.Kind.IMPACT,
                L,
                28,
                5,
                1,
                [31.2, 30.5, 32.8, 33.4, 32.1, 30.9, 31.6],
            ),
        ],
    ),
    (
        "414",
        "Maßnahmen der Gesundheitspflege",
        "Fachdienst Gesundheit",
        WorkshopTopic.HEALTH,
        [2],
        ["gesundheit"],
        Product.Importance.POLITICAL,
        False,
        [
            (
                "414-01",
                "Hausärztinnen und Hausärzte je 10.000 Einwohner/innen",
                "Ärzte",
                KPI.Kind.OUTCOME,
                H,
                6.5,
                5,
                1,
                [6.4, 6.3, 6.1, 6.0, 5.9, 5.8, 5.9],
            ),
            (
                "414-02",
                "Teilnahme an Schuleingangsuntersuchungen",
                "%",
                KPI.Kind.OUTPUT,
                H,
                98,
                2,
                1,
                [98.6, 91.2, 95.4, 97.8, 98.4, 98.9, 99.1],
            ),
        ],
    ),
    (
        "547",
        "Öffentlicher Personennahverkehr",
        "Fachdienst Kreisentwicklung",
        WorkshopTopic.ENVIRONMENT,
        [2],
        ["lebensraum", "wirtschaft"],
        Product.Importance.BOTH,
        False,
        [
            (
                "547-01",
                "Fahrgäste im Busverkehr",
                "Mio. Fahrten",
                KPI.Kind.OUTPUT,
                H,
                3.2,
                5,
                2,
                [3.05, 2.21, 2.48, 2.79, 3.01, 3.12, 3.18],
            ),
            (
                "547-02",
                "Anteil Einwohner/innen mit Stundentakt",
                "%",
                KPI.Kind.OUTCOME,
                H,
                85,
                5,
                0,
                [68, 69, 71, 74, 77, 79, 80],
            ),
        ],
    ),
    (
        "554",
        "Naturschutz und Landschaftspflege",
        "Fachdienst Umwelt",
        WorkshopTopic.ENVIRONMENT,
        [1],
        ["natur"],
        Product.Importance.POLITICAL,
        False,
        [
            (
                "554-01",
                "Fläche unter Vertragsnaturschutz",
                "Hektar",
                KPI.Kind.OUTPUT,
                H,
                1200,
                5,
                0,
                [940, 985, 1030, 1080, 1125, 1170, 1215],
            ),
            (
                "554-02",
                "Bearbeitungsdauer naturschutzrechtlicher Genehmigungen",
                "Wochen",
                KPI.Kind.OUTPUT,
                L,
                8,
                10,
                1,
                [10.5, 11.2, 10.1, 9.4, 8.8, 8.5, 8.1],
            ),
        ],
    ),
    (
        "571",
        "Wirtschaftsförderung",
        "Stabsstelle Wirtschaftsförderung",
        WorkshopTopic.ECONOMY,
        [1, 2],
        ["wirtschaft"],
        Product.Importance.BOTH,
        True,
        [
            (
                "571-01",
                "Sozialversicherungspflichtig Beschäftigte am Arbeitsort",
                "Personen",
                KPI.Kind.IMPACT,
                H,
                26000,
                3,
                0,
                [25310, 24980, 25120, 25440, 25610, 25720, 25690],
            ),
            (
                "571-02",
                "Unternehmensberatungen und Gründungsgespräche",
                "Gespräche",
                KPI.Kind.OUTPUT,
                H,
                180,
                10,
                0,
                [142, 118, 131, 156, 171, 188, 194],
            ),
        ],
    ),
    (
        "575",
        "Tourismus",
        "Stabsstelle Wirtschaftsförderung",
        WorkshopTopic.ECONOMY,
        [1],
        ["wirtschaft", "natur"],
        Product.Importance.POLITICAL,
        False,
        [
            (
                "575-01",
                "Gästeübernachtungen",
                "Übernachtungen",
                KPI.Kind.OUTCOME,
                H,
                260000,
                5,
                0,
                [238400, 141200, 168900, 221700, 243100, 251800, 257300],
            ),
            (
                "575-02",
                "Anteil zufriedener Gäste (Befragung)",
                "%",
                KPI.Kind.EFFECT,
                H,
                85,
                5,
                0,
                [None, None, 78, None, 81, None, 84],
            ),
        ],
    ),
]

# Real, from helmstedt-facts.md: (year, residents, data basis, source).
POPULATION = [
    (2004, 98470, "Fortschreibung", "LSN, Kreisbeschreibung Landkreis Helmstedt"),
    (2005, 97749, "Fortschreibung", "Wikipedia, Stand 2007"),
    (2009, 93903, "Fortschreibung", "helmstedt-wiki"),
    (2018, 91307, "Fortschreibung, Basis Zensus 2011", "RKI-Datensatz (Regionalstatistik 12411-01-01-4)"),
    (2019, 91297, "Fortschreibung, Basis Zensus 2011", "Regionalstatistik 12411-01-01-4"),
    (2020, 91518, "Fortschreibung, Basis Zensus 2011", "Regionalstatistik 12411-01-01-4"),
    (2022, 92470, "Fortschreibung, Basis Zensus 2011", "Regionalstatistik 12411-01-01-4"),
    (2023, 92123, "vermutlich Basis Zensus 2022", "LSN-Online A100001G"),
]


def _period(year: int) -> ReportingPeriod:
    return upsert(ReportingPeriod, {"key": str(year)}, {"kind": PeriodKind.YEAR, "start": date(year, 1, 1)})


def _value(kpi, year, actual, *, target=None, basis="", source="", series_break=False, comment="", example=True):
    value = KPIValue(kpi=kpi, actual_value=actual, target_value=target)
    if not comment and value.status == Status.OFF_TRACK:
        comment = "Beispiel: Abweichung wird im Fachdienst analysiert."
    return upsert(
        KPIValue,
        {"kpi": kpi, "period": _period(year)},
        {
            "actual_value": None if actual is None else Decimal(str(actual)),
            "target_value": target,
            "data_basis": basis,
            "source": source,
            "series_break": series_break,
            "comment": comment,
            "approved": year < 2025,
            "is_example": example,
        },
    )


def load():
    from django.contrib.auth.models import User

    from goals.models import StrategicGoal

    goals = {g.number: g for g in StrategicGoal.objects.all()}
    redaktion = User.objects.filter(username="redaktion").first()
    from actionspaces.models import ActionSpace

    spaces = {s.slug: s for s in ActionSpace.objects.all()}
    for number, name, unit, topic, goal_numbers, space_slugs, importance, responsible, kpis in PRODUCTS:
        product = upsert(
            Product,
            {"number": number},
            {
                "name": name,
                "unit": unit,
                "budget_area": f"Teilhaushalt {number[0]}",
                "responsible_person": "Fachdienstleitung (Beispiel)",
                "workshop_topic": topic,
                "importance": importance,
                "importance_reason": "Beispiel: hoher Zuschussbedarf und Bedeutung für die Strategischen Ziele.",
                "services": f"Beispiel: Leistungen des Produkts {number} {name}.",
                "is_published": True,
                "is_example": True,
            },
        )
        product.goals.set([goals[n] for n in goal_numbers if n in goals])
        product.action_spaces.set([spaces[s] for s in space_slugs if s in spaces])
        if responsible and redaktion:
            product.responsible_users.add(redaktion)
        product_goal = upsert(
            ProductGoal,
            {"product": product, "order": 1},
            {"title": f"Beispiel-Produktziel: {name} wirksam und wirtschaftlich steuern", "is_example": True},
        )
        for year, factor in ((2024, 1), (2025, 1.03)):
            upsert(
                ProductBudget,
                {"product": product, "year": year},
                {
                    "planned_income": Decimal(int(int(number) * 4100 * factor)),
                    "actual_income": Decimal(int(int(number) * 3980 * factor)) if year == 2024 else None,
                    "planned_expenses": Decimal(int(int(number) * 9800 * factor)),
                    "actual_expenses": Decimal(int(int(number) * 10120 * factor)) if year == 2024 else None,
                    "is_example": True,
                },
            )
        for code, kpi_name, kpi_unit, kind, polarity, target, tolerance, decimals, values in kpis:
            kpi = upsert(
                KPI,
                {"code": code},
                {
                    "name": kpi_name,
                    "unit": kpi_unit,
                    "kind": kind,
                    "polarity": polarity,
                    "target_value": Decimal(str(target)),
                    "tolerance_percent": Decimal(tolerance),
                    "decimals": decimals,
                    "definition": f"Beispielkennzahl des Produkts {number}.",
                    "data_source": "Fachverfahren des Fachdienstes (Beispiel)",
                    "responsible_person": "Sachbearbeitung Controlling (Beispiel)",
                    "product": product,
                    "product_goal": product_goal,
                    "is_example": True,
                },
            )
            for year, actual in zip(YEARS, values, strict=True):
                if actual is not None:
                    _value(kpi, year, actual, basis="Jahresstatistik (Beispiel)", source="Fachverfahren (Beispiel)")
    load_goal_indicators(goals)


def load_goal_indicators(goals):
    population = upsert(
        KPI,
        {"code": "EW-3112"},
        {
            "name": "Einwohnerzahl am 31.12.",
            "definition": "Einwohnerinnen und Einwohner des Landkreises Helmstedt (AGS 03154) am 31. Dezember.",
            "unit": "Einwohner/innen",
            "kind": KPI.Kind.IMPACT,
            "polarity": H,
            "target_value": Decimal(90000),
            "tolerance_percent": Decimal(2),
            "decimals": 0,
            "data_source": "Regionalstatistik Tabelle 12411-01-01-4; LSN-Online Tabelle A100001G",
            "responsible_person": "Referat A.41",
            "strategic_goal": goals.get(2),
            "is_example": False,
        },
    )
    for year, residents, basis, source in POPULATION:
        _value(population, year, residents, basis=basis, source=source, series_break=year == 2023, example=False)
    satisfaction = upsert(
        KPI,
        {"code": "ZUF-NOTE"},
        {
            "name": "Zufriedenheit der Bürgerschaft (Durchschnittsnote)",
            "definition": "Mittlere Schulnote (1 bestens, 6 schlechtestens), die die Bürgerschaft dem Landkreis "
            "in der Bürgerbefragung gibt. Der Zielwert 3,0 ist ein Beispiel.",
            "unit": "Note",
            "kind": KPI.Kind.OUTCOME,
            "polarity": L,
            "target_value": Decimal("3.0"),
            "tolerance_percent": Decimal(10),
            "decimals": 1,
            "data_source": "Bürgerbefragung zum Kreisentwicklungskonzept",
            "responsible_person": "Referat A.41",
            "strategic_goal": goals.get(3),
            "is_example": True,
        },
    )
    _value(
        satisfaction,
        2023,
        Decimal("3.6"),
        basis="Bürgerbefragung 2.5.–15.7.2023, 5.867 Fragebögen",
        source="Kreisentwicklungskonzept Landkreis Helmstedt",
        comment="Ausgangswert der Bürgerbefragung 2023; das Ziel ist eine bessere Note.",
        example=False,
    )
