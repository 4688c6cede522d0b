"""Several processes of one installation: CACHE_URL shares one Redis; without it each process has its
own cache, but all read one content version from the database, so none serves stale content.

The Redis round trip runs against a real Redis server when TEST_CACHE_URL names one; `.ci/run`
starts the machine's Redis and sets it, so CI always runs it (`REQUIRE_TEST_CACHE=1`).
"""

import os
import socket
import sqlite3
import subprocess
import sys
import uuid
from urllib.parse import quote, urlparse

import pytest
from django.db import connection
from django.urls import reverse

from tests.test_foundation import ROOT, run_manage

DEBUG_ENV = {"DEBUG": "true"}


def _redis_url() -> str | None:
    url = os.getenv("TEST_CACHE_URL", "")
    if not url:
        return None
    parts = urlparse(url)
    try:
        socket.create_connection((parts.hostname, parts.port or 6379), timeout=2).close()
    except OSError:
        return None
    return url


REDIS_URL = _redis_url()
needs_redis = pytest.mark.skipif(
    REDIS_URL is None and os.getenv("REQUIRE_TEST_CACHE") != "1",
    reason="no Redis server named by TEST_CACHE_URL (CI sets one)",
)


def in_new_process(code: str, **env) -> str:
    """Run `code` in a fresh Django process (DEBUG on, `env` added) and return what it printed."""
    result = run_manage("shell", "--no-imports", "-c", code, **DEBUG_ENV, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_without_cache_url_each_process_keeps_its_own_cache():
    backend = in_new_process("from django.conf import settings; print(settings.CACHES['default']['BACKEND'])")
    assert backend == "django.core.cache.backends.locmem.LocMemCache"


def test_cache_url_selects_redis():
    printed = in_new_process(
        "from django.conf import settings; c = settings.CACHES['default']; print(c['BACKEND'], c['LOCATION'])",
        CACHE_URL="redis://cache.intern:6379/2",
    )
    assert printed.split() == ["django.core.cache.backends.redis.RedisCache", "redis://cache.intern:6379/2"]


def test_a_cache_url_of_another_kind_stops_the_start_with_a_clear_message():
    result = run_manage("check", CACHE_URL="memcached://127.0.0.1:11211", **DEBUG_ENV)
    assert result.returncode != 0
    assert "CACHE_URL must start with redis://" in result.stderr


@needs_redis
def test_two_processes_share_one_redis_cache():
    """What server A caches (a PDF, say), server B reads: two separate processes, one Redis."""
    assert REDIS_URL, "REQUIRE_TEST_CACHE=1 but TEST_CACHE_URL names no reachable Redis server"
    key = f"probe-{uuid.uuid4().hex}"
    env = {"CACHE_URL": REDIS_URL, "CACHE_KEY_PREFIX": "test"}
    in_new_process(f"from django.core.cache import cache; cache.set('{key}', b'%PDF-1.7 ...', 60)", **env)
    read = in_new_process(
        f"from django.core.cache import cache; print(cache.get('{key}')); cache.delete('{key}')", **env
    )
    assert read == "b'%PDF-1.7 ...'"


@pytest.fixture
def shared_database(transactional_db, tmp_path):
    """`share()` → the environment for new processes on this test's data, called once the data exists:
    the PostgreSQL test database itself, or a file copy of the in-memory SQLite one."""

    def share() -> dict:
        s = connection.settings_dict
        if connection.vendor == "postgresql":
            login = quote(s["USER"] or "") + (":" + quote(s["PASSWORD"]) if s["PASSWORD"] else "")
            host = f"{s['HOST'] or 'localhost'}:{s['PORT'] or 5432}"
            return {"DATABASE_URL": f"postgres://{login}@{host}/{s['NAME']}"}
        path = tmp_path / "shared.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        return {"DATABASE_URL": "", "SQLITE_PATH": str(path)}

    return share


READER = """
import sys
from django.test import Client

client = Client(HTTP_HOST="localhost")
for line in sys.stdin:
    url, needle = line.rstrip("\\n").split("\\t")
    response = client.get(url)
    print(response.status_code, needle in response.content.decode("utf-8-sig"), flush=True)
"""


class Reader:
    """A server process that stays up between requests, so its in-memory cache lives on (no CACHE_URL)."""

    def __init__(self, env: dict):
        clean = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "PLAIN_STATIC")}
        clean = {k: v for k, v in clean.items() if not k.startswith("SECURE_") and k != "CACHE_URL"}
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", READER],
            cwd=ROOT,
            env={**clean, **DEBUG_ENV, **env},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def shows(self, url: str, needle: str) -> bool:
        self.process.stdin.write(f"{url}\t{needle}\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(self.process.communicate()[1])
        status, found = line.split()
        assert status == "200", line
        return found == "True"

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def reader():
    readers = []

    def start(env):
        readers.append(Reader(env))
        return readers[-1]

    yield start
    for r in readers:
        r.close()


def test_a_change_in_one_process_is_seen_by_the_portal_of_another(shared_database, reader, demo_goals):
    """Without CACHE_URL: process B caches the portal, process A changes a goal, B's next page shows it."""
    env = shared_database()
    server = reader(env)
    portal = reverse("dashboard:portal")
    title = "Der Landkreis treibt die 6 Aktionsräume voran"
    assert server.shows(portal, title)
    assert server.shows(portal, title)  # from B's cache now
    in_new_process(
        "from goals.models import StrategicGoal; g = StrategicGoal.objects.get(number=1); "
        "g.title = 'Neuer Titel von Ziel eins'; g.save()",
        **env,
    )
    assert server.shows(portal, "Neuer Titel von Ziel eins")
    in_new_process(
        "from goals.models import StrategicGoal; g = StrategicGoal.objects.get(number=1); "
        "g.is_published = False; g.save()",
        **env,
    )
    assert not server.shows(portal, "Neuer Titel von Ziel eins")


def test_a_change_in_one_process_is_seen_by_the_open_data_file_of_another(shared_database, reader, demo_goals):
    from products import demo as products_demo

    products_demo.load()
    env = shared_database()
    server = reader(env)
    url = reverse("opendata:kpi_csv")
    assert not server.shows(url, "Neu erhoben nach Zensus-Korrektur")  # now in B's cache
    in_new_process(
        "from django.contrib.auth.models import AnonymousUser; from products.models import KPIValue; "
        "v = KPIValue.objects.filter(kpi__product__is_published=True, actual_value__isnull=False)"
        ".order_by('pk').first(); v.comment = 'Neu erhoben nach Zensus-Korrektur'; v.save()",
        **env,
    )
    assert server.shows(url, "Neu erhoben nach Zensus-Korrektur")
