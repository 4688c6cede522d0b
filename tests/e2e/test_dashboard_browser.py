from io import StringIO

import pytest
from django.core.management import call_command

from tests.e2e.conftest import assert_accessible, login


@pytest.fixture
def demo(transactional_db, personas):
    call_command("load_demo", stdout=StringIO())


def test_kreistag_lands_on_dashboard_and_follows_population_chart_to_goal_2(page, demo):
    login(page, "kreistag")
    assert page.url.endswith("/dashboard/")
    assert page.get_by_role("heading", name="Dashboard: Auf dem Weg zu 2035").is_visible()
    page.locator("#bevoelkerung-diagramm").click()
    assert page.url.endswith("/ziele/2/")
    assert page.get_by_role("heading", level=1).first.inner_text().startswith("Ziel 2")


@pytest.mark.parametrize("role", ["kreistag", "kreisausschuss", "strategie", "redaktion"])
def test_dashboard_pages_have_no_axe_violations(new_page, demo, role):
    for width, height in [(1280, 900), (390, 844)]:
        page = new_page(width, height)
        login(page, role)
        for path in ["/dashboard/", "/dashboard/aufgaben/", "/dashboard/?jahr=2024&aktionsraum=gesundheit"]:
            page.goto(path)
            assert_accessible(page)


def test_portal_has_no_axe_violations(new_page, demo):
    for width, height in [(1280, 900), (390, 844)]:
        page = new_page(width, height)
        page.goto("/dashboard/transparenz/")
        assert_accessible(page)
        page.goto("/dashboard/?jahr=abc")  # anonymous: redirected to the portal
        assert page.url.endswith("/dashboard/transparenz/")


def test_filter_message_is_readable(page, demo):
    login(page, "kreistag")
    page.goto("/dashboard/?jahr=abc")
    assert page.get_by_text("Haushaltsjahr: „abc“ gibt es nicht").is_visible()
    assert_accessible(page)
