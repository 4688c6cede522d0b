"""Demo data of the committees app: the three committees of the seed Drucksache, the
legislative term, example members, the seed paper with its real text and Beratungsfolge,
and a few invented example papers (marked is_example) in various states.

Safe to run again: everything goes through `upsert`, numbers and events are given once."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import transaction

from helmstedt_strategy.demo import upsert

from .demo_data import MEMBERS, SEED_EXPLANATION, SEED_PROPOSAL, SEED_SUBJECT
from .models import (
    AgendaItem,
    Consultation,
    Implementation,
    ImplementationNote,
    LegislativeTerm,
    Location,
    Meeting,
    Membership,
    Organization,
    Paper,
    PaperEvent,
    Person,
    SignOff,
)
from .services import next_paper_number

__all__ = ["SEED_SUBJECT", "at", "load"]

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: date, hour: int = 17) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=BERLIN)


@transaction.atomic
def load():
    term = upsert(
        LegislativeTerm,
        {"name": "Wahlperiode 2021–2026"},
        {"start_date": date(2021, 11, 1), "end_date": date(2026, 10, 31)},
    )
    orgs = load_organizations(term)
    load_members(orgs)
    location = upsert(
        Location,
        {"description": "Kreishaus Helmstedt"},
        {
            "room": "Sitzungssaal",
            "street_address": "Südertor 6",
            "postal_code": "38350",
            "locality": "Helmstedt",
            "is_example": True,
        },
    )
    meetings = load_meetings(orgs, location)
    load_seed_paper(orgs, meetings)
    load_example_papers(orgs, meetings)


def load_organizations(term) -> dict[str, Organization]:
    rows = [
        ("KT", "Kreistag", Organization.Kind.KREISTAG, True, False),
        ("KA", "Kreisausschuss", Organization.Kind.KREISAUSSCHUSS, False, False),
        ("AWS", "Ausschuss für Wirtschaft und Strategie", Organization.Kind.AUSSCHUSS, True, False),
        ("A.41", "Assistenz, Strategie und Kommunikation", Organization.Kind.VERWALTUNG, True, False),
        ("A", "Referat A", Organization.Kind.VERWALTUNG, True, False),
        ("FD 20", "Finanzen", Organization.Kind.VERWALTUNG, True, True),
    ]
    orgs = {}
    for short, name, kind, public, example in rows:
        orgs[short] = upsert(
            Organization,
            {"name": name},
            {
                "short_name": short,
                "kind": kind,
                "meets_in_public": public,
                "legislative_term": term if kind != Organization.Kind.VERWALTUNG else None,
                "is_example": example,
            },
        )
    return orgs


def load_members(orgs):
    users = get_user_model().objects
    for username, given, family, faction, memberships in MEMBERS:
        user = users.filter(username=username).first() if username else None
        person = upsert(
            Person,
            {"given_name": given, "family_name": family},
            {"faction": faction, "user": user, "is_example": True},
        )
        for short, role in memberships:
            upsert(
                Membership,
                {"person": person, "organization": orgs[short]},
                {"role": role, "start_date": date(2021, 11, 1), "end_date": None, "is_example": True},
            )


def load_meetings(orgs, location) -> dict[str, Meeting]:
    held, planned, invited = Meeting.State.HELD, Meeting.State.PLANNED, Meeting.State.INVITED
    rows = [
        ("aws-2024", "AWS", date(2024, 8, 22), held, True, False),
        ("ka-2024", "KA", date(2024, 9, 6), held, False, False),
        ("kt-2024", "KT", date(2024, 9, 18), held, True, False),
        ("aws-2025", "AWS", date(2025, 2, 13), held, True, True),
        ("ka-2025", "KA", date(2025, 2, 28), held, False, True),
        ("kt-2025", "KT", date(2025, 3, 12), held, True, True),
        ("aws-next", "AWS", date(2026, 12, 3), planned, True, True),
        ("ka-next", "KA", date(2026, 12, 11), invited, False, True),
        ("kt-next", "KT", date(2026, 12, 17), planned, True, True),
    ]
    meetings = {}
    for key, short, day, state, public, example in rows:
        meetings[key] = upsert(
            Meeting,
            {"organization": orgs[short], "start": at(day)},
            {"end": at(day, 19), "location": location, "state": state, "is_public": public, "is_example": example},
        )
    return meetings


def _paper(lookup, values, *, number_year=None):
    paper = upsert(Paper, lookup, values)
    if number_year and paper.number is None:
        Paper.objects.filter(pk=paper.pk).update(year=number_year, number=next_paper_number(number_year))
        paper.refresh_from_db()
    return paper


def _consult(paper, order, org, meeting, role, public, result="", unanimous=False):
    consultation = upsert(
        Consultation,
        {"paper": paper, "order": order},
        {
            "organization": org,
            "meeting": meeting,
            "role": role,
            "is_public": public,
            "result": result,
            "is_unanimous": unanimous,
            "decided_at": meeting.start if result else None,
            "is_example": paper.is_example,
        },
    )
    if meeting is not None:
        existing = AgendaItem.objects.filter(consultation=consultation).first()
        if existing is None:
            taken = AgendaItem.objects.filter(meeting=meeting, is_public=public).count()
            AgendaItem.objects.create(
                meeting=meeting,
                is_public=public,
                number=taken + 1,
                name=paper.name,
                consultation=consultation,
                is_example=paper.is_example,
            )
    return consultation


def _events(paper, rows):
    """A short transition log for demo papers, written once."""
    if paper.events.exists():
        return
    for action, to_status, description, day in rows:
        event = PaperEvent.objects.create(paper=paper, action=action, to_status=to_status, description=description)
        PaperEvent.objects.filter(pk=event.pk).update(created_at=at(day, 10))


def load_seed_paper(orgs, meetings):
    from goals.models import StrategicGoal

    S = Paper.Status
    paper = _paper(
        {"name": SEED_SUBJECT},
        {
            "kind": Paper.Kind.RESOLUTION,
            "status": S.IN_EXECUTION,
            "reference": "A.41 - 10.14.01/04",
            "originator": orgs["A.41"],
            "prepared_by": orgs["A.41"],
            "date": date(2024, 8, 13),
            "resolution_proposal": SEED_PROPOSAL,
            "explanation": SEED_EXPLANATION,
            "un_crpd_check": Paper.UnCrpdCheck.NOT_APPLICABLE,
            "approval": Paper.Approval.DEPUTY,
        },
        number_year=2024,
    )
    goals = set(StrategicGoal.objects.filter(number__in=[1, 2, 3]))
    if set(paper.goals.all()) != goals:
        paper.goals.set(goals)
    upsert(SignOff, {"paper": paper, "unit": orgs["A"]}, {"signed_at": at(date(2024, 8, 13), 12)})
    R, C = Consultation.Result, Consultation.Role
    _consult(paper, 1, orgs["AWS"], meetings["aws-2024"], C.PRELIMINARY, True, R.ACCEPTED, True)
    _consult(paper, 2, orgs["KA"], meetings["ka-2024"], C.PRELIMINARY, False, R.ACCEPTED, True)
    _consult(paper, 3, orgs["KT"], meetings["kt-2024"], C.DECISION, True, R.ACCEPTED, True)
    upsert(
        Implementation,
        {"paper": paper},
        {
            "responsible_unit": orgs["A"],
            "due_date": date(2026, 12, 31),
            "status": Implementation.Status.IN_PROGRESS,
            "progress": 70,
            "is_example": True,
        },
    )
    _events(
        paper,
        [
            ("angelegt", S.DRAFT, "Entwurf angelegt", date(2024, 8, 8)),
            ("mitgezeichnet", "", "Mitgezeichnet: Referat A", date(2024, 8, 13)),
            ("freigabe", S.RELEASED, "Freigegeben (Sichtvermerk: Landrat, in Vertretung)", date(2024, 8, 13)),
            (
                "ergebnis",
                S.IN_CONSULTATION,
                "Ausschuss für Wirtschaft und Strategie: angenommen (einstimmig)",
                date(2024, 8, 22),
            ),
            ("ergebnis", "", "Kreisausschuss: angenommen (einstimmig)", date(2024, 9, 6)),
            ("ergebnis", S.DECIDED, "Kreistag: angenommen (einstimmig)", date(2024, 9, 18)),
            ("ausfuehrung", S.IN_EXECUTION, "Zur Beschlussausführung an Referat A", date(2024, 9, 19)),
        ],
    )


def load_example_papers(orgs, meetings):
    S, R, C = Paper.Status, Consultation.Result, Consultation.Role
    common = {"originator": orgs["A.41"], "prepared_by": orgs["A.41"], "is_example": True}

    # Decided in 2025, implementation overdue: shows up flagged in the Beschlusskontrolle.
    overdue = _paper(
        {"name": "Aufbau eines Netzwerks der Themenpatinnen und Themenpaten (Beispiel)"},
        common
        | {
            "status": S.IN_EXECUTION,
            "reference": "A.41 - 10.14.01/07",
            "date": date(2025, 1, 27),
            "resolution_proposal": "Für jeden der 6 Aktionsräume wird eine Themenpatenschaft eingerichtet.",
            "explanation": "Erfundener Beispielinhalt zur Veranschaulichung der Beschlusskontrolle.",
            "approval": Paper.Approval.HEAD,
        },
        number_year=2025,
    )
    _consult(overdue, 1, orgs["AWS"], meetings["aws-2025"], C.PRELIMINARY, True, R.ACCEPTED, True)
    _consult(overdue, 2, orgs["KT"], meetings["kt-2025"], C.DECISION, True, R.ACCEPTED, False)
    Consultation.objects.filter(paper=overdue, order=2, votes_yes__isnull=True).update(
        votes_yes=38, votes_no=4, votes_abstain=2
    )
    implementation = upsert(
        Implementation,
        {"paper": overdue},
        {
            "responsible_unit": orgs["A.41"],
            "due_date": date(2025, 6, 30),
            "status": Implementation.Status.IN_PROGRESS,
            "progress": 40,
            "is_example": True,
        },
    )
    if not implementation.notes.exists():
        ImplementationNote.objects.create(
            implementation=implementation, text="Vier von sechs Patenschaften sind besetzt (Beispiel).", progress=40
        )
    _events(overdue, [("ausfuehrung", S.IN_EXECUTION, "Zur Beschlussausführung an A.41", date(2025, 3, 13))])

    # Non-public Kreisausschuss item: only staff and Kreisausschuss members may see it.
    secret = _paper(
        {"name": "Vergabe eines Rahmenvertrags zur Moderation der Strategiewerkstätten (Beispiel)"},
        common
        | {
            "status": S.RELEASED,
            "reference": "A.41 - 11.02.03/01",
            "date": date(2026, 11, 2),
            "resolution_proposal": "Der Kreisausschuss stimmt der Vergabe an den wirtschaftlichsten Bieter zu.",
            "explanation": "Nicht öffentlich nach § 78 NKomVG (Vergabeangelegenheit). Erfundener Beispielinhalt.",
            "financial_effects": "48.000 Euro aus dem Teilhaushalt A.41 (Beispiel).",
            "approval": Paper.Approval.HEAD,
        },
        number_year=2026,
    )
    _consult(secret, 1, orgs["KA"], meetings["ka-next"], C.DECISION, False)
    _events(secret, [("freigabe", S.RELEASED, "Freigegeben (Sichtvermerk: Landrat)", date(2026, 11, 3))])

    # Currently in Mitzeichnung: Finanzen has signed, Referat A has not yet.
    signoff = _paper(
        {"name": "Einführung eines Berichtswesens mit Kennzahlen für die Wesentlichen Produkte (Beispiel)"},
        common
        | {
            "status": S.SIGNOFF,
            "reference": "A.41 - 10.14.01/09",
            "date": date(2026, 11, 16),
            "resolution_proposal": "Das Berichtswesen zu den W-Produkten wird ab 2027 halbjährlich erstattet.",
            "explanation": "Erfundener Beispielinhalt: Kennzahlen je W-Produkt mit Plan- und Ist-Werten.",
            "un_crpd_check": Paper.UnCrpdCheck.YES,
        },
    )
    upsert(
        SignOff,
        {"paper": signoff, "unit": orgs["FD 20"]},
        {"signed_at": at(date(2026, 11, 18), 10), "is_example": True},
    )
    upsert(SignOff, {"paper": signoff, "unit": orgs["A"]}, {"is_example": True})
    _consult(signoff, 1, orgs["AWS"], None, C.PRELIMINARY, True)
    _consult(signoff, 2, orgs["KA"], None, C.PRELIMINARY, False)
    _consult(signoff, 3, orgs["KT"], None, C.DECISION, True)
    _events(signoff, [("mitzeichnung", S.SIGNOFF, "In die Mitzeichnung gegeben", date(2026, 11, 16))])

    # A public paper on the next AWS agenda, and a draft only staff see.
    upcoming = _paper(
        {"name": "Sachstand der Strategiekarten für die 6 Aktionsräume (Beispiel)"},
        common
        | {
            "kind": Paper.Kind.NOTICE,
            "status": S.RELEASED,
            "reference": "A.41 - 10.14.01/08",
            "date": date(2026, 11, 9),
            "explanation": "Erfundener Beispielinhalt: Die Strategiekarten sind für 4 von 6 Aktionsräumen fertig.",
            "approval": Paper.Approval.DEPUTY,
        },
        number_year=2026,
    )
    _consult(upcoming, 1, orgs["AWS"], meetings["aws-next"], C.NOTICE, True)
    _paper(
        {"name": "Fortschreibung des Kreisentwicklungskonzepts 2027 (Beispiel, Entwurf)"},
        common
        | {
            "status": S.DRAFT,
            "reference": "A.41 - 10.14.01/10",
            "date": date(2026, 11, 20),
            "resolution_proposal": "Entwurf.",
        },
    )
