"""The privacy matrix: non-public meetings, agenda items and consultations reach only the council
office (`strategie`) and members of the committee concerned; papers in draft only the council office
and the units that issued them or must co-sign them; in every page, list, search, count, feed and
download. `kreistag` sits in AWS and Kreistag, `kreisausschuss` also in the Kreisausschuss;
`redaktion` works in Referat A, which must co-sign the paper in Mitzeichnung (not the Entwurf)."""

import re
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from committees.models import AgendaItem, File, Meeting, Person

pytestmark = pytest.mark.django_db

ROLES = [None, "kreistag", "kreisausschuss", "redaktion", "strategie"]
SEES_KA = {None: False, "kreistag": False, "kreisausschuss": True, "redaktion": False, "strategie": True}
COUNCIL_OFFICE = {None: False, "kreistag": False, "kreisausschuss": False, "redaktion": False, "strategie": True}
# Who sees which draft: the Entwurf of A.41, and the paper in Mitzeichnung that Referat A co-signs.
SEES_DRAFT = COUNCIL_OFFICE
SEES_SIGNOFF = COUNCIL_OFFICE | {"redaktion": True}
SECRET = "Rahmenvertrags zur Moderation"


def paper_count(text):
    return int(re.search(r"<caption>(\d+) Vorlage", text).group(1))


@pytest.mark.parametrize("role", ROLES)
def test_non_public_kreisausschuss_paper(client_for, secret_paper, role):
    client = client_for(role)
    detail = client.get(reverse("committees:paper_detail", args=[secret_paper.pk]))
    assert detail.status_code == (200 if SEES_KA[role] else 404)
    assert (SECRET in client.get(reverse("committees:paper_list")).text) is SEES_KA[role]
    search = client.get(reverse("committees:paper_list"), {"q": "Rahmenvertrag"}).text
    assert (SECRET in search) is SEES_KA[role]
    assert paper_count(search) == (1 if SEES_KA[role] else 0)
    assert (SECRET in client.get(reverse("committees:implementation_list")).text) is False


@pytest.mark.parametrize("role", ROLES)
def test_drafts_only_for_the_council_office_and_their_units(client_for, draft_paper, signoff_paper, role, monkeypatch):
    from committees import drucksache

    monkeypatch.setattr(drucksache, "render_pdf", lambda **kw: (kw["filename"], b"%PDF-1.7 fake"))
    client = client_for(role)
    for paper, sees in ((draft_paper, SEES_DRAFT[role]), (signoff_paper, SEES_SIGNOFF[role])):
        detail = client.get(reverse("committees:paper_detail", args=[paper.pk]))
        assert detail.status_code == (200 if sees else 404)
        listing = client.get(reverse("committees:paper_list"), {"q": paper.name[:30]}).text
        assert (paper.name in listing) is sees
        pdf = client.get(reverse("committees:paper_pdf", args=[paper.pk]))
        assert pdf.status_code == (200 if sees else 404)
        if sees:  # whoever sees a draft sees its log and how far its Mitzeichnung got
            assert "Vorgänge" in detail.text
            assert ("Mitzeichnung offen" in detail.text) is (paper == signoff_paper)
    listing = client.get(reverse("committees:paper_list")).text
    assert ("Berichtswesens mit Kennzahlen" in listing) is SEES_SIGNOFF[role]
    assert ("Fortschreibung des Kreisentwicklungskonzepts" in listing) is SEES_DRAFT[role]


@pytest.mark.parametrize("role", ROLES)
def test_released_papers_show_no_workflow_outside_the_council_office(client_for, seed_paper, role):
    text = client_for(role).get(reverse("committees:paper_detail", args=[seed_paper.pk])).text
    assert ("Vorgänge" in text) is COUNCIL_OFFICE[role]


@pytest.mark.parametrize("role", ROLES)
def test_paper_counts_follow_visibility(client_for, demo, role):
    text = client_for(role).get(reverse("committees:paper_list")).text
    expected = {None: 3, "kreistag": 3, "kreisausschuss": 4, "redaktion": 4, "strategie": 6}[role]
    assert paper_count(text) == expected


