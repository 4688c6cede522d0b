"""No 500 anywhere: every named URL, as a visitor and as the strategy office, with malformed query
strings, absurd ids in the path and garbage posted to every form. Each failure is listed with the
request that caused it, so one run shows them all."""

import re
import traceback

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import NoReverseMatch, reverse

from helmstedt_strategy.personas import ensure_persona
from tests.url_expectations import collect

EXPECTED, URL_KWARGS = collect()
URL_NAMES = sorted({name.split("#")[0] for name in EXPECTED})
# The query parameters the views read, and some they do not.
PARAMETERS = ["seite", "page", "jahr", "art", "gremium", "status", "ziel", "q", "zeige", "zeitraum", "produkt",
              "aktionsraum", "einheit", "next", "sort"]  # fmt: skip
HUGE = "9" * 30
BAD_VALUES = [
    "abc",
    "-1",
    "0",
    "99999999999",
    HUGE,
    "1.5",
    "1e400",
    "nan",
    "ÄÖÜß\u202e\U0001f600",
    "²",  # str.isdigit() is true, int() refuses it
    "２０２３",  # full-width digits: int() reads 2023
    "\x00",
    "x" * 5000,
    "<script>alert(1)</script>",
    "' OR 1=1; --",
    "%",
    "2024-Q9",
    "2024-13",
]
# Form field names the views read from POST, added to every form's own fields.
POST_FIELDS = ["loaded_version", "version", "approval", "state", "unit", "sign_off", "richtung", "action", "reason"]
FIELD_NAME = re.compile(r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"')


def _query_strings():
    for value in BAD_VALUES:
        yield dict.fromkeys(PARAMETERS, value)
    yield {name: list(BAD_VALUES[:4]) for name in PARAMETERS}  # repeated: ?jahr=abc&jahr=-1
    yield {f"{name}[]": "1" for name in PARAMETERS}


def _absurd_kwargs(kwargs):
    """The same pattern with every id replaced by one no database can hold, and every text by nonsense."""
    for replacement in (HUGE, "0"):
        changed = {
            key: (int(replacement) if isinstance(value, int) else "gibt-es-nicht" * 20) for key, value in kwargs.items()
        }
        if changed:
            yield changed


def _garbage_posts(field_names):
    names = sorted(set(field_names) | set(POST_FIELDS))
    for value in ("abc", HUGE, "-1", "", "²", "\x00ÄÖÜ" + "x" * 3000):
        yield dict.fromkeys(names, value)
    yield {name: ["1", "abc"] for name in names}


def _fields_of(response):
    if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
        return []
    return [name for name in FIELD_NAME.findall(response.content.decode()) if name != "csrfmiddlewaretoken"]


def _check(failures, client, method, url, **kwargs):
    description = f"{method} {url} {str(kwargs.get('data'))[:120]}"
    try:
        with transaction.atomic():
            response = getattr(client, method)(url, **kwargs)
            transaction.set_rollback(True)  # every request starts from the same demo data
    except Exception as exc:  # noqa: BLE001 - collected, the test fails with all of them below
        ours = [f for f in traceback.extract_tb(exc.__traceback__) if "site-packages" not in f.filename]
        where = f"{ours[-1].filename}:{ours[-1].lineno}" if ours else "?"
        failures.append(f"{description}\n    {type(exc).__name__}: {str(exc)[:150]} at {where}")
        return None
    if response.status_code >= 500:
        failures.append(f"{description} → {response.status_code}")
    return response


@pytest.mark.django_db
@pytest.mark.parametrize("persona", [None, "strategie"])
def test_no_server_error_for_malformed_requests(persona):
    call_command("load_demo", verbosity=0, stdout=None)
    client = Client(raise_request_exception=True)
    if persona:
        client.force_login(ensure_persona(persona, password=None))
    urls = {name: URL_KWARGS.get(name, dict)() for name in URL_NAMES}
    failures: list[str] = []
    for name, kwargs in urls.items():
        url = reverse(name, kwargs=kwargs)
        page = _check(failures, client, "get", url)
        for query in _query_strings():
            _check(failures, client, "get", url, data=query)
        for absurd in _absurd_kwargs(kwargs):
            try:
                absurd_url = reverse(name, kwargs=absurd)
            except NoReverseMatch:  # the pattern itself refuses it (a calendar token of the wrong form)
                continue
            _check(failures, client, "get", absurd_url)
            _check(failures, client, "post", absurd_url, data={})
        for data in _garbage_posts(_fields_of(page) if page is not None else []):
            _check(failures, client, "post", url, data=data)
    assert not failures, f"{len(failures)} requests failed:\n" + "\n".join(failures[:40])
