"""The login lockout behind the documented reverse proxy (README, Betrieb: BEHIND_PROXY, PROXY_COUNT).

nginx connects from one address (REMOTE_ADDR) for everyone and appends the client's
address to X-Forwarded-For. The lockout must key on that address, never on the proxy's
and never on an entry the client wrote into the header itself.
"""

import runpy

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse

from helmstedt_strategy.personas import DEMO_PASSWORD

SETTINGS_FILE = settings.BASE_DIR / "helmstedt_strategy" / "settings.py"
PROXY = "10.0.0.5"  # REMOTE_ADDR: the reverse proxy


def production_settings(monkeypatch, **env) -> dict:
    """The client-address settings helmstedt_strategy/settings.py computes from this environment."""
    for name in ("BEHIND_PROXY", "PROXY_COUNT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    computed = runpy.run_path(str(SETTINGS_FILE))
    return {name: value for name, value in computed.items() if name.startswith(("AXES_IPWARE_", "IPWARE_"))}


@pytest.fixture
def login(db, strategie):
    strategie.set_password(DEMO_PASSWORD)
    strategie.save()

    def attempt(forwarded_for: str | None, password: str) -> int:
        headers = {"x-forwarded-for": forwarded_for} if forwarded_for else {}
        response = Client(REMOTE_ADDR=PROXY).post(
            reverse("login"), {"username": "strategie", "password": password}, headers=headers
        )
        return response.status_code

    return attempt


def lock_out(login, forwarded_for):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(forwarded_for, "falsch")
    assert login(forwarded_for, DEMO_PASSWORD) == 429


def test_two_clients_behind_the_proxy_do_not_lock_each_other(monkeypatch, login):
    with override_settings(**production_settings(monkeypatch, BEHIND_PROXY="true")):
        lock_out(login, "203.0.113.7")
        assert login("198.51.100.20", DEMO_PASSWORD) == 302  # another citizen, same proxy
        assert login(None, DEMO_PASSWORD) == 302  # a proxy that sends no header: no client address, no error


def test_a_forwarded_address_written_by_the_client_is_not_trusted(monkeypatch, login):
    with override_settings(**production_settings(monkeypatch, BEHIND_PROXY="true")):
        lock_out(login, "203.0.113.7")
        # The locked-out client sends "X-Forwarded-For: 198.51.100.20"; nginx appends the real address.
        assert login("198.51.100.20, 203.0.113.7", DEMO_PASSWORD) == 429


def test_two_proxies_take_the_address_the_outer_one_appended(monkeypatch, login):
    with override_settings(**production_settings(monkeypatch, BEHIND_PROXY="true", PROXY_COUNT="2")):
        # client → load balancer (appends the client) → nginx (appends the load balancer) → gunicorn
        lock_out(login, "203.0.113.7, 10.0.0.2")
        assert login("203.0.113.7, 10.0.0.2", DEMO_PASSWORD) == 429
        assert login("198.51.100.20, 10.0.0.2", DEMO_PASSWORD) == 302
        assert login("198.51.100.20, 203.0.113.7, 10.0.0.2", DEMO_PASSWORD) == 429


def test_without_a_proxy_the_header_is_ignored(monkeypatch, login):
    with override_settings(**production_settings(monkeypatch)):
        lock_out(login, "203.0.113.7")
        assert login("198.51.100.20", DEMO_PASSWORD) == 429  # same REMOTE_ADDR, whatever the header says


def test_proxy_count_must_be_positive(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="PROXY_COUNT"):
        production_settings(monkeypatch, BEHIND_PROXY="true", PROXY_COUNT="0")