@pytest.mark.parametrize("role", ROLES)
def test_seed_paper_hides_the_kreisausschuss_step_from_non_members(client_for, seed_paper, orgs, role):
    client = client_for(role)
    text = client.get(reverse("committees:paper_detail", args=[seed_paper.pk])).text
    assert "Strategische Ausrichtung des Landkreises Helmstedt" in text
    assert "Ausschuss für Wirtschaft und Strategie – Vorberatung" in text
    assert "Kreistag – Entscheidung" in text
    assert ("Kreisausschuss – Vorberatung" in text) is SEES_KA[role]
    assert ("06.09.2024" in text) is SEES_KA[role]
    # Filtering by committee must not reveal the non-public step either.
    filtered = client.get(reverse("committees:paper_list"), {"gremium": orgs["KA"].pk}).text
    assert ("Strategische Ausrichtung" in filtered) is SEES_KA[role]


@pytest.mark.parametrize("role", ROLES)
def test_non_public_meetings(client_for, orgs, role):
    client = client_for(role)
    ka_meeting = Meeting.objects.filter(organization=orgs["KA"]).first()
    response = client.get(reverse("committees:meeting_detail", args=[ka_meeting.pk]))
    assert response.status_code == (200 if SEES_KA[role] else 404)
    calendar = client.get(reverse("committees:meeting_list")).text
    assert ("Kreisausschuss</a>" in calendar) is SEES_KA[role]
    organization_page = client.get(reverse("committees:organization_detail", args=[orgs["KA"].pk])).text
    assert (reverse("committees:meeting_detail", args=[ka_meeting.pk]) in organization_page) is SEES_KA[role]


@pytest.mark.parametrize("role", ROLES)
def test_non_public_agenda_item_of_a_public_meeting(client_for, orgs, strategie, role):
    from committees import services

    meeting = Meeting.objects.filter(organization=orgs["AWS"], state=Meeting.State.PLANNED).first()
    services.agenda_item_add(meeting=meeting, name="Personalangelegenheit Geheim", is_public=False, user=strategie)
    text = client_for(role).get(reverse("committees:meeting_detail", args=[meeting.pk])).text
    aws_member = role in ("kreistag", "kreisausschuss")
    assert ("Personalangelegenheit Geheim" in text) is (aws_member or COUNCIL_OFFICE[role])
    assert ("N 1" in text) is (aws_member or COUNCIL_OFFICE[role])
    assert AgendaItem.objects.visible_to(client_for(role).get("/").wsgi_request.user).filter(
        name="Personalangelegenheit Geheim"
    ).exists() is (aws_member or COUNCIL_OFFICE[role])


def test_public_ical_never_contains_non_public_meetings(client_for, orgs):
    for role in ROLES:
        text = client_for(role).get(reverse("committees:ical_public")).content.decode()
        assert text.startswith("BEGIN:VCALENDAR")
        assert "Kreisausschuss" not in text
        assert "SUMMARY:Ausschuss für Wirtschaft und Strategie\\, 22.08.2024" in text


@pytest.mark.parametrize(("role", "sees"), [("kreistag", False), ("kreisausschuss", True)])
def test_personal_ical_follows_memberships(client_for, demo, role, sees):
    client = client_for(role)
    client.post(reverse("committees:calendar_token_renew"))
    person = Person.objects.get(user__username=role)
    assert len(person.calendar_token) >= 32
    text = client_for(None).get(reverse("committees:ical_personal", args=[person.calendar_token])).content.decode()
    assert ("Kreisausschuss" in text) is sees
    assert "Ausschuss für Wirtschaft und Strategie" in text
    # The token is the only key: a wrong one gives nothing, a renewed one retires the old.
    assert client_for(None).get(reverse("committees:ical_personal", args=["x" * 43])).status_code == 404
    old = person.calendar_token
    client.post(reverse("committees:calendar_token_renew"))
    assert client_for(None).get(reverse("committees:ical_personal", args=[old])).status_code == 404


