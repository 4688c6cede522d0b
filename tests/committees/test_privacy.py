"""The privacy matrix: non-public meetings, agenda items and consultations, and papers in draft,
reach only staff and members of the committee concerned, in every page, list, search, count,
feed and download. `kreistag` sits in AWS and Kreistag, `kreisausschuss` also in the Kreisausschuss."""

import re

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from committees.models import AgendaItem, File, Meeting, Person

pytestmark = pytest.mark.django_db

ROLES = [None, "kreistag", "kreisausschuss", "redaktion", "strategie"]
SEES_KA = {None: False, "kreistag": False, "kreisausschuss": True, "redaktion": True, "strategie": True}
STAFF = {None: False, "kreistag": False, "kreisausschuss": False, "redaktion": True, "strategie": True}
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
def test_drafts_are_staff_only(client_for, draft_paper, signoff_paper, role):
    client = client_for(role)
    for paper in (draft_paper, signoff_paper):
        assert client.get(reverse("committees:paper_detail", args=[paper.pk])).status_code == (
            200 if STAFF[role] else 404
        )
        listing = client.get(reverse("committees:paper_list"), {"q": paper.name[:30]}).text
        assert (paper.name in listing) is STAFF[role]
    assert ("Berichtswesens mit Kennzahlen" in client.get(reverse("committees:paper_list")).text) is STAFF[role]


@pytest.mark.parametrize("role", ROLES)
def test_paper_counts_follow_visibility(client_for, demo, role):
    text = client_for(role).get(reverse("committees:paper_list")).text
    expected = {None: 3, "kreistag": 3, "kreisausschuss": 4, "redaktion": 6, "strategie": 6}[role]
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
    assert ("Personalangelegenheit Geheim" in text) is (aws_member or STAFF[role])
    assert ("N 1" in text) is (aws_member or STAFF[role])
    assert AgendaItem.objects.visible_to(client_for(role).get("/").wsgi_request.user).filter(
        name="Personalangelegenheit Geheim"
    ).exists() is (aws_member or STAFF[role])


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


# Point 1 of issue 13: a draft put on the Beratungsfolge of a public meeting stays a draft there.
SEES_DRAFT = {None: False, "kreistag": False, "kreisausschuss": False, "redaktion": True, "strategie": True}


@pytest.fixture
def draft_on_public_meeting(draft_paper, orgs, strategie):
    """The Entwurf put on the agenda of the next public AWS meeting (which kreistag's members attend)."""
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
    assert AgendaItem.objects.filter(meeting=meeting, consultation__paper=draft_paper, is_public=True).exists()
    return meeting


@pytest.mark.parametrize("role", ROLES)
def test_a_draft_on_a_public_meeting_shows_nowhere(client_for, draft_paper, draft_on_public_meeting, role):
    client = client_for(role)
    user = client.get("/").wsgi_request.user
    meeting = draft_on_public_meeting
    page = client.get(reverse("committees:meeting_detail", args=[meeting.pk])).text
    assert (draft_paper.name in page) is SEES_DRAFT[role]
    assert "Sachstand der Strategiekarten" in page  # the released paper beside it stays
    items = AgendaItem.objects.visible_to(user).filter(meeting=meeting)
    assert items.filter(consultation__paper=draft_paper).exists() is SEES_DRAFT[role]
    assert items.count() == (2 if SEES_DRAFT[role] else 1)
    from committees.models import Consultation

    assert Consultation.objects.visible_to(user).filter(paper=draft_paper).exists() is SEES_DRAFT[role]
    assert (draft_paper.name in client.get(reverse("dashboard:home")).text) is (SEES_DRAFT[role] and role is not None)
    assert draft_paper.name not in client.get(reverse("committees:ical_public")).content.decode()
