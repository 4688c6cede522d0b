"""The Drucksache PDF: content, privacy, standards, cache and layout (against reference PNGs)."""

from pathlib import Path

import pytest
from django.urls import reverse

from committees import drucksache
from committees.models import Consultation, File, Paper, SignOff
from tests.test_pdf import _streams
from tests.visual import assert_page_matches

REFERENCE = Path(__file__).parent / "reference"


def get_pdf(client, paper, **params):
    response = client.get(reverse("committees:paper_pdf", args=[paper.pk]), params)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return response


@pytest.fixture
def counted_renders(monkeypatch):
    calls = []
    real = drucksache.render_pdf

    def counting(**kwargs):
        calls.append(kwargs["filename"])
        return real(**kwargs)

    monkeypatch.setattr(drucksache, "render_pdf", counting)
    return calls


def test_staff_drucksache_prints_the_real_form(client_for, seed_paper, pdf_text, pdf_info):
    pdf = get_pdf(client_for("strategie"), seed_paper).content
    assert pdf.startswith(b"%PDF-")
    first, second = pdf_text(pdf, 1), pdf_text(pdf, 2)
    assert "DER LANDRAT" in first
    assert "Az.: A.41 - 10.14.01/04" in first
    assert "Betreff:" in first and "Strategische Ausrichtung des Landkreises Helmstedt" in first
    assert "Beschlussvorschlag:" in first
    assert "Der Landkreis treibt die 6 Aktionsräume voran" in first
    # Every recorded result is "angenommen": three ticked boxes in that column, all rows of the Beratungsfolge.
    for committee, day in [
        ("Ausschuss für Wirtschaft und Strategie", "22.08.2024"),
        ("Kreisausschuss", "06.09.2024"),
        ("Kreistag", "18.09.2024"),
    ]:
        line = next(row for row in first.splitlines() if committee in row and "UN-" not in row)
        assert day in line
        assert line.count("☒") == 3, line  # committee, public/non-public, angenommen
    unbrk = next(row for row in first.splitlines() if "UN-Behindertenrechtskonvention" in row)
    assert unbrk.count("☒") == 1 and "☒ entfällt" in unbrk  # as the real form: only "entfällt" ticked
    assert "Fortsetzungsblatt" not in first
    assert "Vorlage (Fortsetzungsblatt)" in second
    assert "DRUCKSACHE lfd. Nr. 1 Jahr 2024" in second
    assert "Sachdarstellung, Begründung, ggf. finanzielle Auswirkungen:" in second
    numbers = [line.split()[0] for line in second.splitlines() if line.strip()[:2].strip().isdigit()]
    assert numbers[:4] == ["5", "10", "15", "20"]
    assert "Seite 2 von" in second
    info = pdf_info(pdf)
    assert "Title:           Drucksache 1/2024: Strategische Ausrichtung" in info
    assert "Author:          Landkreis Helmstedt" in info
    assert "Tagged:          yes" in info
    assert "Page size:       595.276 x 841.89 pts (A4)" in info
    streams = _streams(pdf)
    assert b"pdfuaid:part" in streams
    assert b"/Lang (de)" in streams
    assert_page_matches(pdf, 1, REFERENCE / "drucksache-1.png")
    assert_page_matches(pdf, 2, REFERENCE / "drucksache-2.png")


def test_archive_variant_is_pdf_a(client_for, seed_paper, pdf_info):
    response = get_pdf(client_for(None), seed_paper, archiv="1")
    assert b"pdfaid:part" in _streams(response.content)
    assert "Tagged:          yes" in pdf_info(response.content)
    assert "archiv" in response["Content-Disposition"]


def test_public_drucksache_leaves_out_the_non_public_consultation(client_for, seed_paper, pdf_text):
    """As on the paper page: the Kreisausschuss consultation is non-public, so only its members and staff see it."""
    anonymous = pdf_text(get_pdf(client_for(None), seed_paper).content, 1)
    assert "Ausschuss für Wirtschaft und Strategie" in anonymous and "18.09.2024" in anonymous
    assert "Kreisausschuss" not in anonymous and "06.09.2024" not in anonymous
    member = pdf_text(get_pdf(client_for("kreisausschuss"), seed_paper).content, 1)
    assert "Kreisausschuss" in member and "06.09.2024" in member
    kreistag = pdf_text(get_pdf(client_for("kreistag"), seed_paper).content, 1)
    assert "06.09.2024" not in kreistag


@pytest.mark.parametrize(
    "role, status",
    [(None, 404), ("kreistag", 404), ("redaktion", 404), ("kreisausschuss", 200), ("strategie", 200)],
)
def test_non_public_paper_is_refused_to_the_wrong_persona(client_for, secret_paper, role, status, monkeypatch):
    monkeypatch.setattr(drucksache, "render_pdf", lambda **kw: (kw["filename"], b"%PDF-1.7 fake"))
    response = client_for(role).get(reverse("committees:paper_pdf", args=[secret_paper.pk]))
    assert response.status_code == status


