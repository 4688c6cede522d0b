"""The report page in a browser: accessible, and its links deliver PDFs; the paper page links the Drucksache."""

import pytest

from tests.e2e.conftest import assert_accessible, login


@pytest.fixture
def demo(transactional_db, personas):
    from actionspaces import demo as actionspaces_demo
    from committees import demo as committees_demo
    from goals import demo as goals_demo
    from products import demo as products_demo

    goals_demo.load()
    actionspaces_demo.load()
    products_demo.load()
    committees_demo.load()


def test_report_page_is_accessible_and_links_the_pdf(page, demo):
    login(page, "strategie")
    page.goto("/bericht/")
    assert_accessible(page)
    link = page.get_by_role("link", name="Strategiebericht 2025 (PDF)")
    response = page.request.get(link.get_attribute("href"))
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert page.get_by_role("link", name="öffentliche Fassung 2025 (PDF)").is_visible()


def test_paper_page_links_the_drucksache(page, demo):
    page.goto("/vorlagen/")
    page.get_by_role("link", name="Strategische Ausrichtung", exact=False).first.click()
    link = page.get_by_role("link", name="Drucksache als PDF")
    response = page.request.get(link.get_attribute("href"))
    assert response.status == 200 and response.body().startswith(b"%PDF-")
    assert_accessible(page)
