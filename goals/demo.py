"""Demo data of the goals app: the district, the vision and the three goals verbatim
as decided by the Kreistag on 18.09.2024 (Drucksache of 13.08.2024)."""

from datetime import date

from helmstedt_strategy.demo import upsert

from .models import District, StrategicGoal, Vision

DECIDED_ON = date(2024, 9, 18)

VISION_STATEMENT = (
    "Für die zukünftige strategische Ausrichtung des Landkreises Helmstedt werden die folgenden "
    "langfristigen Ziele definiert, die bis 2035 erreicht werden sollen. Für die Haushaltsplanungen "
    "ab 2026 werden die nachstehenden Strategischen Ziele festgesetzt."
)

# Title and sub-points verbatim from the Beschlussvorschlag; the descriptions quote
# the Sachdarstellung of the same Drucksache and the public survey facts.
GOALS = [
    (
        1,
        "Der Landkreis treibt die 6 Aktionsräume voran und setzt Impulse!",
        [
            "Strategierat: AWS und Themenpaten",
            "Ratgeber für die kreisangehörigen Kommunen",
            "Unterstützer für die Umsetzung der Ideen",
        ],
        "Im Ergebnis der Potentialanalyse wurden 6 Aktionsräume erstellt: Natur, Wirtschaft, Bildung, "
        "Gesellschaft & Kultur, Gesundheit und Lebensraum. Zu jedem Aktionsraum wird eine Strategiekarte "
        "erstellt. Die Karten enthalten neben einer Definition mögliche Ideen und Maßnahmen, um die "
        "Aktionsräume voranzutreiben, basierend auf den Erkenntnissen aus den Potentialanalyse-Workshops.",
    ),
    (
        2,
        "Die Anzahl der Einwohner/innen bei über 90.000 halten!",
        [
            "Die 6 Aktionsräume zahlen alle auf dieses Ziel ein",
            "Im Wettbewerb um Menschen bestehen",
            "Über steuerungsrelevante Ziele der W-Produkte wird operationalisiert",
        ],
        "Gemessen wird die Einwohnerzahl des Landkreises am 31. Dezember eines Jahres. Für bestimmte "
        "kommunale Leistungen wird ein steuerungsrelevantes Controlling festgelegt; dies geschieht über die "
        "Wahl der Wesentlichen Produkte, die von finanzieller oder kommunalpolitischer Bedeutung sind.",
    ),
    (
        3,
        "Der Landkreis versteht sich als moderner Dienstleister!",
        [
            "Stabilisierung der finanziellen Lage",
            "Steigerung der Zufriedenheit in der Bürgerschaft",
            "Optimaler Partner für die kreisangehörigen Kommunen",
        ],
        "In der Bürgerbefragung 2023 mit 5.867 Fragebögen gaben die Teilnehmenden dem Landkreis im Mittel "
        "die Schulnote 3,6. Berichtswesen und Kennzahlen wurden im ersten Halbjahr 2025 erarbeitet.",
    ),
]


def load():
    upsert(
        District,
        {"kreisschluessel": "03154"},
        {
            "name": "Landkreis Helmstedt",
            "short_name": "Helmstedt",
            "address": "Südertor 6\n38350 Helmstedt",
            "head_title": "DER LANDRAT",
            "website": "https://www.landkreis-helmstedt.de/",
        },
    )
    vision = upsert(
        Vision,
        {"horizon_year": 2035},
        {
            "title": "Strategische Ausrichtung des Landkreises Helmstedt 2035",
            "binding_from_year": 2026,
            "statement": VISION_STATEMENT,
            "decided_by": "Kreistag",
            "decided_on": DECIDED_ON,
            "is_published": True,
        },
    )
    for number, title, sub_points, description in GOALS:
        upsert(
            StrategicGoal,
            {"vision": vision, "number": number},
            {
                "title": title,
                "sub_points": "\n".join(sub_points),
                "description": description,
                "decided_by": "Kreistag",
                "decided_on": DECIDED_ON,
                "is_published": True,
            },
        )
