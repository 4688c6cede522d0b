"""Demo data of the actionspaces app: the eight member municipalities (public facts,
population on 31.12.2020 where the source gives it)."""

from datetime import date

from helmstedt_strategy.demo import upsert

from .models import ActionSpace, Municipality

POPULATION_DATE = date(2020, 12, 31)

MUNICIPALITIES = [
    ("Stadt Helmstedt", Municipality.Kind.STADT, True, 25544),
    ("Stadt Königslutter am Elm", Municipality.Kind.STADT, False, 15790),
    ("Gemeinde Lehre", Municipality.Kind.GEMEINDE, False, 12078),
    ("Stadt Schöningen", Municipality.Kind.STADT, False, 11214),
    ("Samtgemeinde Grasleben", Municipality.Kind.SAMTGEMEINDE, False, None),
    ("Samtgemeinde Heeseberg", Municipality.Kind.SAMTGEMEINDE, False, None),
    ("Samtgemeinde Nord-Elm", Municipality.Kind.SAMTGEMEINDE, False, None),
    ("Samtgemeinde Velpke", Municipality.Kind.SAMTGEMEINDE, False, None),
]


def load():
    for name, kind, seat, population in MUNICIPALITIES:
        upsert(
            Municipality,
            {"name": name},
            {
                "kind": kind,
                "is_district_seat": seat,
                "population": population,
                "population_date": POPULATION_DATE if population else None,
            },
        )
    load_action_spaces()


# The six Aktionsräume of the public reporting (2024). Names are real; the short
# descriptions are invented for illustration and marked as examples.
ACTION_SPACES = [
    ("Natur", "natur", "#1d5a3a", "Landschaft, Elm und Lappwald, Klima- und Naturschutz als Stärke des Landkreises."),
    ("Wirtschaft", "wirtschaft", "#1f4e79", "Arbeitsplätze, Fachkräfte, Strukturwandel im Revier und Tourismus."),
    ("Bildung", "bildung", "#6a3d9a", "Schulen, Ausbildung und lebenslanges Lernen in allen Kommunen."),
    ("Gesellschaft & Kultur", "gesellschaft-kultur", "#8a3b12", "Ehrenamt, Kultur, Sicherheit und Zusammenhalt."),
    ("Gesundheit", "gesundheit", "#a4123f", "Ärztliche Versorgung, Pflege und Sport für alle Generationen."),
    ("Lebensraum", "lebensraum", "#5b5b00", "Wohnen, Mobilität und ÖPNV, Digitalisierung im ländlichen Raum."),
]


def load_action_spaces():
    from goals.models import StrategicGoal

    goals = {g.number: g for g in StrategicGoal.objects.all()}
    for order, (name, slug, colour, description) in enumerate(ACTION_SPACES, start=1):
        space = upsert(
            ActionSpace,
            {"slug": slug},
            {"name": name, "order": order, "colour": colour, "short_description": description, "is_example": True},
        )
        # All six pay into goal 2, and goal 1 drives them forward.
        wanted = {goals[n] for n in (1, 2) if n in goals}
        if set(space.goals.all()) != wanted:
            space.goals.set(wanted)