def test_draft_is_only_printed_for_staff(client_for, demo, monkeypatch):
    monkeypatch.setattr(drucksache, "render_pdf", lambda **kw: (kw["filename"], b"%PDF-1.7 fake"))
    draft = Paper.objects.get(status=Paper.Status.DRAFT)
    url = reverse("committees:paper_pdf", args=[draft.pk])
    assert client_for("kreisausschuss").get(url).status_code == 404
    response = client_for("strategie").get(url)
    assert response.status_code == 200
    assert "Entwurf" in response["Content-Disposition"]
    from helmstedt_strategy.personas import ensure_persona

    assert drucksache.drucksache_view(draft, ensure_persona("strategie", password=None)).kind_heading == (
        "Vorlage – Entwurf"
    )


def test_repeated_download_is_served_from_the_cache(client_for, seed_paper, counted_renders):
    client = client_for("kreistag")
    first = get_pdf(client, seed_paper)
    second = get_pdf(client, seed_paper)
    assert len(counted_renders) == 1
    assert first.content == second.content and first["ETag"] == second["ETag"]
    not_modified = client.get(
        reverse("committees:paper_pdf", args=[seed_paper.pk]), headers={"If-None-Match": first["ETag"]}
    )
    assert not_modified.status_code == 304 and not_modified.content == b""
    # Another audience is another PDF; so are the archive variant and any change behind the paper.
    get_pdf(client_for(None), seed_paper)
    get_pdf(client, seed_paper, archiv="1")
    assert len(counted_renders) == 3
    Consultation.objects.filter(paper=seed_paper, order=1).update(votes_yes=11)  # no version bump …
    consultation = seed_paper.consultations.get(order=1)
    consultation.amended_text = "Geändert."
    consultation.save()  # … but updated_at moves
    get_pdf(client, seed_paper)
    assert len(counted_renders) == 4
    seed_paper.name = "Neuer Betreff"
    seed_paper.version += 1
    seed_paper.save()
    get_pdf(client, seed_paper)
    assert len(counted_renders) == 5


def test_a_meeting_made_non_public_leaves_the_cached_drucksache(client_for, seed_paper, pdf_text):
    """The cached PDF is keyed on the content version: changing a meeting (not the paper or its
    consultations) makes it stale too, so the now non-public row disappears at once."""
    anonymous = client_for(None)
    before = pdf_text(get_pdf(anonymous, seed_paper).content, 1)
    assert "Ausschuss für Wirtschaft und Strategie" in before and "22.08.2024" in before
    meeting = seed_paper.consultations.get(organization__short_name="AWS").meeting
    meeting.is_public = False
    meeting.save()
    after = pdf_text(get_pdf(anonymous, seed_paper).content, 1)
    assert "Ausschuss für Wirtschaft und Strategie" not in after and "22.08.2024" not in after
    assert "Kreistag" in after and "18.09.2024" in after


def test_attachments_are_listed(seed_paper, strategie, pdf_text):
    File.objects.create(paper=seed_paper, name="Präsentation Bürgerbefragung", mime_type="application/pdf", size=1)
    view = drucksache.drucksache_view(seed_paper, strategie)
    assert view.attachments == ["Präsentation Bürgerbefragung"]
    assert view.involved == ["A"]
    assert (view.sign_off_title, view.sign_off) == ("Landrat", "In Vertretung")
    assert view.execution_unit == "Referat A" or view.execution_unit.endswith("A")


def _grow(paper):
    """Ten times the rows the Drucksache prints: consultations, sign-offs, attachments."""
    from committees.models import Organization

    units = list(Organization.objects.filter(kind=Organization.Kind.VERWALTUNG))
    committee = Organization.objects.get(short_name="AWS")
    for order in range(10, 40):
        Consultation.objects.create(paper=paper, order=order, organization=committee, result="angenommen")
    for unit in units:
        SignOff.objects.get_or_create(paper=paper, unit=unit)
    for i in range(30):
        File.objects.create(paper=paper, name=f"Anlage {i}", mime_type="application/pdf", size=1)


def test_query_count_is_fixed(client_for, seed_paper, django_assert_max_num_queries, monkeypatch):
    import helmstedt_strategy.pdf as pdf_module

    monkeypatch.setattr(pdf_module, "html_to_pdf", lambda html, variant: b"%PDF-1.7 fake")
    client = client_for("kreisausschuss")
    with django_assert_max_num_queries(22):
        get_pdf(client, seed_paper)
    _grow(seed_paper)
    with django_assert_max_num_queries(22):
        get_pdf(client, seed_paper)
    # Cache hit: the content version, session, user, permissions and the paper's own check.
    with django_assert_max_num_queries(6):
        get_pdf(client, seed_paper)


def test_signer_names_only_for_staff(seed_paper, strategie, kreisausschuss):
    from django.contrib.auth.models import AnonymousUser

    strategie.first_name, strategie.last_name = "Jana", "Jünemann"
    strategie.save()
    SignOff.objects.filter(paper=seed_paper).update(signed_by=strategie)
    assert drucksache.drucksache_view(seed_paper, strategie).involved == ["A gez. Jana Jünemann"]
    assert drucksache.drucksache_view(seed_paper, kreisausschuss).involved == ["A"]
    assert drucksache.drucksache_view(seed_paper, AnonymousUser()).involved == ["A"]
