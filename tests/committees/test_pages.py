from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from committees import services
from committees.models import Consultation, File, Meeting, Paper, Person
from tests.committees.factories import ConsultationFactory, MeetingFactory, PaperFactory

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")


def test_paper_page_shows_the_drucksache(client_for, seed_paper):
    text = client_for(None).get(reverse("committees:paper_detail", args=[seed_paper.pk])).text
    for expected in [
        "Assistenz, Strategie und Kommunikation",
        "A.41 - 10.14.01/04",
        "13.08.2024",
        "entfällt",
        "Landrat, in Vertretung",
        "Die Anzahl der Einwohner/innen bei über 90.000 halten!",
        "Sachdarstellung, Begründung",
        "5.867",
        "22.08.2024",
        "18.09.2024",
        "angenommen (einstimmig)",
        "Beschlusskontrolle",
    ]:
        assert expected in text, expected
    assert "Vorgänge" not in text  # the internal log is for staff


def test_meeting_page_numbers_the_agenda(client_for, orgs):
    meeting = Meeting.objects.get(organization=orgs["KT"], start__year=2024)
    text = client_for(None).get(reverse("committees:meeting_detail", args=[meeting.pk])).text
    assert "Ö 1" in text and "Öffentlicher Teil" in text
    assert "Strategische Ausrichtung" in text


def test_beschlusskontrolle_flags_overdue_items(client_for, demo):
    text = client_for("kreistag").get(reverse("committees:implementation_list")).text
    assert "überfällig" in text
    assert "Themenpaten" in text
    assert "1 Beschluss ist überfällig." in text


def test_filters_by_year_kind_status_goal(client_for, seed_paper):
    client = client_for(None)
    url = reverse("committees:paper_list")
    goal = seed_paper.goals.first()
    assert "Strategische Ausrichtung" in client.get(url, {"jahr": 2024, "art": "beschlussvorlage"}).text
    assert "Strategische Ausrichtung" not in client.get(url, {"jahr": 2025}).text
    assert "Strategische Ausrichtung" in client.get(url, {"status": "in_ausfuehrung", "ziel": goal.pk}).text
    assert "Strategische Ausrichtung" not in client.get(url, {"art": "antrag"}).text
    assert client.get(url, {"jahr": "x", "gremium": "y", "ziel": "z"}).status_code == 200


EDITOR_URLS = [
    ("committees:paper_create", False),
    ("committees:paper_edit", True),
    ("committees:paper_history", True),
    ("committees:consultation_add", True),
    ("committees:file_upload", True),
    ("committees:meeting_create", False),
]


@pytest.mark.parametrize(("name", "needs_paper"), EDITOR_URLS)
@pytest.mark.parametrize(
    ("role", "status"),
    [(None, 302), ("kreistag", 403), ("kreisausschuss", 403), ("redaktion", 403), ("strategie", 200)],
)
def test_editor_permission_matrix(client_for, draft_paper, name, needs_paper, role, status):
    response = client_for(role).get(reverse(name, args=[draft_paper.pk] if needs_paper else []))
    assert response.status_code == status
    if status == 302:
        assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", [None, "kreistag", "kreisausschuss", "redaktion"])
def test_workflow_posts_refused_without_the_right(client_for, signoff_paper, role):
    sign_off = signoff_paper.sign_offs.filter(signed_at__isnull=True).first()
    response = client_for(role).post(
        reverse("committees:paper_action", args=[signoff_paper.pk, "mitzeichnen"]), {"sign_off": sign_off.pk}
    )
    assert response.status_code in (302, 403)
    sign_off.refresh_from_db()
    assert sign_off.signed_at is None


def test_strategy_office_creates_and_edits_a_paper_with_conflict_detection(client_for, orgs, strategie):
    client = client_for("strategie")
    response = client.post(
        reverse("committees:paper_create"),
        {
            "kind": "beschlussvorlage",
            "name": "Neue Vorlage aus dem Formular",
            "reference": "A.41 - 1",
            "originator": orgs["A.41"].pk,
            "prepared_by": orgs["A.41"].pk,
            "date": "01.12.2026",
            "un_crpd_check": "entfaellt",
            "resolution_proposal": "Beschluss.",
            "participating_units": [orgs["A"].pk],
        },
    )
    paper = Paper.objects.get(name="Neue Vorlage aus dem Formular")
    assert response.status_code == 302
    assert paper.status == "entwurf" and paper.number is None
    assert [s.unit.short_name for s in paper.sign_offs.all()] == ["A"]
    edit_url = reverse("committees:paper_edit", args=[paper.pk])
    data = {
        "kind": "beschlussvorlage",
        "name": "Geänderter Betreff",
        "originator": orgs["A.41"].pk,
        "prepared_by": orgs["A.41"].pk,
        "date": "01.12.2026",
        "un_crpd_check": "ja",
        "loaded_version": paper.version,
    }
    assert client.post(edit_url, data).status_code == 302
    stale = client.post(edit_url, data | {"name": "Zweite Fassung"})
    assert stale.status_code == 409
    paper.refresh_from_db()
    assert paper.name == "Geänderter Betreff"
    assert paper.history.count() >= 2


