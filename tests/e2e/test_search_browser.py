"""The search page and the open-data page in a real browser: usable by keyboard, no axe violations."""

import pytest

from tests.e2e.conftest import assert_accessible, login


@pytest.fixture
def demo(transactional_db, personas):
    from django.core.management import call_command

    call_command("load_demo", verbosity=0, stdout=None)


def test_visitor_searches_and_page_is_accessible(page, demo):
    page.goto("/suche/")
    assert_accessible(page)
    page.get_by_label("Suchbegriff").fill("Einwohner")
    page.get_by_role("button", name="Suchen").click()
    assert page.get_by_role("status").is_visible()
    assert page.get_by_role("heading", name="Vorlagen").is_visible()
    assert_accessible(page)


def test_staff_search_and_open_data_page_are_accessible(page, demo):
    login(page, "strategie")
    page.goto("/suche/?q=Kreistag")
    assert_accessible(page)
    page.goto("/offene-daten/")
    assert page.get_by_role("heading", name="Offene Daten und Schnittstellen").is_visible()
    assert_accessible(page)
