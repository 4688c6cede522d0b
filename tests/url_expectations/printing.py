"""Printing: the Drucksache PDF (as the paper page), strategy cards and the Strategiebericht."""

from . import everyone

EXPECTED = {
    "committees:paper_pdf": everyone(),
    # The non-public Kreisausschuss paper: its members and the council office only, 404 for the rest
    # (as its page); redaktion is no member.
    "committees:paper_pdf#nichtoeffentlich": {
        "anonym": 404,
        "strategie": 200,
        "redaktion": 404,
        "kreistag": 404,
        "kreisausschuss": 200,
    },
    "actionspaces:card_pdf": everyone(),
    # The Bildung card is unpublished in the demo: staff only, as the card page.
    "actionspaces:card_pdf#entwurf": {
        "anonym": 404,
        "strategie": 200,
        "redaktion": 200,
        "kreistag": 404,
        "kreisausschuss": 404,
    },
    "reports:index": everyone(),
    "reports:report_pdf": everyone(),
    "reports:report_pdf#vor-2024": everyone(404),
}


def _paper(reference):
    from committees.models import Paper

    return Paper.objects.get(reference=reference)


URL_KWARGS = {
    "committees:paper_pdf": lambda: {"pk": _paper("A.41 - 10.14.01/04").pk},
    "committees:paper_pdf#nichtoeffentlich": lambda: {"pk": _paper("A.41 - 11.02.03/01").pk},
    "actionspaces:card_pdf": lambda: {"slug": "natur"},
    "actionspaces:card_pdf#entwurf": lambda: {"slug": "bildung"},
    "reports:report_pdf": lambda: {"year": 2025},
    "reports:report_pdf#vor-2024": lambda: {"year": 2023},
}
