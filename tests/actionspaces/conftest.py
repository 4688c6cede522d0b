import pytest

from actionspaces.models import ActionSpace, Measure, StrategyCard


@pytest.fixture
def demo(db, redaktion):
    """Goals and Aktionsräume demo data; the redaktion persona exists first, so it is assigned to Gesundheit."""
    from actionspaces import demo as actionspaces_demo
    from goals import demo as goals_demo

    goals_demo.load()
    actionspaces_demo.load()


@pytest.fixture
def gesundheit(demo):
    return ActionSpace.objects.get(slug="gesundheit")


@pytest.fixture
def card(gesundheit):
    return StrategyCard.objects.get(action_space=gesundheit)


@pytest.fixture
def measure(card):
    return Measure.objects.get(card=card, title="Landarzt-Stipendium")


@pytest.fixture
def milestone(measure):
    return measure.milestones.order_by("due_on").first()
