"""CACHE_URL: several application servers share one Redis for rendered PDFs and the portal.

The round trip runs against a real Redis server when TEST_CACHE_URL names one; `.ci/run`
starts the machine's Redis and sets it, so CI always runs it (`REQUIRE_TEST_CACHE=1`).
"""

import os
import socket
import uuid
from urllib.parse import urlparse

import pytest

from tests.test_foundation import run_manage

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
