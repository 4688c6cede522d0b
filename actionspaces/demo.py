"""Demo data of the actionspaces app: the eight member municipalities (public facts,
population on 31.12.2020 where the source gives it)."""

from datetime import date

from helmstedt_strategy.demo import upsert

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
