"""Accessibility sweep: every HTML page every persona may open, checked by axe-core (WCAG 2.1 A/AA),
and a keyboard-only walk through a main journey.

The pages come from the URL walk's expectations (tests/url_expectations): whatever answers 200 to a
persona there is opened here as that persona, so a new page is swept as soon as it gets its entry.
"""

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.e2e.conftest import axe_violations, login
from tests.url_expectations import PERSONAS, collect

EXPECTED, URL_KWARGS = collect()


def html_pages(persona: str) -> list[str]:
    urls = []
    for name, statuses in sorted(EXPECTED.items()):
        if statuses.get(persona) != 200:
            continue
        url = reverse(name.split("#")[0], kwargs=URL_KWARGS.get(name, dict)())
        urls.append(url)
    return sorted(set(urls))


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_page_has_no_axe_violations(new_page, personas, persona):
    call_command("load_demo", verbosity=0)
    page = new_page()
    if persona != "anonym":
        login(page, persona)
    found, checked = {}, 0
    for url in html_pages(persona):
        # Ask first (with the page's cookies): PDFs, feeds, CSV, JSON and calendars are no pages to sweep.
        if "text/html" not in page.request.get(url).headers.get("content-type", ""):
            continue
        page.goto(url)
        checked += 1
        violations = axe_violations(page)
        if violations:
            found[url] = violations
    assert checked > 10
    assert found == {}, found


def test_keyboard_only_journey_from_login_to_goal_edit(page, personas):
    call_command("load_demo", verbosity=0)
    page.goto("/anmelden/")
    page.get_by_label("Benutzername").focus()
    page.keyboard.type("strategie")
    page.keyboard.press("Tab")
    page.keyboard.type("helmstedt")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    # To goal 2 by keyboard: focus the navigation link, follow it, then the goal's link.
    page.get_by_role("link", name="Ziele", exact=True).focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/ziele/")
    page.get_by_role("link", name="Die Anzahl der Einwohner/innen bei über 90.000 halten!").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/ziele/2/")
    page.get_by_role("link", name="Ziel bearbeiten").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/ziele/2/bearbeiten/")
    description = page.get_by_label("Beschreibung")
    description.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("Per Tastatur geändert.")
    # Tab on to the save button and press it: every control on the way is reachable by keyboard.
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.value") == "Speichern":
            break
    assert page.evaluate("document.activeElement.value") == "Speichern"
    page.keyboard.press("Enter")
    page.wait_for_url("**/ziele/2/")
    assert page.get_by_text("Per Tastatur geändert.").is_visible()
