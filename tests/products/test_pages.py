from decimal import Decimal

import pytest
from django.urls import reverse

from products.models import KPI, KPIValue, Product, ReportingPeriod
from products.services import period_lock

from .factories import KPIFactory, KPIValueFactory, PeriodFactory, ProductFactory

pytestmark = pytest.mark.django_db

READERS = [None, "strategie", "redaktion", "kreistag", "kreisausschuss"]


@pytest.mark.parametrize("role", READERS)
def test_everyone_reads_published_products_and_kpis(client_for, demo_products, role):
    client = client_for(role)
    product = Product.objects.get(number="363")
    kpi = KPI.objects.get(code="363-01")
    assert "Kinder- und Jugendhilfe" in client.get(reverse("products:list")).text
    page = client.get(reverse("products:detail", args=[product.pk])).text
    assert "Betreuungsquote unter Dreijähriger" in page and 'role="img"' in page
    page = client.get(reverse("products:kpi", args=[kpi.pk])).text
    assert "Soll- und Istwerte" in page and "<title id=" in page


@pytest.mark.parametrize(
    ("role", "sees_draft"),
    [(None, False), ("kreistag", False), ("kreisausschuss", False), ("redaktion", True), ("strategie", True)],
)
def test_draft_products_only_for_staff(client_for, demo_products, role, sees_draft):
    draft = ProductFactory(name="Entwurfsprodukt", is_published=False)
    kpi = KPIFactory(product=draft, name="Entwurfskennzahl")
    KPIValueFactory(kpi=kpi)
    client = client_for(role)
    assert ("Entwurfsprodukt" in client.get(reverse("products:list")).text) is sees_draft
    expected = 200 if sees_draft else 404
    assert client.get(reverse("products:detail", args=[draft.pk])).status_code == expected
    assert client.get(reverse("products:kpi", args=[kpi.pk])).status_code == expected
    assert ("Entwurfskennzahl" in client.get(reverse("products:export_csv")).content.decode()) is sees_draft


def test_list_filters(client_for, demo_products):
    client = client_for(None)
    url = reverse("products:list")
    by_goal = client.get(url, {"ziel": "1"}).text
    assert "Wirtschaftsförderung" in by_goal and "Kinder- und Jugendhilfe" not in by_goal
    by_space = client.get(url, {"aktionsraum": "gesundheit"}).text
    assert "Maßnahmen der Gesundheitspflege" in by_space and "Tourismus</a>" not in by_space
    by_unit = client.get(url, {"einheit": "Fachdienst Jugend"}).text
    assert "Kinder- und Jugendhilfe" in by_unit and "Schülerbeförderung" not in by_unit
    for status in ["im_plan", "gefaehrdet", "verfehlt"]:
        shown = client.get(url, {"status": status}).context["products"]
        assert all(p.status == status for p in shown)
    assert len(client.get(url, {"status": "gefaehrdet"}).context["products"]) >= 1


def test_status_is_shown_with_text_and_icon(client_for, demo_products):
    text = client_for(None).get(reverse("products:list")).text
    assert 'class="status-badge status-gefaehrdet"><span aria-hidden="true" class="status-icon">!</span>' in text
    assert "gefährdet</span>" in text


# ---- Goal 2's indicator on the goal page (goals app, reached by the reverse relation) ----


def test_goal_2_page_shows_population_with_threshold_basis_and_gaps(client_for, demo_products):
    text = client_for(None).get(reverse("goals:detail", args=[2])).text
    assert "Einwohnerzahl am 31.12." in text
    assert "Ziel: ≥ 90.000" in text
    assert "92.123" in text and "vermutlich Basis Zensus 2022" in text and "Bruch in der Zeitreihe" in text
    assert "Fortschreibung, Basis Zensus 2011" in text and "Regionalstatistik 12411-01-01-4" in text
    assert "Wechsel der Datenbasis" in text  # the marked series break in the chart
    assert ">2021<" not in text.split("kpi-values")[1]  # the table invents no 2021 row
    kpi = KPI.objects.get(code="EW-3112")
    assert not kpi.is_example and kpi.strategic_goal.number == 2
    assert kpi.values.get(period__key="2021") if False else not kpi.values.filter(period__key="2021").exists()
    assert [p for p, v in kpi.chart_points(list(kpi.values.order_by("period__start"))) if v is None][:3] == [
        "2006",
        "2007",
        "2008",
    ]


