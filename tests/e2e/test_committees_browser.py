import re

import pytest

from committees.models import Consultation, Meeting, Paper
from tests.e2e.conftest import assert_accessible, login

SUBJECT = "Beitritt zur Klimaschutzpartnerschaft der Region (Browsertest)"


@pytest.fixture
def demo(transactional_db, personas):
    from actionspaces import demo as actionspaces_demo
    from committees import demo as committees_demo
    from goals import demo as goals_demo

    goals_demo.load()
    actionspaces_demo.load()
    committees_demo.load()


def add_consultation(page, committee, role, meeting):
    page.get_by_role("link", name="Beratung hinzufügen").click()
    page.locator("#id_organization").select_option(label=committee)
    page.locator("#id_role").select_option(label=role)
    page.locator("#id_meeting").select_option(label=meeting)
    page.get_by_role("button", name="Beratung hinzufügen").click()
    assert page.get_by_text("Die Beratung wurde zur Beratungsfolge hinzugefügt.").is_visible()


def hold_meeting(page, committee):
    paper_url = page.url
    page.get_by_role("link", name=re.compile(r"Sitzung am")).and_(
        page.locator(f"xpath=//li[.//h3[contains(., '{committee} –')]]//a[starts-with(., 'Sitzung am')]")
    ).click()
    if page.get_by_role("button", name="Status: eingeladen").count():
        page.get_by_role("button", name="Status: eingeladen").click()
    page.get_by_role("button", name="Status: durchgeführt").click()
    assert page.get_by_text("durchgeführt", exact=True).is_visible()
    page.goto(paper_url)


def record_result(page, committee):
    page.get_by_role("link", name=f"Ergebnis erfassen – {committee}").click()
    page.get_by_label("Ergebnis").select_option(label="angenommen")
    page.get_by_label("einstimmig").check()
    page.get_by_role("button", name="Ergebnis speichern").click()
    assert page.get_by_text("Das Ergebnis wurde gespeichert.").is_visible()


def test_strategy_office_takes_a_paper_from_draft_to_decision(page, demo):
    login(page, "strategie")
    page.goto("/vorlagen/")
    page.get_by_role("link", name="Neue Vorlage").click()
    page.locator("#id_name").fill(SUBJECT)
    page.locator("#id_reference").fill("A.41 - 10.14.01/11")
    page.locator("#id_originator").select_option(label="Assistenz, Strategie und Kommunikation")
    page.locator("#id_prepared_by").select_option(label="Assistenz, Strategie und Kommunikation")
    page.locator("#id_date").fill("24.11.2026")
    page.locator("#id_resolution_proposal").fill("Der Landkreis tritt der Klimaschutzpartnerschaft bei.")
    page.get_by_label("Referat A", exact=True).check()
    page.get_by_role("button", name="Entwurf anlegen").click()
    assert page.get_by_text("Der Entwurf wurde angelegt.").is_visible()
    assert page.get_by_role("heading", name=SUBJECT).is_visible()

    add_consultation(
        page,
        "Ausschuss für Wirtschaft und Strategie",
        "Vorberatung",
        "Ausschuss für Wirtschaft und Strategie, 03.12.2026",
    )
    add_consultation(page, "Kreisausschuss", "Vorberatung", "Kreisausschuss, 11.12.2026")
    add_consultation(page, "Kreistag", "Entscheidung", "Kreistag, 17.12.2026")
    timeline = page.locator(".timeline").inner_text()
    assert "TOP Ö" in timeline and "TOP N" in timeline and "nicht öffentlich" in timeline

    page.get_by_role("button", name="In die Mitzeichnung geben").click()
    assert page.get_by_text("Die Vorlage ist in der Mitzeichnung.").is_visible()
    page.get_by_role("button", name="Mitzeichnen für A").click()
    assert page.get_by_text("Die Mitzeichnung wurde vermerkt.").is_visible()
    page.get_by_label("Sichtvermerk").select_option(label="Landrat, in Vertretung")
    page.get_by_role("button", name="Freigeben").click()
    assert page.get_by_text("Die Vorlage ist freigegeben: Drucksache 3/2026.").is_visible()

    for committee in ["Ausschuss für Wirtschaft und Strategie", "Kreisausschuss", "Kreistag"]:
        hold_meeting(page, committee)
        record_result(page, committee)

    paper = Paper.objects.get(name=SUBJECT)
    assert paper.status == Paper.Status.DECIDED
    assert paper.number_label == "3/2026"
    assert list(paper.consultations.order_by("order").values_list("result", flat=True)) == ["angenommen"] * 3
    assert all(c.is_unanimous for c in Consultation.objects.filter(paper=paper))
    assert page.locator(".paper-status").first.inner_text() == "beschlossen"
    log = page.locator("#vorgaenge ~ table, section[aria-labelledby=vorgaenge]").first.inner_text()
    assert "Freigegeben" in log and "Albers (Beispiel)" in log


def test_kreistag_member_does_not_see_kreisausschuss_items(page, demo):
    login(page, "kreistag")
    page.goto("/vorlagen/")
    assert "Rahmenvertrags" not in page.content()
    page.goto("/sitzungen/")
    listed = " ".join(page.locator(".meeting-list").all_inner_texts())
    assert "Ausschuss für Wirtschaft und Strategie" in listed
    assert "Kreisausschuss" not in listed


def _seed_id():
    from committees.demo import SEED_SUBJECT

    return Paper.objects.get(name=SEED_SUBJECT).pk


@pytest.mark.parametrize(
    "path", ["/vorlagen/", "seed", "meeting", "/sitzungen/", "/vorlagen/beschlusskontrolle/", "/gremien/"]
)
def test_public_committee_pages_have_no_axe_violations(page, demo, path):
    if path == "seed":
        path = f"/vorlagen/{_seed_id()}/"
    elif path == "meeting":
        path = f"/sitzungen/{Meeting.objects.filter(is_public=True, state='durchgefuehrt').first().pk}/"
    page.goto(path)
    assert_accessible(page)


@pytest.mark.parametrize("path", ["seed", "edit", "new", "consultation", "signoff", "draft", "meeting", "/vorlagen/"])
def test_staff_committee_pages_have_no_axe_violations(page, demo, path):
    login(page, "strategie")
    seed = _seed_id()
    paths = {
        "seed": f"/vorlagen/{seed}/",
        "edit": f"/vorlagen/{seed}/bearbeiten/",
        "new": "/vorlagen/neu/",
        "consultation": f"/vorlagen/{seed}/beratung/neu/",
        "signoff": f"/vorlagen/{Paper.objects.get(status='mitzeichnung').pk}/",
        "draft": f"/vorlagen/{Paper.objects.get(status='entwurf').pk}/",
        "meeting": f"/sitzungen/{Meeting.objects.filter(state='geplant').first().pk}/",
    }
    page.goto(paths.get(path, path))
    assert_accessible(page)
