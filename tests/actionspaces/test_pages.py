import pytest
from django.db.models import F
from django.templatetags.static import static
from django.urls import reverse

from actionspaces.models import Measure, Municipality, StrategyCard
from tests.actionspaces.factories import MeasureFactory, MilestoneFactory, SponsorFactory

pytestmark = pytest.mark.django_db


def test_overview_shows_status_measures_by_status_and_progress_with_text(client_for, demo):
    text = client_for(None).get(reverse("actionspaces:overview")).text
    for name in ["Natur", "Wirtschaft", "Bildung", "Gesellschaft &amp; Kultur", "Gesundheit", "Lebensraum"]:
        assert name in text
    assert "in Abstimmung" in text
    assert "4: 1 Idee, 1 geplant, 2 in Umsetzung" in text  # Gesundheit
    assert 'role="progressbar"' in text
    assert 'aria-valuenow="36"' in text and "36 %" in text


def test_card_page_shows_definition_goals_sponsors_measures_and_milestones(client_for, demo):
    text = client_for(None).get(reverse("actionspaces:card", args=["gesundheit"])).text
    assert "Ärztliche Versorgung in der Fläche sichern" in text
    assert "Zielbild 2035" in text
    assert "Ziel 2" in text and "90.000" in text
    assert "Dr. Jürgen Adam (Beispiel)" in text
    assert "Landarzt-Stipendium" in text
    assert 'aria-label="Fortschritt: Landarzt-Stipendium"' in text and "50 %" in text
    assert '<ol class="milestone-timeline"' in text
    assert "01.12.2024" in text and "Richtlinie beschlossen" in text and "(erreicht)" in text
    assert "Samtgemeinde Heeseberg" in text
    assert "Gesundheit und Sport" in text  # the Fachgruppe the idea came from
    assert "Beispiel" in text


def test_print_view_is_a_standalone_a4_page(client_for, demo):
    response = client_for(None).get(reverse("actionspaces:print", args=["lebensraum"]))
    assert response.status_code == 200
    assert static("css/actionspaces-print.css") in response.text
    assert "Hauptnavigation" not in response.text
    assert "Rufbus in allen Samtgemeinden" in response.text
    assert "Beispielinhalt" in response.text


def test_measures_follow_their_order(client_for, demo):
    card = StrategyCard.objects.get(action_space__slug="lebensraum")
    last = card.measures.order_by("-order").first()
    card.measures.update(order=F("order") + 1)
    Measure.objects.filter(pk=last.pk).update(order=0)
    text = client_for(None).get(reverse("actionspaces:card", args=["lebensraum"])).text
    first_other = card.measures.exclude(pk=last.pk).order_by("order").first()
    assert text.index(last.title) < text.index(first_other.title)


def grow(card):
    """About ten times the data behind every page: measures with partners and milestones, sponsors, history."""
    partners = list(Municipality.objects.all()[:3])
    for _ in range(40):
        measure = MeasureFactory(card=card)
        measure.partners.set(partners)
        MilestoneFactory(measure=measure)
        MilestoneFactory(measure=measure)
    for _ in range(5):
        SponsorFactory(action_space=card.action_space)
    for other in StrategyCard.objects.exclude(pk=card.pk):
        for _ in range(10):
            MeasureFactory(card=other)
    measure = card.measures.get(title="Landarzt-Stipendium")
    milestone = measure.milestones.first()
    for i in range(30):
        card.definition = f"Fassung {i}"
        card.save()
        measure.description = f"Fassung {i}"
        measure.save()
        milestone.note = f"Fassung {i}"
        milestone.save()


PAGES = [
    # (url name, object in the address, role, queries); history pages add one query per foreign key shown
    ("actionspaces:overview", None, None, 4),
    ("actionspaces:overview", None, "strategie", 8),
    ("actionspaces:card", None, None, 8),
    ("actionspaces:card", None, "redaktion", 13),
    ("actionspaces:print", None, None, 8),
    ("actionspaces:card_edit", None, "redaktion", 8),
    ("actionspaces:card_history", None, "redaktion", 12),
    ("actionspaces:measure_add", None, "redaktion", 10),
    ("actionspaces:measure_edit", "measure", "redaktion", 12),
    ("actionspaces:measure_history", "measure", "redaktion", 15),
    ("actionspaces:measure_remove", "measure", "redaktion", 8),
    ("actionspaces:milestone_add", "measure", "redaktion", 8),
    ("actionspaces:milestone_edit", "milestone", "redaktion", 8),
    ("actionspaces:milestone_history", "milestone", "redaktion", 11),
    ("actionspaces:milestone_remove", "milestone", "redaktion", 8),
]


@pytest.mark.parametrize(("name", "target", "role", "queries"), PAGES)
def test_query_count_is_fixed(client_for, card, measure, django_assert_max_num_queries, name, target, role, queries):
    client = client_for(role)
    milestone = measure.milestones.order_by("due_on").first()
    if name == "actionspaces:overview":
        args = []
    elif target == "measure":
        args = ["gesundheit", measure.pk]
    elif target == "milestone":
        args = ["gesundheit", milestone.pk]
    else:
        args = ["gesundheit"]
    url = reverse(name, args=args)
    with django_assert_max_num_queries(queries):
        assert client.get(url).status_code == 200
    grow(card)
    with django_assert_max_num_queries(queries):
        assert client.get(url).status_code == 200


def test_admin_lets_a_superuser_assign_editors(client, demo, redaktion):
    from django.contrib.auth.models import User

    from actionspaces.models import ActionSpace

    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "x"))
    space = ActionSpace.objects.get(slug="gesundheit")
    page = client.get(reverse("admin:actionspaces_actionspace_change", args=[space.pk]))
    assert page.status_code == 200
    assert "Redaktion" in page.text
    assert client.get(reverse("admin:actionspaces_measure_changelist")).status_code == 200
