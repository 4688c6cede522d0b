"""The main navigation. An entry whose page does not exist yet (its app is still
to come) is left out rather than pointing at a placeholder."""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

MAIN_NAVIGATION = [
    (_("Ziele"), "goals:overview"),
    (_("Aktionsräume"), "actionspaces:overview"),
    (_("Produkte & Kennzahlen"), "products:list"),
    (_("Vorlagen & Sitzungen"), "committees:paper_list"),
    (_("Dashboard"), "dashboard:home"),
]


def navigation_items(current_path: str) -> list[dict]:
    items = []
    for label, url_name in MAIN_NAVIGATION:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        items.append({"label": label, "url": url, "active": current_path.startswith(url)})
    return items
