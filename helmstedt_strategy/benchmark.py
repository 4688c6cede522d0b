"""Measuring pages in-process: query count and server time through the whole middleware stack.

Used by `manage.py bench`. Server time is what Django spends on a request from
the first middleware to the response (Django's test client, no network), so the
numbers compare pages with each other and with the framework floor: a minimal
view rendered in the same run.
"""

import statistics
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.template import Context, Template
from django.test import Client
from django.test.utils import CaptureQueriesContext


@dataclass
class Timing:
    label: str
    url: str
    role: str
    status: int
    queries: int
    median_ms: float
    p95_ms: float

    def as_dict(self):
        return asdict(self)


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def time_calls(call, *, repeat: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def measure_page(client: Client, *, label: str, url: str, role: str, repeat: int) -> Timing:
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    # Count now: every request start clears the connection's query log.
    query_count = len(queries)
    samples = time_calls(lambda: client.get(url), repeat=repeat)
    return Timing(
        label=label,
        url=url,
        role=role,
        status=status,
        queries=query_count,
        median_ms=round(statistics.median(samples), 2),
        p95_ms=round(percentile(samples, 0.95), 2),
    )


FLOOR_TEMPLATE = Template("<!DOCTYPE html><html lang='de'><title>Boden</title><p>{{ greeting }}</p></html>")


def floor_view(request):
    """The framework floor: a minimal template, no database, full middleware stack."""
    return HttpResponse(FLOOR_TEMPLATE.render(Context({"greeting": "Hallo"})))


@contextmanager
def separate_database(suffix: str):
    """A database of its own for the benchmark (Django's test-database machinery), dropped afterwards.

    PostgreSQL when DATABASE_URL is set (named <name>_<suffix>), else an SQLite file in var/.
    """
    db = settings.DATABASES["default"]
    if connection.vendor == "sqlite":
        db.setdefault("TEST", {})["NAME"] = str(settings.BASE_DIR / "var" / f"bench-{suffix}.sqlite3")
    else:
        db.setdefault("TEST", {})["NAME"] = f"{db['NAME']}_{suffix}"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        yield
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
