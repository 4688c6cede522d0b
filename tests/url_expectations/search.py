"""The search page: public; what it finds depends on the persona (see tests/search)."""

from . import everyone

EXPECTED = {"search:results": everyone()}
URL_KWARGS = {}
