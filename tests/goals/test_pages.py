import pytest
from django.urls import reverse

from goals.models import StrategicGoal
from tests.factories import GoalFactory

pytestmark = pytest.mark.django_db

READERS = [None, "strategie", "redaktion", "kreistag", "kreisausschuss"]


@pytest.mark.parametrize("role", READERS)
def test_everyone_reads_the_published_goals(client_for, demo_goals, role):
    client = client_for(role)
    for url in [reverse("home"), reverse("goals:overview"), reverse("goals:detail", args=[2])]:
        response = client.get(url)
        assert response.status_code == 200
        assert "Die Anzahl der Einwohner/innen bei über 90.000 halten!" in response.text


def test_goal_page_shows_sub_points_verbatim_and_the_decision(client_for, demo_goals):
    text = client_for(None).get(reverse("goals:detail", args=[2])).text
    assert "Im Wettbewerb um Menschen bestehen" in text
    assert "Über steuerungsrelevante Ziele der W-Produkte wird operationalisiert" in text
    assert "Kreistag, 18.09.2024" in text
    assert "2035" in text and "2026" in text


@pytest.mark.parametrize(
    ("role", "sees_draft"),
    [(None, False), ("kreistag", False), ("kreisausschuss", False), ("redaktion", True), ("strategie", True)],
)
def test_unpublished_goal_only_for_staff(client_for, demo_goals, role, sees_draft):
    StrategicGoal.objects.filter(number=3).update(is_published=False)
    client = client_for(role)
    assert client.get(reverse("goals:detail", args=[3])).status_code == (200 if sees_draft else 404)
    overview = client.get(reverse("goals:overview")).text
    assert ("moderner Dienstleister" in overview) is sees_draft
    assert ("moderner Dienstleister" in client.get(reverse("home")).text) is sees_draft


@pytest.mark.parametrize(
    ("role", "sees_draft"),
    [(None, False), ("kreistag", False), ("kreisausschuss", False), ("redaktion", True), ("strategie", True)],
)
def test_unpublished_vision_hides_its_goals_everywhere(client_for, db, role, sees_draft):
    """Issue 13, point 7: a goal is published with its vision, on every page that shows it."""
    from django.core.management import call_command

    from goals.models import Vision
    from products.models import KPI

    call_command("load_demo", verbosity=0)
    Vision.objects.update(is_published=False)
    client = client_for(role)
    user = client.get("/").wsgi_request.user
    status = 200 if sees_draft else 404
    assert client.get(reverse("goals:overview")).status_code == status
    assert client.get(reverse("goals:detail", args=[2])).status_code == status
    indicator = KPI.objects.get(code="EW-3112")
    assert client.get(reverse("products:kpi", args=[indicator.pk])).status_code == status
    assert StrategicGoal.objects.visible_to(user).exists() is sees_draft
    # Nor do the goals show through what links to them: products and Aktionsräume.
    from products.models import Product

    title = "Einwohner/innen bei über 90.000"
    product = Product.objects.filter(goals__number=2, is_published=True).first()
    for url in [
        reverse("products:list"),
        reverse("products:detail", args=[product.pk]),
        reverse("actionspaces:card", args=["natur"]),
        reverse("actionspaces:print", args=["natur"]),
    ]:
        assert (title in client.get(url).text) is sees_draft, url


def test_edit_links_only_for_the_strategy_office(client_for, demo_goals):
    edit_url = reverse("goals:edit", args=[1])
    assert edit_url in client_for("strategie").get(reverse("goals:detail", args=[1])).text
    for role in [None, "redaktion", "kreistag", "kreisausschuss"]:
        assert edit_url not in client_for(role).get(reverse("goals:detail", args=[1])).text


@pytest.mark.parametrize(
    "url",
    [
        reverse("goals:edit", args=[1]),
        reverse("goals:history", args=[1]),
        reverse("goals:vision_edit"),
        reverse("goals:vision_history"),
    ],
)
@pytest.mark.parametrize(
    ("role", "status"),
    [(None, 302), ("redaktion", 403), ("kreistag", 403), ("kreisausschuss", 403), ("strategie", 200)],
)
def test_edit_and_history_permission_matrix(client_for, demo_goals, url, role, status):
    response = client_for(role).get(url)
    assert response.status_code == status
    if status == 302:
        assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", [None, "redaktion", "kreistag", "kreisausschuss"])
def test_restore_refused_without_the_right(client_for, demo_goals, role):
    goal = StrategicGoal.objects.get(number=1)
    record = goal.history.first()
    response = client_for(role).post(
        reverse("goals:restore", args=[1, record.history_id]), {"loaded_version": goal.version}
    )
    assert response.status_code in (302, 403)
    if role is not None:
        assert response.status_code == 403


def test_missing_goal_is_404(client_for, demo_goals):
    assert client_for(None).get(reverse("goals:detail", args=[99])).status_code == 404


def test_home_without_any_data_still_renders(client_for, db):
    response = client_for(None).get(reverse("home"))
    assert response.status_code == 200
    assert "Es sind noch keine strategischen Ziele veröffentlicht." in response.text


# Query counts: bounded per page by a constant, whatever the amount of data behind it
# (the history page adds at most one query per foreign key field shown).
PAGE_QUERIES = [
    # (url name, args, role, queries)
    ("home", [], None, 3),
    ("goals:overview", [], None, 3),
    ("goals:detail", [2], None, 4),  # +1: the goal's indicators (KPIs of the products app, reverse relation)
    ("home", [], "kreistag", 7),
    ("goals:detail", [2], "strategie", 8),
    ("goals:edit", [2], "strategie", 6),
    ("goals:history", [2], "strategie", 9),
    ("goals:vision_edit", [], "strategie", 6),
    ("goals:vision_history", [], "strategie", 8),
    ("login", [], None, 1),
    ("password_change", [], "kreistag", 3),
]


@pytest.mark.parametrize(("name", "args", "role", "queries"), PAGE_QUERIES)
def test_query_count_is_fixed(client_for, demo_goals, django_assert_max_num_queries, name, args, role, queries):
    client = client_for(role)
    with django_assert_max_num_queries(queries):
        assert client.get(reverse(name, args=args)).status_code == 200
    # Ten times the data: more goals and a long history must not add queries.
    goal = StrategicGoal.objects.get(number=2)
    for i in range(30):
        goal.description = f"Fassung {i}"
        goal.save()
    vision = goal.vision
    for n in range(4, 34):
        GoalFactory(vision=vision, number=n)
    with django_assert_max_num_queries(queries):
        assert client.get(reverse(name, args=args)).status_code == 200


def test_goal_page_links_the_paper_that_decided_it(client_for, db):
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)
    text = client_for(None).get(reverse("goals:detail", args=[2])).text
    assert "Vorlagen zu diesem Ziel" in text
    assert "Drucksache 1/2024: Strategische Ausrichtung des Landkreises Helmstedt" in text