def test_released_text_is_locked_for_edits_and_restores(client_for, seed_paper, strategie):
    """From the Freigabe on, the council holds the text as released: no edit, no restore."""
    client = client_for("strategie")
    edit_url = reverse("committees:paper_edit", args=[seed_paper.pk])
    response = client.get(edit_url, follow=True)
    assert response.redirect_chain[0] == (seed_paper.get_absolute_url(), 302)
    assert "Ergänzungsvorlage" in response.text
    assert edit_url not in client.get(seed_paper.get_absolute_url()).text  # no edit button

    before = (seed_paper.name, seed_paper.version, seed_paper.history.count())
    data = {
        "kind": seed_paper.kind,
        "name": "Nachträglich geänderter Betreff",
        "originator": seed_paper.originator_id,
        "prepared_by": seed_paper.prepared_by_id,
        "date": "18.09.2024",
        "un_crpd_check": "entfaellt",
        "loaded_version": seed_paper.version,
    }
    refused = client.post(edit_url, data)
    assert refused.status_code == 409
    assert "Nachträglich geänderter Betreff" in refused.text  # the input stays on screen
    assert "Nicht gespeichert" in refused.text

    history = client.get(reverse("committees:paper_history", args=[seed_paper.pk]))
    assert "wiederherstellen" not in history.text.split("<main", 1)[1]
    oldest = seed_paper.history.order_by("history_date").first()
    restore = client.post(
        reverse("committees:paper_restore", args=[seed_paper.pk, oldest.history_id]),
        {"loaded_version": seed_paper.version},
    )
    assert restore.status_code == 302
    seed_paper.refresh_from_db()
    assert (seed_paper.name, seed_paper.version, seed_paper.history.count()) == before


def test_a_paper_released_while_being_edited_keeps_the_input_and_saves_nothing(client_for, signoff_paper, strategie):
    client = client_for("strategie")
    edit_url = reverse("committees:paper_edit", args=[signoff_paper.pk])
    assert client.get(edit_url).status_code == 200  # in Mitzeichnung the text may still change
    loaded = signoff_paper.version
    signoff_paper.sign_offs.update(signed_at=timezone.now())
    services.paper_release(paper=signoff_paper, approval=Paper.Approval.HEAD, user=strategie)
    signoff_paper.refresh_from_db()
    response = client.post(
        edit_url,
        {
            "kind": signoff_paper.kind,
            "name": "Späte Änderung",
            "originator": signoff_paper.originator_id,
            "prepared_by": signoff_paper.prepared_by_id,
            "date": "01.12.2026",
            "un_crpd_check": "entfaellt",
            "loaded_version": loaded,
        },
    )
    assert response.status_code == 409
    assert "Späte Änderung" in response.text
    signoff_paper.refresh_from_db()
    assert signoff_paper.name != "Späte Änderung"


def test_invalid_result_form_names_the_field_and_changes_nothing(client_for, seed_paper, orgs, strategie):
    paper = PaperFactory(originator=orgs["A.41"], prepared_by=orgs["A.41"], status=Paper.Status.RELEASED)
    meeting = MeetingFactory(organization=orgs["AWS"], state=Meeting.State.HELD)
    consultation = ConsultationFactory(paper=paper, organization=orgs["AWS"], order=1, meeting=meeting)
    response = client_for("strategie").post(
        reverse("committees:consultation_result", args=[consultation.pk]), {"result": "geaendert", "amended_text": ""}
    )
    assert response.status_code == 400
    assert "geänderter Beschlusstext: Bei „geändert“ bitte den geänderten Text angeben." in response.text
    consultation.refresh_from_db()
    assert consultation.result == ""


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    ("name", "content", "ok"),
    [
        ("anlage.pdf", b"%PDF-1.7 test", True),
        ("bild.png", b"\x89PNG\r\n\x1a\nrest", True),
        ("foto.jpg", b"\xff\xd8\xff\xe0rest", True),
        ("text.docx", b"PK\x03\x04rest", True),
        ("tabelle.xlsx", b"PK\x03\x04rest", True),
        ("brief.odt", b"PK\x03\x04rest", True),
        ("programm.exe", b"MZ", False),
        ("falsch.pdf", b"<html>", False),
    ],
)
def test_upload_checks_type(client_for, seed_paper, name, content, ok, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = client_for("strategie").post(
        reverse("committees:file_upload", args=[seed_paper.pk]), {"name": "Anlage", "file": upload(name, content)}
    )
    assert response.status_code == (302 if ok else 400)
    assert File.objects.filter(paper=seed_paper).exists() is ok
    if not ok:
        assert "Datei:" in response.text


def test_upload_size_limit(client_for, seed_paper, settings, tmp_path, monkeypatch):
    from committees import uploads

    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 10)
    response = client_for("strategie").post(
        reverse("committees:file_upload", args=[seed_paper.pk]),
        {"name": "Groß", "file": upload("gross.pdf", b"%PDF" + b"0" * 20)},
    )
    assert response.status_code == 400
    assert "größer als 20 MB" in response.text
    assert not File.objects.exists()


