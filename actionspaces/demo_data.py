"""The demo's data for the actionspaces app: the eight member municipalities (public facts,
population on 31.12.2020 where the source gives it), the six Aktionsräume and workshop groups
(real names). The invented strategy cards are in demo_cards.py."""

from datetime import date

from .models import Municipality

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

# The six workshop groups of the first half of 2024 (real names).
WORKSHOP_GROUPS = [
    "Sicherheit und Ordnung",
    "Schule und Kultur",
    "Soziales und Jugend",
    "Gesundheit und Sport",
    "Wirtschaft und Tourismus",
    "Gestaltung der Umwelt",
]