def test_goal_3_page_shows_citizen_satisfaction(client_for, demo_products):
    text = client_for(None).get(reverse("goals:detail", args=[3])).text
    assert "Zufriedenheit der Bürgerschaft" in text and "3,6" in text and "niedriger" not in text.split("<h1")[0]


def test_demo_data_is_idempotent(demo_products):
    from products import demo

    counts = [m.objects.count() for m in (Product, KPI, KPIValue, ReportingPeriod)]
    history = KPIValue.history.count() + Product.history.count()
    demo.load()
    assert [m.objects.count() for m in (Product, KPI, KPIValue, ReportingPeriod)] == counts
    assert KPIValue.history.count() + Product.history.count() == history
    assert 8 <= Product.objects.count() <= 12
    assert all(2 <= p.kpis.count() <= 4 for p in Product.objects.all())
    assert Product.objects.filter(is_example=False).count() == 0
    assert Product.objects.filter(responsible_users__username="redaktion").count() >= 2
    assert KPI.objects.get(code="ZUF-NOTE").values.get().actual_value == Decimal("3.6")


# ---- Permission matrix of the working pages ----


@pytest.mark.parametrize(
    ("role", "status"),
    [(None, 302), ("kreistag", 403), ("kreisausschuss", 403), ("redaktion", 200), ("strategie", 200)],
)
def test_entry_page_for_responsible_redaktion_and_strategie(client_for, responsible_kpi, role, status):
    response = client_for(role).get(reverse("products:entry", args=[responsible_kpi.pk]))
    assert response.status_code == status


def test_redaktion_may_not_enter_values_of_other_products(client_for, demo_products):
    other = KPI.objects.get(code="111-01")
    client = client_for("redaktion")
    assert client.get(reverse("products:entry", args=[other.pk])).status_code == 403
    response = client.post(reverse("products:entry", args=[other.pk]), {"period": "2025", "actual_value": "1"})
    assert response.status_code == 403
    population = KPI.objects.get(code="EW-3112")
    assert client.get(reverse("products:entry", args=[population.pk])).status_code == 403


@pytest.mark.parametrize(
    ("role", "status"),
    [(None, 302), ("kreistag", 403), ("kreisausschuss", 403), ("redaktion", 403), ("strategie", 200)],
)
def test_import_only_for_strategie(client_for, demo_products, role, status):
    assert client_for(role).get(reverse("products:import")).status_code == status
    response = client_for(role).post(reverse("products:import_confirm"))
    assert response.status_code == (302 if status == 200 else status)


@pytest.mark.parametrize(
    ("role", "view_status", "lock_status"),
    [
        (None, 302, 302),
        ("kreistag", 200, 403),
        ("kreisausschuss", 200, 403),
        ("redaktion", 200, 403),
        ("strategie", 200, 302),
    ],
)
def test_periods_and_locking(client_for, demo_products, role, view_status, lock_status):
    period = ReportingPeriod.objects.get(key="2025")
    client = client_for(role)
    assert client.get(reverse("products:periods")).status_code == view_status
    response = client.post(reverse("products:period_lock", args=[period.pk]))
    assert response.status_code == lock_status
    period.refresh_from_db()
    assert period.is_locked is (role == "strategie")


@pytest.mark.parametrize("role", READERS)
def test_exports_for_every_reader(client_for, demo_products, role):
    client = client_for(role)
    assert client.get(reverse("products:export_csv")).status_code == 200
    assert client.get(reverse("products:export_xlsx")).status_code == 200


# ---- Entering values through the page ----


def test_redaktion_enters_a_value_in_german_format(client_for, responsible_kpi, redaktion):
    client = client_for("redaktion")
    url = reverse("products:entry", args=[responsible_kpi.pk])
    page = client.get(url).text
    assert "Letzte Werte" in page and "≥ 45" in page
    response = client.post(url, {"period": "2026", "actual_value": "46,5", "comment": ""})
    assert response.status_code == 302
    value = KPIValue.objects.get(kpi=responsible_kpi, period__key="2026")
    assert value.actual_value == Decimal("46.5") and value.entered_by == redaktion


