"""Personas (one per role) and the demo data, for every test folder."""

import pytest
from django.test import Client

from helmstedt_strategy.personas import ensure_persona
from helmstedt_strategy.roles import KREISAUSSCHUSS, KREISTAG, REDAKTION, STRATEGIE

ROLES = [STRATEGIE, REDAKTION, KREISTAG, KREISAUSSCHUSS]


@pytest.fixture(scope="session", autouse=True)
def _collected_static():
    """Static files collected as in a deployment: pages and PDFs use the shipped manifest storage."""
    from tests.static_collection import collect_static

    collect_static()


@pytest.fixture
def strategie(db):
    return ensure_persona(STRATEGIE, password=None)


@pytest.fixture
def redaktion(db):
    return ensure_persona(REDAKTION, password=None)


@pytest.fixture
def kreistag(db):
    return ensure_persona(KREISTAG, password=None)


@pytest.fixture
def kreisausschuss(db):
    return ensure_persona(KREISAUSSCHUSS, password=None)


@pytest.fixture
def client_for(db):
    """client_for("kreistag") → a client logged in as that persona; client_for(None) → anonymous."""

    def make(role: str | None) -> Client:
        client = Client()
        if role is not None:
            client.force_login(ensure_persona(role, password=None))
        return client

    return make


@pytest.fixture
def demo_goals(db):
    from actionspaces import demo as actionspaces_demo
    from goals import demo as goals_demo

    goals_demo.load()
    actionspaces_demo.load()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: cached pages and files never outlive the test's data."""
    from django.core.cache import cache

    cache.clear()
