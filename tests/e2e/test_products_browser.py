import pytest

from products.models import KPI, KPIValue, Product
from tests.e2e.conftest import assert_accessible, login


@pytest.fixture
def demo(transactional_db, personas):
    from actionspaces import demo as actionspaces_demo
    from goals import demo as goals_demo
    from products import demo as products_demo

    goals_demo.load()
    actionspaces_demo.load()
    products_demo.load()


def test_redaktion_enters_a_value_and_sees_the_status_change(page, demo):
    kpi = KPI.objects.get(code="363-01")  # Betreuungsquote, target ≥ 45 %, latest 43,9 → gefährdet
    login(page, "redaktion")
    page.goto(f"/produkte/kennzahl/{kpi.pk}/")
    status = page.locator("h1 + p .status-badge")
    assert "gefährdet" in status.inner_text()
    page.get_by_role("link", name="Wert erfassen").click()
    page.get_by_label("Zeitraum").fill("2026")
    page.get_by_label("Istwert").fill("46,2")
    page.get_by_role("button", name="Wert speichern").click()
    assert page.get_by_text("Der Wert für 2026 wurde gespeichert.").is_visible()
    assert "im Plan" in page.locator("h1 + p .status-badge").inner_text()
    assert KPIValue.objects.get(kpi=kpi, period__key="2026").entered_by.username == "redaktion"


def test_off_track_value_asks_for_a_comment(page, demo):
    kpi = KPI.objects.get(code="363-01")
    login(page, "redaktion")
    page.goto(f"/produkte/kennzahl/{kpi.pk}/erfassen/")
    page.get_by_label("Zeitraum").fill("2026")
    page.get_by_label("Istwert").fill("30")
    page.get_by_role("button", name="Wert speichern").click()
    assert page.get_by_text("Bitte begründen Sie die Abweichung im Kommentar.").is_visible()
    page.get_by_label("Kommentar").fill("Kita-Neubau verzögert sich.")
    page.get_by_role("button", name="Wert speichern").click()
    assert "nicht im Plan" in page.locator("h1 + p .status-badge").inner_text()


@pytest.mark.parametrize("role", [None, "redaktion"])
def test_product_pages_have_no_axe_violations(page, demo, role):
    product = Product.objects.get(number="363")
    kpi = KPI.objects.get(code="363-01")
    paths = ["/produkte/", f"/produkte/{product.pk}/", f"/produkte/kennzahl/{kpi.pk}/", "/ziele/2/"]
    if role:
        login(page, role)
        paths.append(f"/produkte/kennzahl/{kpi.pk}/erfassen/")
    for path in paths:
        page.goto(path)
        assert_accessible(page)


def test_entry_page_with_errors_and_strategie_pages_have_no_axe_violations(page, demo):
    kpi = KPI.objects.get(code="363-01")
    login(page, "strategie")
    page.goto(f"/produkte/kennzahl/{kpi.pk}/erfassen/")
    page.get_by_label("Istwert").fill("1,234.5")
    page.get_by_role("button", name="Wert speichern").click()
    assert page.get_by_text("keine Zahl im deutschen Format").first.is_visible()
    assert_accessible(page)
    for path in ["/produkte/zeitraeume/", "/produkte/import/", "/produkte/?status=gefaehrdet"]:
        page.goto(path)
        assert_accessible(page)
