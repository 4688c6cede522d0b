"""Demo data of the products app.

Real: the population of the district on 31 Dec (helmstedt-facts.md, with data
basis and source per value; unknown years stay empty) and the grade 3,6 of the
2023 citizen survey. Invented and marked `is_example=True`: the W-Produkte,
their goals, KPIs, targets, values and budgets.
"""

from datetime import UTC, date, datetime
from decimal import Decimal

from helmstedt_strategy.demo import upsert

from .demo_data import POPULATION, PRODUCTS, YEARS, H, L
from .models import KPI, KPIValue, Product, ProductBudget, ProductGoal, ReportingPeriod
from .models.kpi import PeriodKind
from .status import Status


def _period(year: int) -> ReportingPeriod:
    return upsert(ReportingPeriod, {"key": str(year)}, {"kind": PeriodKind.YEAR, "start": date(year, 1, 1)})


def _planned(start, target, year: int, decimals: int) -> Decimal:
    """The planned value of a year: a straight path from the 2019 level to the target in 2025."""
    share = Decimal(year - YEARS[0]) / Decimal(YEARS[-1] - YEARS[0])
    planned = Decimal(str(start)) + (Decimal(str(target)) - Decimal(str(start))) * share
    return round(planned, decimals)


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
            start = next(v for v in values if v is not None)
            for year, actual in zip(YEARS, values, strict=True):
                if actual is not None:
                    _value(
                        kpi,
                        year,
                        actual,
                        target=_planned(start, target, year, decimals),
                        basis="Jahresstatistik (Beispiel)",
                        source="Fachverfahren (Beispiel)",
                    )
    load_goal_indicators(goals)
    lock_past_periods()


LOCKED_UNTIL = 2023  # the demo's approved past: these periods are final
LOCKED_AT = datetime(2024, 6, 28, 10, 0, tzinfo=UTC)


def lock_past_periods():
    from django.contrib.auth.models import User

    strategie = User.objects.filter(username="strategie").first()
    for period in ReportingPeriod.objects.filter(kind=PeriodKind.YEAR, start__year__lte=LOCKED_UNTIL):
        upsert(
            ReportingPeriod,
            {"pk": period.pk},
            {"is_locked": True, "locked_by": strategie, "locked_at": LOCKED_AT},
        )


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
