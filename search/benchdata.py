"""Data at scale for the search benchmark: 2,000 released papers per scale (20,000 at 10×)."""

from datetime import date

from committees.models import Organization, Paper

WORDS = ["Radweg", "Kreisstraße", "Schule", "Breitband", "Pflege", "Klimaschutz", "Haushalt", "Tourismus"]


def generate(scale: int, *, user=None) -> dict:
    unit = Organization.objects.filter(kind=Organization.Kind.VERWALTUNG).first()
    if unit is None:
        return {"papers": 0}
    count = 2000 * scale
    Paper.objects.bulk_create(
        Paper(
            kind=Paper.Kind.NOTICE,
            status=Paper.Status.RELEASED,
            originator=unit,
            prepared_by=unit,
            date=date(2020 + i % 6, 1 + i % 12, 1 + i % 28),
            name=f"{WORDS[i % len(WORDS)]}: Sachstandsbericht {i}",
            resolution_proposal=f"Der Ausschuss nimmt den Bericht zu {WORDS[(i + 3) % len(WORDS)]} zur Kenntnis.",
            explanation=f"Die Verwaltung berichtet über {WORDS[(i + 5) % len(WORDS)]} und die Einwohnerzahlen.",
        )
        for i in range(count)
    )
    return {"papers": count}
