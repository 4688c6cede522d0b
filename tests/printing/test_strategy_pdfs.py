"""Strategy card PDFs and the Strategiebericht: content, visibility, cache, standards."""

import pytest
from django.urls import reverse

from actionspaces import printing
from actionspaces.models import Measure, StrategyCard
from products.models import Product
from reports import strategy_report
from tests.test_pdf import _streams


@pytest.fixture
def counted(monkeypatch):
    """Count renders of cards and reports (WeasyPrint still runs)."""
    calls = []
    for module in (printing, strategy_report):
        real = module.render_pdf

        def counting(real=real, **kwargs):
            calls.append(kwargs["filename"])
            return real(**kwargs)

        monkeypatch.setattr(module, "render_pdf", counting)
    return calls


@pytest.fixture
def fake_pdf(monkeypatch):
    """Skip WeasyPrint where only permissions or queries are under test (the HTML is still rendered)."""
    import helmstedt_strategy.pdf as pdf_module

    monkeypatch.setattr(pdf_module, "html_to_pdf", lambda html, variant: b"%PDF-1.7 fake")


def test_card_pdf_shows_card_measures_and_progress(client_for, demo, pdf_text, pdf_info, counted):
    client = client_for(None)
    url = reverse("actionspaces:card_pdf", args=["natur"])
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Aktionsraum Natur" in text and "STRATEGIEKARTE" in text
    assert "Naturerlebnispfad Lappwaldsee" in text
    assert "Fortschritt insgesamt" in text and "18 % · 3 Maßnahmen" in text
    assert "45 % · in Umsetzung" in text
    info = pdf_info(response.content)
    assert "Title:           Strategiekarte Natur" in info and "Tagged:          yes" in info
    assert b"pdfuaid:part" in _streams(response.content)
    assert client.get(url).content == response.content
    assert len(counted) == 1  # second download from the cache
    measure = Measure.objects.filter(card__action_space__slug="natur").first()
    measure.progress = 90
    measure.save()
    assert "90 %" in pdf_text(client.get(url).content)
    assert len(counted) == 2


def test_unpublished_card_pdf_only_for_staff(client_for, demo, fake_pdf):
    assert not StrategyCard.objects.get(action_space__slug="bildung").is_published
    url = reverse("actionspaces:card_pdf", args=["bildung"])
    assert client_for(None).get(url).status_code == 404
    assert client_for("kreistag").get(url).status_code == 404
    assert client_for("strategie").get(url).status_code == 200
    assert client_for(None).get(reverse("actionspaces:card_pdf", args=["gibt-es-nicht"])).status_code == 404


def test_report_holds_goals_population_chart_spaces_and_products(client_for, demo, pdf_text, pdf_info):
    response = client_for(None).get(reverse("reports:report_pdf", args=[2025]))
    assert response.status_code == 200
    text = pdf_text(response.content)
    assert "Strategiebericht 2025" in text and "öffentliche Fassung" in text
    for goal in ("1. Der Landkreis treibt", "2. Die Anzahl der Einwohner", "3. Der Landkreis versteht"):
        assert goal in text
    assert "Einwohnerzahl am 31.12." in text
    assert "Ziel ≥ 90.000" in text  # the target line of the shared line chart
    assert "Aktionsraum Natur" in text and "Naturerlebnispfad Lappwaldsee" in text
    assert "Die Strategiekarte ist noch nicht veröffentlicht." in text  # Bildung is a draft
    assert "unveröffentlicht" not in text
    assert "Die Wesentlichen Produkte" in text and "nicht im Plan" in text
    for product in Product.objects.filter(is_published=True):
        assert product.name.split()[0] in text
    info = pdf_info(response.content)
    assert "Title:           Strategiebericht 2025 – Landkreis Helmstedt" in info
    assert "Author:          Landkreis Helmstedt" in info
    assert b"<svg" not in response.content  # charts are drawn, not embedded as text
    assert b"/Lang (de)" in _streams(response.content)


def test_report_for_staff_includes_drafts_and_offers_the_public_version(client_for, demo, pdf_text):
    Product.objects.filter(number="111").update(is_published=False)
    staff = client_for("strategie")
    internal = pdf_text(staff.get(reverse("reports:report_pdf", args=[2025])).content)
    assert "interne Fassung" in internal and "unveröffentlicht" in internal
    assert "Aktionsraum Bildung – Strategiekarte" in internal
    assert "Verwaltungssteuerung" in internal
    public = staff.get(reverse("reports:report_pdf", args=[2025]), {"fassung": "oeffentlich"})
    assert public["Content-Disposition"].endswith('Strategiebericht-2025.pdf"')
    public_text = pdf_text(public.content)
    assert "öffentliche Fassung" in public_text and "Verwaltungssteuerung" not in public_text


def test_report_archive_variant_and_cache(client_for, demo, counted):
    client = client_for("kreistag")
    url = reverse("reports:report_pdf", args=[2025])
    archive = client.get(url, {"archiv": "1"})
    assert b"pdfaid:part" in _streams(archive.content)
    client.get(url, {"archiv": "1"})
    assert len(counted) == 1
    # Anonymous visitors share one PDF; a signed-in reader has their own (see content_version.audience).
    client_for(None).get(url, {"archiv": "1"})
    client_for(None).get(url, {"archiv": "1"})
    assert len(counted) == 2


def test_report_years(client_for, demo, fake_pdf):
    client = client_for(None)
    assert client.get(reverse("reports:report_pdf", args=[2023])).status_code == 404
    assert client.get(reverse("reports:report_pdf", args=[2100])).status_code == 404
    page = client.get(reverse("reports:index"))
    assert page.status_code == 200
    assert reverse("reports:report_pdf", args=[2024]) in page.content.decode()
    assert "?fassung=oeffentlich" not in page.content.decode()
    assert "?fassung=oeffentlich" in client_for("strategie").get(reverse("reports:index")).content.decode()


def _grow():
    """About ten times the measures and KPIs the card and the report print."""
    from products.models import KPI

    card = StrategyCard.objects.get(action_space__slug="natur")
    for i in range(30):
        Measure.objects.create(card=card, title=f"Maßnahme {i}", progress=i, order=100 + i)
    product = Product.objects.get(number="111")
    template = KPI.objects.filter(product=product).first()
    for i in range(20):
        KPI.objects.create(code=f"X-{i}", name=f"Kennzahl {i}", product=product, unit=template.unit, target_value=10)
    for i in range(10):
        Product.objects.create(number=f"9{i:02d}", name=f"Produkt {i}", is_published=True)


@pytest.mark.parametrize(
    "name, args, role, queries",
    [
        ("actionspaces:card_pdf", ["natur"], None, 22),
        ("reports:report_pdf", [2025], None, 30),
        ("reports:report_pdf", [2025], "strategie", 30),
        ("reports:index", [], "strategie", 12),
    ],
)
def test_query_count_is_fixed(client_for, demo, fake_pdf, django_assert_max_num_queries, name, args, role, queries):
    client = client_for(role)
    with django_assert_max_num_queries(queries):
        assert client.get(reverse(name, args=args)).status_code == 200
    _grow()
    from django.core.cache import cache

    cache.clear()
    with django_assert_max_num_queries(queries):
        assert client.get(reverse(name, args=args)).status_code == 200