def test_entry_off_track_without_comment_is_refused(client_for, responsible_kpi):
    client = client_for("redaktion")
    response = client.post(
        reverse("products:entry", args=[responsible_kpi.pk]), {"period": "2026", "actual_value": "10"}
    )
    assert response.status_code == 200
    assert "Bitte begründen Sie die Abweichung im Kommentar." in response.text
    assert not KPIValue.objects.filter(kpi=responsible_kpi, period__key="2026").exists()


def test_entry_refuses_bad_number_and_locked_period(client_for, responsible_kpi, strategie):
    client = client_for("redaktion")
    url = reverse("products:entry", args=[responsible_kpi.pk])
    response = client.post(url, {"period": "2026", "actual_value": "1,234.5"})
    assert "keine Zahl im deutschen Format" in response.text
    period_lock(period=ReportingPeriod.objects.get(key="2024"), user=strategie)
    before = KPIValue.objects.get(kpi=responsible_kpi, period__key="2024").actual_value
    response = client.post(url, {"period": "2024", "actual_value": "50", "comment": "x", "loaded_version": "2"})
    assert "Der Zeitraum 2024 ist gesperrt" in response.text
    assert KPIValue.objects.get(kpi=responsible_kpi, period__key="2024").actual_value == before


def test_entry_with_stale_version_shows_conflict(client_for, responsible_kpi):
    client = client_for("redaktion")
    url = reverse("products:entry", args=[responsible_kpi.pk])
    response = client.post(url, {"period": "2025", "actual_value": "44", "loaded_version": "0"})
    assert response.status_code == 409 and 'id="konflikt"' in response.text


# ---- Query counts: fixed, whatever the amount of data (10x the demo data below) ----

PAGE_QUERIES = [
    ("products:list", None, None, 10),
    ("products:list", None, "kreistag", 14),
    ("products:detail", "363", None, 11),
    ("products:kpi", "363-01", None, 3),
    ("products:kpi", "363-01", "strategie", 8),
    ("products:entry", "363-01", "redaktion", 8),
    ("products:periods", None, "strategie", 6),
    ("products:import", None, "strategie", 5),
    ("products:export_csv", None, None, 2),
    ("goals:detail", 2, None, 5),
]


def _url(name, arg):
    if arg is None:
        return reverse(name)
    if name == "goals:detail":
        return reverse(name, args=[arg])
    if name == "products:detail":
        return reverse(name, args=[Product.objects.get(number=arg).pk])
    return reverse(name, args=[KPI.objects.get(code=arg).pk])


def _grow_tenfold():
    periods = [PeriodFactory(key=str(year)) for year in range(1985, 2004)]
    product = Product.objects.get(number="363")
    for n in range(90):
        kpi = KPIFactory(product=product if n < 20 else ProductFactory(), is_example=True)
        KPIValueFactory.create_batch(1, kpi=kpi, period=periods[n % len(periods)])
    kpi = KPI.objects.get(code="363-01")
    population = KPI.objects.get(code="EW-3112")
    for period in periods:
        KPIValueFactory(kpi=kpi, period=period, actual_value=Decimal(50))
        KPIValueFactory(kpi=population, period=period, actual_value=Decimal(91000))
    value = KPIValue.objects.get(kpi=kpi, period__key="2025")
    for i in range(30):
        value.comment = f"Fassung {i}"
        value.save()


@pytest.mark.parametrize(("name", "arg", "role", "queries"), PAGE_QUERIES)
def test_query_count_is_fixed(client_for, demo_products, django_assert_max_num_queries, name, arg, role, queries):
    client = client_for(role)
    url = _url(name, arg)
    with django_assert_max_num_queries(queries):
        assert client.get(url).status_code == 200
    _grow_tenfold()
    assert Product.objects.count() >= 80
    with django_assert_max_num_queries(queries):
        assert client.get(url).status_code == 200


def test_entry_page_offers_the_next_open_period_after_locked_ones(client_for, demo_products):
    population = KPI.objects.get(code="EW-3112")  # values up to 2023, all locked in the demo
    form = client_for("strategie").get(reverse("products:entry", args=[population.pk])).context["form"]
    assert form.initial["period"] == "2024"
    assert "Gesperrte Zeiträume" in client_for("strategie").get(reverse("products:entry", args=[population.pk])).text