def test_attachments_are_not_served_from_media_url(client_for, seed_paper):
    assert client_for("strategie").get("/media/anlagen/1/x.pdf").status_code == 404


# Query counts: a fixed bound per page, at the demo size and with ten times the data.
PAGE_QUERIES = [
    ("committees:paper_list", None, None, 6),
    ("committees:paper_list", None, "kreistag", 10),
    ("committees:paper_list", None, "strategie", 10),
    ("committees:paper_detail", "seed", None, 10),
    ("committees:paper_detail", "seed", "kreisausschuss", 14),
    ("committees:paper_detail", "seed", "strategie", 16),
    ("committees:paper_edit", "draft", "strategie", 14),
    ("committees:meeting_list", None, None, 3),
    ("committees:meeting_list", None, "kreistag", 8),
    ("committees:meeting_detail", "meeting", None, 4),
    ("committees:meeting_detail", "meeting", "kreisausschuss", 8),
    ("committees:organization_list", None, None, 2),
    ("committees:organization_detail", "kt", None, 5),
    ("committees:person_detail", "person", None, 3),
    ("committees:implementation_list", None, "kreistag", 6),
    ("committees:ical_public", None, None, 1),
]


def grow(orgs, seed_paper, strategie):
    """Ten times the data: papers, consultations, meetings, agenda items, events."""
    for i in range(40):
        meeting = MeetingFactory(
            organization=orgs["KT"], start=datetime.combine(date(2024, 9, 18), time(18 + i % 5), tzinfo=BERLIN)
        )
        paper = PaperFactory(originator=orgs["A.41"], prepared_by=orgs["A.41"], status=Paper.Status.RELEASED)
        paper.goals.set(seed_paper.goals.all())
        for order, short in enumerate(["AWS", "KA", "KT"], start=1):
            ConsultationFactory(
                paper=paper,
                order=order,
                organization=orgs[short],
                is_public=short != "KA",
                meeting=meeting if short == "KT" else None,
                role=Consultation.Role.DECISION if short == "KT" else Consultation.Role.PRELIMINARY,
            )
        services.agenda_item_add(meeting=meeting, name=f"Punkt {i}", is_public=True, user=strategie)
    for i in range(20):
        services.agenda_item_add(
            meeting=Meeting.objects.filter(organization=orgs["AWS"], state=Meeting.State.PLANNED).first(),
            name=f"Weiterer Punkt {i}",
            is_public=i % 2 == 0,
            user=strategie,
        )


@pytest.mark.parametrize(("name", "target", "role", "queries"), PAGE_QUERIES)
def test_query_count_is_fixed(
    client_for, seed_paper, orgs, strategie, django_assert_max_num_queries, name, target, role, queries
):
    args = {
        None: [],
        "seed": [seed_paper.pk],
        "draft": [Paper.objects.get(status=Paper.Status.DRAFT).pk],
        "meeting": [Meeting.objects.filter(organization=orgs["AWS"], state=Meeting.State.PLANNED).first().pk],
        "kt": [orgs["KT"].pk],
        "person": [Person.objects.get(user__username="kreisausschuss").pk],
    }[target]
    client = client_for(role)
    with django_assert_max_num_queries(queries):
        assert client.get(reverse(name, args=args)).status_code == 200
    grow(orgs, seed_paper, strategie)
    with django_assert_max_num_queries(queries):
        assert client.get(reverse(name, args=args)).status_code == 200


def test_person_page_links_only_council_bodies(client_for):
    """A membership in an administrative unit (it opens the unit's drafts) is internal: no link to a page
    that does not exist for units (found by the production smoke test as a broken link)."""
    from django.core.management import call_command

    from committees.models import Membership, Organization

    call_command("load_demo", verbosity=0)
    unit = Membership.objects.filter(organization__kind=Organization.Kind.VERWALTUNG).select_related("organization")
    membership = unit.first()
    assert membership is not None
    page = client_for(None).get(f"/personen/{membership.person_id}/").text
    assert f"/gremien/{membership.organization_id}/" not in page
