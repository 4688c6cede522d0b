import pytest


@pytest.fixture
def demo(db, strategie, redaktion, kreistag, kreisausschuss, demo_goals):
    """Goals, Aktionsräume and the committee demo, with the personas linked to their Person records."""
    from committees import demo as committees_demo

    committees_demo.load()


@pytest.fixture
def orgs(demo):
    from committees.models import Organization

    return {o.short_name: o for o in Organization.objects.all()}


@pytest.fixture
def seed_paper(demo):
    from committees.demo import SEED_SUBJECT
    from committees.models import Paper

    return Paper.objects.get(name=SEED_SUBJECT)


@pytest.fixture
def secret_paper(demo):
    from committees.models import Paper

    return Paper.objects.get(name__startswith="Vergabe eines Rahmenvertrags")


@pytest.fixture
def signoff_paper(demo):
    from committees.models import Paper

    return Paper.objects.get(status="mitzeichnung")


@pytest.fixture
def draft_paper(demo):
    from committees.models import Paper

    return Paper.objects.get(status="entwurf")
