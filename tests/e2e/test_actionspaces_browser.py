import pytest

from actionspaces.models import Measure, StrategyCard
from tests.e2e.conftest import assert_accessible, login


@pytest.fixture
def demo(transactional_db, personas):
    """The personas exist first, so the demo assigns `redaktion` to the Aktionsraum Gesundheit."""
    from actionspaces import demo as actionspaces_demo
    from goals import demo as goals_demo

    goals_demo.load()
    actionspaces_demo.load()


def test_redaktion_edits_its_card_adds_a_measure_and_sees_it(page, demo):
    login(page, "redaktion")
    page.goto("/aktionsraeume/gesundheit/")
    page.get_by_role("link", name="Karte bearbeiten").click()
    page.get_by_label("Zielbild 2035").fill("2035 erreicht jede Einwohnerin eine Hausarztpraxis in 15 Minuten.")
    page.get_by_role("button", name="Speichern").click()
    assert page.get_by_text("Die Änderungen wurden gespeichert.").is_visible()
    assert page.get_by_text("Hausarztpraxis in 15 Minuten.").is_visible()

    page.get_by_role("link", name="Maßnahme hinzufügen").click()
    page.get_by_label("Titel").fill("Hebammenzentrale für den Landkreis")
    page.get_by_label("Samtgemeinde Velpke").check()
    page.get_by_label("Status").select_option(label="geplant")
    page.get_by_label("Fortschritt in %").fill("20")
    page.get_by_role("button", name="Maßnahme anlegen").click()
    assert page.get_by_text("Die Maßnahme „Hebammenzentrale für den Landkreis“ wurde angelegt.").is_visible()
    measure = page.locator(".measure").last
    assert "Hebammenzentrale für den Landkreis" in measure.inner_text()
    assert "Samtgemeinde Velpke" in measure.inner_text()
    bar = measure.get_by_role("progressbar")
    assert bar.get_attribute("aria-valuenow") == "20"
    assert "20 %" in measure.inner_text()

    card = StrategyCard.objects.get(action_space__slug="gesundheit")
    assert card.history.first().history_user.username == "redaktion"


def test_redaktion_cannot_edit_an_aktionsraum_it_is_not_assigned_to(page, demo):
    login(page, "redaktion")
    page.goto("/aktionsraeume/natur/")
    assert page.get_by_role("link", name="Karte bearbeiten").count() == 0
    response = page.goto("/aktionsraeume/natur/bearbeiten/")
    assert response.status == 403


def test_stale_copy_in_a_second_browser_gets_the_conflict_message(new_page, demo):
    first, second = new_page(), new_page()
    login(first, "strategie")
    login(second, "redaktion")
    measure = Measure.objects.get(title="Landarzt-Stipendium")
    url = f"/aktionsraeume/gesundheit/massnahmen/{measure.pk}/bearbeiten/"
    for page in (first, second):
        page.goto(url)
    first.get_by_label("Beschreibung").fill("Fassung der Strategiestelle")
    first.get_by_role("button", name="Speichern").click()
    assert first.get_by_text("Die Änderungen wurden gespeichert.").is_visible()
    second.get_by_label("Beschreibung").fill("Fassung der Redaktion")
    second.get_by_role("button", name="Speichern").click()
    conflict = second.locator("#konflikt")
    assert conflict.is_visible()
    assert "Bearbeitungskonflikt" in conflict.inner_text()
    assert "Fassung der Strategiestelle" in conflict.inner_text()
    assert second.get_by_label("Beschreibung").input_value() == "Fassung der Redaktion"
    assert Measure.objects.get(pk=measure.pk).description == "Fassung der Strategiestelle"


def test_measures_reorder_with_the_keyboard(page, demo):
    login(page, "redaktion")
    page.goto("/aktionsraeume/gesundheit/")
    titles = [t.strip() for t in page.locator(".measure h3").all_inner_texts()]
    button = page.get_by_role("button", name="Nach unten „Landarzt-Stipendium“")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert "wurde nach unten verschoben" in page.locator(".messages").inner_text()
    new_titles = [t.strip() for t in page.locator(".measure h3").all_inner_texts()]
    assert new_titles[:2] == [titles[1], titles[0]]


def test_anonymous_sees_no_draft_card(page, demo):
    page.goto("/aktionsraeume/bildung/")
    assert page.get_by_text("noch nicht veröffentlicht").is_visible()
    assert page.get_by_text("Schulwegzeiten-Analyse").count() == 0


@pytest.mark.parametrize("path", ["/aktionsraeume/", "/aktionsraeume/gesundheit/", "/aktionsraeume/bildung/"])
def test_public_pages_have_no_axe_violations(page, demo, path):
    page.goto(path)
    assert_accessible(page)


def test_print_view_has_no_axe_violations(page, demo):
    page.goto("/aktionsraeume/lebensraum/druck/")
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "/aktionsraeume/",
        "/aktionsraeume/gesundheit/",
        "/aktionsraeume/gesundheit/bearbeiten/",
        "/aktionsraeume/gesundheit/massnahmen/neu/",
        "measure_edit",
        "measure_remove",
        "milestone_edit",
        "/aktionsraeume/gesundheit/verlauf/",
    ],
)
def test_editor_pages_have_no_axe_violations(page, demo, path):
    measure = Measure.objects.get(title="Landarzt-Stipendium")
    milestone = measure.milestones.first()
    path = {
        "measure_edit": f"/aktionsraeume/gesundheit/massnahmen/{measure.pk}/bearbeiten/",
        "measure_remove": f"/aktionsraeume/gesundheit/massnahmen/{measure.pk}/entfernen/",
        "milestone_edit": f"/aktionsraeume/gesundheit/meilensteine/{milestone.pk}/bearbeiten/",
    }.get(path, path)
    login(page, "redaktion")
    if path.endswith("verlauf/"):
        page.goto("/aktionsraeume/gesundheit/bearbeiten/")
        page.get_by_label("Definition").fill("Geändert für den Verlauf, mit einem längeren Text " * 3)
        page.get_by_role("button", name="Speichern").click()
    page.goto(path)
    assert_accessible(page)


def test_conflict_page_has_no_axe_violations(new_page, demo):
    first, second = new_page(), new_page()
    for page in (first, second):
        login(page, "strategie")
        page.goto("/aktionsraeume/natur/bearbeiten/")
    first.get_by_label("Ideen").fill("Neue Idee")
    first.get_by_role("button", name="Speichern").click()
    second.get_by_label("Ideen").fill("Andere Idee")
    second.get_by_role("button", name="Speichern").click()
    assert second.locator("#konflikt").is_visible()
    assert_accessible(second)
