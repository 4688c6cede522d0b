"""Expected GET status per persona for every named URL, one module per area.

Each module defines EXPECTED (url name → {persona: status}) and, for patterns with
arguments, URL_KWARGS (url name → callable returning kwargs from the demo data).
tests/test_url_permissions.py merges every module of this package.
"""

import importlib
import pkgutil

PERSONAS = ["anonym", "strategie", "redaktion", "kreistag", "kreisausschuss"]


def everyone(status=200):
    return dict.fromkeys(PERSONAS, status)


def signed_in_only(status=200):
    return {"anonym": 302, **dict.fromkeys(PERSONAS[1:], status)}


def strategie_only(status=200):
    return {"anonym": 302, "strategie": status, "redaktion": 403, "kreistag": 403, "kreisausschuss": 403}


def editors(status=200):
    """Strategy office and the redaktion user assigned to the object's Aktionsraum."""
    return {"anonym": 302, "strategie": status, "redaktion": status, "kreistag": 403, "kreisausschuss": 403}


def collect():
    expected, url_kwargs = {}, {}
    for module_info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        expected.update(module.EXPECTED)
        url_kwargs.update(getattr(module, "URL_KWARGS", {}))
    return expected, url_kwargs
