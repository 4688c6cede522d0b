"""The dashboard pages per persona: what each sees and, above all, what each does not see."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from actionspaces.models import StrategyCard
from committees.models import Paper
from goals.models import StrategicGoal
from products.models import Product

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return response.content.decode()


def test_anonymous_dashboard_goes_to_the_portal(client_for, full_demo):
    response = client_for(None).get(reverse("dashboard:home"))
    assert response.status_code == 302
    assert response.url == reverse("dashboard:portal")


@pytest.mark.parametrize("role", ["kreistag", "kreisausschuss", "strategie", "redaktion"])
def test_council_dashboard_sections(client_for, full_demo, role):
    page = text(client_for(role).get(reverse("dashboard:home")))
    for heading in [
        "Strategische Ziele",
        "Ziel 2: Bevölkerung über 90.000",
        "Aktionsräume und Fortschritt",
        "Kennzahlen der W-Produkte",
        "Nächste Sitzungen",
        "Beschlusskontrolle",
        "Letzte Änderungen",
    ]:
        assert heading in page
    assert reverse("goals:detail", args=[2]) in page  # the population chart links to goal 2
    assert "Wechsel der Datenbasis" in page
    assert "<svg" in page and "<desc" in page


def test_every_number_links_to_its_page(client_for, full_demo):
    page = text(client_for("kreistag").get(reverse("dashboard:home")))
    assert f'href="{reverse("products:list")}?status=verfehlt"' in page
    assert f'href="{reverse("committees:implementation_list")}"' in page
    assert f'href="{reverse("actionspaces:card", args=["gesundheit"])}#massnahmen"' in page
    assert f'href="{reverse("products:list")}?ziel=2"' in page


def test_non_public_kreisausschuss_paper_only_for_its_members(client_for, secret_name):
    assert secret_name in text(client_for("kreisausschuss").get(reverse("dashboard:home")))
    assert secret_name in text(client_for("strategie").get(reverse("dashboard:home")))
    assert secret_name not in text(client_for("kreistag").get(reverse("dashboard:home")))
    cache.clear()
    assert secret_name not in text(client_for(None).get(reverse("dashboard:portal")))
    assert secret_name not in text(client_for("kreistag").get(reverse("dashboard:portal")))


def test_kreistag_sees_only_its_committees_meetings(client_for, full_demo):
    page = text(client_for("kreistag").get(reverse("dashboard:home")))
    assert "Kreisausschuss," not in page
    assert "Kreisausschuss," in text(client_for("kreisausschuss").get(reverse("dashboard:home")))


def test_unpublished_things_stay_hidden_from_council_and_public(client_for, full_demo):
    goal = StrategicGoal.objects.get(number=3)
    goal.title = "Geheimer Entwurfstitel"
    goal.is_published = False
    goal.save()
    card = StrategyCard.objects.get(action_space__slug="gesundheit")
    card.is_published = False
    card.save()
    product = Product.objects.order_by("number").first()
    product.name = "Unveröffentlichtes Produkt"
    product.is_published = False
    product.save()
    for role in ["kreistag", "kreisausschuss", None]:
        for name in ["dashboard:home", "dashboard:portal"]:
            response = client_for(role).get(reverse(name), follow=True)
            page = text(response)
            assert "Geheimer Entwurfstitel" not in page, (role, name)
            assert "Unveröffentlichtes Produkt" not in page, (role, name)
    staff = text(client_for("strategie").get(reverse("dashboard:home")))
    assert "Geheimer Entwurfstitel" in staff


def test_draft_paper_changes_never_reach_the_council(client_for, full_demo):
    draft = Paper.objects.get(status="entwurf")
    assert draft.name not in text(client_for("kreistag").get(reverse("dashboard:home")))
    assert draft.name in text(client_for("strategie").get(reverse("dashboard:home")))


@pytest.mark.parametrize(
    "query",
    ["jahr=abc", "jahr=1800", "aktionsraum=gibtsnicht", "ziel=99", "ziel=%27%3B--", "jahr=2024&ziel=2"],
)
def test_bad_or_good_filters_never_fail(client_for, full_demo, query):
    response = client_for("kreistag").get(reverse("dashboard:home") + "?" + query)
    assert response.status_code == 200
    if "2024&ziel=2" not in query:
        assert "der Filter wurde nicht angewandt" in text(response)


def test_filters_narrow_the_dashboard(client_for, full_demo):
    client = client_for("kreistag")
    page = text(client.get(reverse("dashboard:home") + "?aktionsraum=gesundheit"))
    assert 'id="raum-gesundheit"' in page and 'id="raum-natur"' not in page
    page = text(client.get(reverse("dashboard:home") + "?ziel=2"))
    assert reverse("goals:detail", args=[2]) in page and "3. Der Landkreis" not in page
    page = text(client.get(reverse("dashboard:home") + "?jahr=2024"))
    assert "Kennzahlen der W-Produkte (2024)" in page


def test_logged_in_pages_are_private(client_for, full_demo):
    response = client_for("kreistag").get(reverse("dashboard:home"))
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("role", "target"),
    [
        ("kreistag", "dashboard:home"),
        ("kreisausschuss", "dashboard:home"),
        ("strategie", "dashboard:tasks"),
        ("redaktion", "dashboard:tasks"),
        (None, "home"),
    ],
)
def test_start_after_login(client_for, full_demo, role, target):
    response = client_for(role).get(reverse("dashboard:start"))
    assert response.url == reverse(target)


def test_login_lands_on_the_dashboard(client, full_demo):
    from helmstedt_strategy.personas import ensure_persona

    ensure_persona("kreistag", password="Geheim-123")
    response = client.post(reverse("login"), {"username": "kreistag", "password": "Geheim-123"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("dashboard:home")