@pytest.fixture
def secret_file(secret_paper):
    attachment = File(paper=secret_paper, name="Angebotsvergleich", mime_type="application/pdf", size=9)
    attachment.file.save("angebote.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    attachment.save()
    return attachment


@pytest.mark.parametrize("role", ROLES)
def test_downloads_follow_the_paper(client_for, secret_file, role):
    response = client_for(role).get(reverse("committees:file_download", args=[secret_file.pk]))
    assert response.status_code == (200 if SEES_KA[role] else 404)
    if SEES_KA[role]:
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert "attachment" in response["Content-Disposition"]


@pytest.mark.parametrize("role", ROLES)
def test_hidden_and_missing_look_the_same(client_for, secret_paper, role):
    """Existence of a non-public paper never shows through a status code."""
    client = client_for(role)
    for name in ["committees:paper_detail", "committees:paper_edit", "committees:consultation_add"]:
        hidden = client.get(reverse(name, args=[secret_paper.pk])).status_code
        missing = client.get(reverse(name, args=[999999])).status_code
        if not SEES_KA[role]:
            assert hidden == missing


@pytest.mark.parametrize("role", ROLES)
def test_meeting_list_counts_only_visible(client_for, orgs, role):
    text = client_for(role).get(reverse("committees:meeting_list")).text
    visible = Meeting.objects.count() - (
        0 if SEES_KA[role] else Meeting.objects.filter(organization=orgs["KA"]).count()
    )
    assert len(set(re.findall(r'href="/sitzungen/(\d+)/"', text))) == visible


@pytest.mark.parametrize("token", ["\x00" * 43, "a" * 42 + "\x00", "ä" * 43, "a" * 31, "a" * 65])
def test_personal_ical_token_that_no_renewal_can_create_is_404_before_the_database(client_for, token):
    """Tokens are what `secrets.token_urlsafe` writes; anything else (a NUL byte, which PostgreSQL refuses
    in a query with an error) never reaches the database."""
    with CaptureQueriesContext(connection) as queries:
        response = client_for(None).get("/sitzungen/kalender/" + quote(token) + ".ics")
    assert response.status_code == 404
    assert not [q for q in queries.captured_queries if "calendar_token" in q["sql"]]


# Point 1 of issue 13: a draft put on the Beratungsfolge of a public meeting stays a draft there.
@pytest.fixture
def drafts_on_public_meeting(draft_paper, signoff_paper, orgs, strategie):
    """Both drafts on the agenda of the next public AWS meeting (which kreistag's members attend)."""
    from committees import services
    from committees.models import Consultation

    meeting = Meeting.objects.get(organization=orgs["AWS"], state=Meeting.State.PLANNED)
    services.paper_add_consultation(
        paper=draft_paper,
        organization=orgs["AWS"],
        role=Consultation.Role.PRELIMINARY,
        meeting=meeting,
        user=strategie,
    )
    services.consultation_schedule(
        consultation=signoff_paper.consultations.get(organization=orgs["AWS"]), meeting=meeting, user=strategie
    )
    for paper in (draft_paper, signoff_paper):
        assert AgendaItem.objects.filter(meeting=meeting, consultation__paper=paper, is_public=True).exists()
    return meeting


@pytest.mark.parametrize("role", ROLES)
def test_a_draft_on_a_public_meeting_shows_nowhere(
    client_for, draft_paper, signoff_paper, drafts_on_public_meeting, role
):
    from committees.models import Consultation

    client = client_for(role)
    user = client.get("/").wsgi_request.user
    meeting = drafts_on_public_meeting
    page = client.get(reverse("committees:meeting_detail", args=[meeting.pk])).text
    dashboard = client.get(reverse("dashboard:home")).text if user.is_authenticated else ""
    items = AgendaItem.objects.visible_to(user).filter(meeting=meeting)
    assert "Sachstand der Strategiekarten" in page  # the released paper beside them stays
    assert items.count() == 1 + SEES_DRAFT[role] + SEES_SIGNOFF[role]
    for paper, sees in ((draft_paper, SEES_DRAFT[role]), (signoff_paper, SEES_SIGNOFF[role])):
        assert (paper.name in page) is sees
        assert items.filter(consultation__paper=paper).exists() is sees
        assert Consultation.objects.visible_to(user).filter(paper=paper, meeting=meeting).exists() is sees
        assert paper.name not in client.get(reverse("committees:ical_public")).content.decode()
        if role in ("kreistag", "kreisausschuss"):  # their dashboard lists the AWS meeting's papers
            assert paper.name not in dashboard
