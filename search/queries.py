"""One search over Vorlagen, Strategiekarten, Maßnahmen and W-Produkte, each through its own visible_to."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from actionspaces.models import Measure, StrategyCard
from committees.models import Paper
from helmstedt_strategy.search import clean_query, text_search
from products.models import Product

PER_GROUP = 20


@dataclass
class Hit:
    title: str
    url: str
    detail: str
    is_example: bool


@dataclass
class Group:
    key: str
    heading: str
    hits: list
    total: int


def _papers(user, text):
    rows = text_search(Paper.objects.visible_to(user).select_related("originator"), text, fields=Paper.SEARCH_FIELDS)
    return rows, lambda p: Hit(
        str(p), reverse("committees:paper_detail", args=[p.pk]), p.get_kind_display(), p.is_example
    )


def _cards(user, text):
    rows = text_search(
        StrategyCard.objects.visible_to(user).select_related("action_space"), text, fields=StrategyCard.SEARCH_FIELDS
    )
    return rows, lambda c: Hit(
        str(c), reverse("actionspaces:card", args=[c.action_space.slug]), c.get_status_display(), c.is_example
    )


def _measures(user, text):
    rows = text_search(
        Measure.objects.visible_to(user).select_related("card__action_space"), text, fields=Measure.SEARCH_FIELDS
    )
    return rows, lambda m: Hit(
        m.title,
        reverse("actionspaces:card", args=[m.card.action_space.slug]) + f"#massnahme-{m.pk}",
        str(m.card.action_space.name),
        m.is_example,
    )


def _products(user, text):
    rows = text_search(
        Product.objects.visible_to(user), text, fields=Product.SEARCH_FIELDS, rank_fields=["number", "name"]
    )
    return rows, lambda p: Hit(f"{p.number} {p.name}", reverse("products:detail", args=[p.pk]), p.unit, p.is_example)


SOURCES = [
    ("vorlagen", _("Vorlagen"), _papers),
    ("strategiekarten", _("Strategiekarten"), _cards),
    ("massnahmen", _("Maßnahmen"), _measures),
    ("produkte", _("W-Produkte"), _products),
]


def search_all(user, text: str) -> list[Group]:
    """The hits per group (best first on PostgreSQL), at most PER_GROUP each, with the full count."""
    text = clean_query(text)
    if not text:
        return []
    groups = []
    for key, heading, source in SOURCES:
        rows, to_hit = source(user, text)
        hits = [to_hit(row) for row in rows[:PER_GROUP]]
        total = len(hits) if len(hits) < PER_GROUP else rows.count()
        groups.append(Group(key, heading, hits, total))
    return groups
