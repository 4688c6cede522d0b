import pytest

from goals.models import StrategicGoal
from tests.e2e.conftest import assert_accessible, login


@pytest.fixture
def demo(transactional_db, personas):
    from actionspaces import demo as actionspaces_demo
    from goals import demo as goals_demo

    goals_demo.load()
    actionspaces_demo.load()


def test_strategy_office_edits_goal_2_and_sees_change_and_history(page, demo):
    login(page, "strategie")
    page.goto("/ziele/2/")
    page.get_by_role("link", name="Ziel bearbeiten").click()
    page.get_by_label("Beschreibung").fill("Gemessen am 31. Dezember; Schwelle 90.000 Einwohner/innen.")
    page.get_by_role("button", name="Speichern").click()
    assert page.get_by_text("Die Änderungen wurden gespeichert.").is_visible()
    assert page.get_by_text("Schwelle 90.000 Einwohner/innen.").is_visible()

    page.get_by_role("link", name="Verlauf").click()
    entry = page.locator(".history-entry").first
    assert "Albers (Beispiel)" in entry.inner_text()
    assert "Schwelle 90.000" in entry.inner_text()
    assert StrategicGoal.objects.get(number=2).history.count() == 2


def test_stale_browser_tab_gets_conflict(new_page, demo):
    first, second = new_page(), new_page()
    for page in (first, second):
        login(page, "strategie")
        page.goto("/ziele/1/bearbeiten/")
    first.get_by_label("Beschreibung").fill("Fassung aus Tab 1")
    first.get_by_role("button", name="Speichern").click()
    second.get_by_label("Beschreibung").fill("Fassung aus Tab 2")
    second.get_by_role("button", name="Speichern").click()
    assert second.locator("#konflikt").is_visible()
    assert "Fassung aus Tab 1" in second.locator("#konflikt").inner_text()
    assert StrategicGoal.objects.get(number=1).description == "Fassung aus Tab 1"


@pytest.mark.parametrize("path", ["/", "/ziele/", "/ziele/1/", "/ziele/2/", "/ziele/3/", "/anmelden/"])
def test_public_pages_have_no_axe_violations(page, demo, path):
    page.goto(path)
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/", "/ziele/2/", "/ziele/2/bearbeiten/", "/ziele/2/verlauf/", "/passwort/aendern/"])
def test_staff_pages_have_no_axe_violations(page, demo, path):
    login(page, "strategie")
    if path.endswith("verlauf/"):
        page.goto("/ziele/2/bearbeiten/")
        page.get_by_label("Beschreibung").fill("Geändert für den Verlauf, mit einem längeren Text " * 3)
        page.get_by_role("button", name="Speichern").click()
    page.goto(path)
    assert_accessible(page)


def test_keyboard_user_can_skip_to_content(page, demo):
    page.goto("/ziele/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Zum Inhalt springen")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#inhalt"


def test_phone_width_navigation_collapses_and_opens(new_page, demo):
    page = new_page(width=390, height=844)
    page.goto("/")
    toggler = page.get_by_role("button", name="Navigation umschalten")
    assert toggler.is_visible()
    toggler.click()
    page.get_by_role("link", name="Ziele", exact=True).click()
    assert page.url.endswith("/ziele/")
