"""Fixed query count at 1× and ~10× data; the public portal cached per language and invalidated on change."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from committees.models import Implementation, Organization
from goals.models import StrategicGoal
from tests.actionspaces.factories import MeasureFactory, MilestoneFactory
from tests.committees.factories import ConsultationFactory, MeetingFactory, PaperFactory
from tests.products.factories import KPIFactory, KPIValueFactory, PeriodFactory, ProductFactory

pytestmark = pytest.mark.django_db

DASHBOARD_QUERIES = 40
PORTAL_QUERIES = 25


def grow(scale: int = 10):
    """About ten times the demo data: products with KPIs and values, measures, papers, meetings, history."""
    goal = StrategicGoal.objects.get(number=2)
    periods = [PeriodFactory(key=str(year)) for year in range(2018, 2026)]
    kt = Organization.objects.get(short_name="KT")
    aws = Organization.objects.get(short_name="AWS")
    from actionspaces.models import StrategyCard

    cards = list(StrategyCard.objects.all())
    for i in range(scale * 3):
        product = ProductFactory()
        product.goals.add(goal)
        for _ in range(2):
            kpi = KPIFactory(product=product, strategic_goal=None)
            for period in periods:
                KPIValueFactory(kpi=kpi, period=period, actual_value=Decimal(90 + i % 20))
        measure = MeasureFactory(card=cards[i % len(cards)])
        MilestoneFactory(measure=measure)
        meeting = MeetingFactory(organization=kt if i % 2 else aws, start=timezone.now() + timedelta(days=i + 1))
        paper = PaperFactory(status="in_beratung", date=date(2026, 1, 1))
        ConsultationFactory(paper=paper, organization=meeting.organization, meeting=meeting)
        Implementation.objects.create(
            paper=paper, responsible_unit=paper.originator, due_date=date(2025, 1, 1 + i % 28)
        )
    for i in range(30):
        goal.description = f"Fassung {i}"
        goal.save()


def count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("role", ["kreistag", "kreisausschuss", "strategie"])
def test_council_dashboard_query_count_is_fixed(client_for, full_demo, role):
    client = client_for(role)
    url = reverse("dashboard:home")
    small = count(client, url)
    assert small <= DASHBOARD_QUERIES
    grow()
    assert count(client, url) == small
    assert count(client, url + "?jahr=2024&ziel=2") <= small


def test_portal_query_count_is_fixed_and_cached(client_for, full_demo):
    cache.clear()
    client = client_for(None)
    url = reverse("dashboard:portal")
    first = count(client, url)
    assert first <= PORTAL_QUERIES
    assert count(client, url) <= 2  # served from the cache: the content version and the district
    grow()  # saving domain objects invalidates the cache
    assert count(client, url) == first


def test_tasks_page_query_count_is_fixed(client_for, full_demo):
    client = client_for("redaktion")
    small = count(client, reverse("dashboard:tasks"))
    grow()
    assert count(client, reverse("dashboard:tasks")) <= small + 2


def test_portal_cache_is_per_language_and_invalidated_on_change(client_for, full_demo):
    cache.clear()
    client = client_for(None)
    url = reverse("dashboard:portal")
    german = client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="de"' in german and '<html lang="en"' in english
    assert "Strategische Ziele" in german
    goal = StrategicGoal.objects.get(number=1)
    goal.title = "Neuer Titel von Ziel eins"
    goal.save()
    assert "Neuer Titel von Ziel eins" in client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    goal.is_published = False
    goal.save()
    assert "Neuer Titel von Ziel eins" not in client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()


def test_cached_portal_never_carries_someone_elses_csrf_token_or_name(client_for, full_demo):
    cache.clear()
    client_for(None).get(reverse("dashboard:portal"))
    page = client_for("kreistag").get(reverse("dashboard:portal")).content.decode()
    assert "Heike" in page  # rendered for the signed-in user
    anonymous = client_for(None).get(reverse("dashboard:portal")).content.decode()
    assert "Heike" not in anonymous
