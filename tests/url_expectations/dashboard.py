"""Dashboard, Meine Aufgaben, transparency portal."""

from . import PERSONAS, everyone, signed_in_only

EXPECTED = {
    "dashboard:home": {"anonym": 302, **dict.fromkeys(PERSONAS[1:], 200)},  # anonymous → the public portal
    "dashboard:start": everyone(302),  # where a login lands: redirects by role
    "dashboard:tasks": signed_in_only(),
    "dashboard:portal": everyone(),
}
