"""Data at scale for `make bench`: 10× is ten years of a district, about 20,000 papers.

Bulk-created (no history rows: the benchmark measures reading), spread over ten
years of meetings of the three committees, with a share of non-public
Kreisausschuss items so visibility filtering is measured as it runs in life.
"""

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .models import AgendaItem, Consultation, Meeting, Organization, Paper, PaperNumberCounter

PAPERS_PER_SCALE = 2000
BERLIN = ZoneInfo("Europe/Berlin")


def generate(scale: int, *, user=None) -> dict:
    if scale <= 1:
        return {"papers": Paper.objects.count()}
    rng = random.Random(scale)
    committees = {o.short_name: o for o in Organization.objects.filter(short_name__in=["AWS", "KA", "KT"])}
    units = list(Organization.objects.filter(kind=Organization.Kind.VERWALTUNG)) or list(committees.values())
    total = PAPERS_PER_SCALE * scale
    years = list(range(2015, 2025))
    per_year = total // len(years)

    meetings = []
    for year in years:
        for month in range(1, 13):
            for short, day, public in (("AWS", 5, True), ("KA", 12, False), ("KT", 20, True)):
                start = datetime.combine(date(year, month, day), time(16, 0), tzinfo=BERLIN)
                meetings.append(
                    Meeting(
                        organization=committees[short],
                        start=start,
                        end=start + timedelta(hours=3),
                        state=Meeting.State.HELD,
                        is_public=public,
                        is_example=True,
                    )
                )
    Meeting.objects.bulk_create(meetings, batch_size=500)
    meetings_by = {}
    for meeting in Meeting.objects.filter(start__year__in=years, is_example=True).select_related("organization"):
        meetings_by.setdefault((meeting.start.year, meeting.start.month, meeting.organization.short_name), meeting)

    first_number = {
        y: (PaperNumberCounter.objects.filter(year=y).values_list("last_number", flat=True).first() or 0) for y in years
    }
    papers = []
    for year in years:
        for i in range(per_year):
            papers.append(
                Paper(
                    kind=rng.choice(list(Paper.Kind)),
                    status=rng.choice([Paper.Status.DECIDED, Paper.Status.DONE, Paper.Status.IN_CONSULTATION]),
                    number=first_number[year] + i + 1,
                    year=year,
                    reference=f"B.{rng.randint(10, 99)} - {rng.randint(1, 40)}.{rng.randint(1, 20)}/{year % 100:02d}",
                    originator=rng.choice(units),
                    prepared_by=rng.choice(units),
                    date=date(year, 1, 1) + timedelta(days=rng.randint(0, 360)),
                    name=f"Beispielvorlage {i + 1}/{year}: {rng.choice(TOPICS)}",
                    resolution_proposal=rng.choice(TOPICS) + " wird wie in der Sachdarstellung beschrieben umgesetzt.",
                    explanation=" ".join(rng.choice(TOPICS) for _ in range(8)),
                    is_example=True,
                )
            )
    Paper.objects.bulk_create(papers, batch_size=1000)
    for year in years:
        PaperNumberCounter.objects.update_or_create(year=year, defaults={"last_number": first_number[year] + per_year})

    consultations, agenda = [], []
    for paper in Paper.objects.filter(year__in=years, is_example=True, name__startswith="Beispielvorlage").only(
        "pk", "date", "year"
    ):
        month = paper.date.month
        sequence = [("AWS", True), ("KT", True)] if rng.random() < 0.8 else [("KA", False)]
        for order, (short, public) in enumerate(sequence, start=1):
            meeting = meetings_by.get((paper.year, month, short))
            consultations.append(
                Consultation(
                    paper=paper,
                    order=order,
                    organization=committees[short],
                    meeting=meeting,
                    role=Consultation.Role.DECISION if order == len(sequence) else Consultation.Role.PRELIMINARY,
                    is_public=public,
                    result=Consultation.Result.ACCEPTED,
                    is_unanimous=True,
                    is_example=True,
                )
            )
    Consultation.objects.bulk_create(consultations, batch_size=2000)
    numbers: dict[tuple[int, bool], int] = {}
    for consultation in (
        Consultation.objects.filter(is_example=True, agenda_item__isnull=True, meeting__isnull=False)
        .select_related("paper")
        .only("pk", "meeting_id", "is_public", "paper__name")
    ):
        key = (consultation.meeting_id, consultation.is_public)
        numbers[key] = numbers.get(key, 0) + 1
        agenda.append(
            AgendaItem(
                meeting_id=consultation.meeting_id,
                is_public=consultation.is_public,
                number=numbers[key],
                name=consultation.paper.name[:500],
                consultation=consultation,
                is_example=True,
            )
        )
    AgendaItem.objects.bulk_create(agenda, batch_size=2000)
    return {
        "papers": Paper.objects.count(),
        "meetings": Meeting.objects.count(),
        "consultations": Consultation.objects.count(),
    }


TOPICS = [
    "Ausbau des ÖPNV im ländlichen Raum",
    "Sicherung der hausärztlichen Versorgung",
    "Fachkräftegewinnung für die Kreisverwaltung",
    "Sanierung der Kreisstraßen",
    "Digitalisierung der Schulen",
    "Kinder- und Jugendhilfe: Kostenentwicklung",
    "Breitbandausbau in den Samtgemeinden",
    "Klimaschutzkonzept des Landkreises",
    "Tourismusförderung am Elm",
    "Haushaltssatzung und Haushaltsplan",
    "Umsetzung der Strategie 2035 im Fachbereich",
]
