"""Every URL pattern, as every persona: the status each must get.

A new view without an entry here fails the test: no view ships without an
explicit decision about who may use it. Values are the GET status; 405 means
the view takes POST only (and the persona got past the permission check).
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from helmstedt_strategy.personas import ensure_persona
from tests.url_expectations import PERSONAS, collect

EXPECTED, URL_KWARGS = collect()

# The Django admin has its own staff-only checks; everything else is ours.
SKIPPED_NAMESPACES = ("admin",)


def named_patterns(resolver=None, namespace=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            if pattern.namespace in SKIPPED_NAMESPACES:
                continue
            yield from named_patterns(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


def test_every_named_url_has_an_explicit_decision():
    missing = sorted(set(named_patterns()) - {name.split("#")[0] for name in EXPECTED})
    assert not missing, f"add the expected status per persona for: {missing}"


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_status_per_persona(client_for, name):
    from django.core.management import call_command

    call_command("load_demo", verbosity=0, stdout=None)
    kwargs = URL_KWARGS.get(name, dict)()
    url = reverse(name.split("#")[0], kwargs=kwargs)  # "name#case" checks one more object of a pattern
    got = {}
    for persona in PERSONAS:
        client = client_for(None if persona == "anonym" else persona)
        if persona != "anonym":
            ensure_persona(persona, password=None)
        got[persona] = client.get(url).status_code
    assert got == EXPECTED[name], url
