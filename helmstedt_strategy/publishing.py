"""The "published" rule of the strategy content, decided once.

A reader without draft rights sees a vision, goal, strategy card, measure, W-Produkt or KPI only
when it is published and so is every parent it hangs from: a goal needs its vision, a measure its
card, a KPI its product (or, for a goal's own indicator, its goal and that goal's vision). Each
QuerySet declares its own flag and its parents; `visible_to` is the same for all of them.
Council papers follow other rules (council office, committees, units): committees.models.visibility.
"""

from django.db import models
from django.db.models import Q

# The roles grant the three together (helmstedt_strategy.roles). Only all three open the drafts, so
# no page ever mixes one app's drafts with another app's published state.
DRAFT_PERMISSIONS = ("goals.view_unpublished", "actionspaces.view_unpublished", "products.view_unpublished")


def may_see_drafts(user) -> bool:
    """May `user` see unpublished visions, goals, strategy cards, measures, W-Produkte and KPIs?"""
    return user.has_perms(DRAFT_PERMISSIONS)


class PublishedQuerySet(models.QuerySet):
    """Base of every QuerySet of strategy content; subclasses declare `flag` and `parents`."""

    # The model's own "published" field, or None when it is published with its parent (a measure).
    flag: str | None = "is_published"
    # Foreign key name → the parent's QuerySet class, whose condition applies through that key.
    parents: dict[str, type["PublishedQuerySet"]] = {}

    @classmethod
    def published_condition(cls, prefix: str = "") -> Q:
        """The condition "published, and so are its parents", for this model or, with `prefix`
        ("card__"), for a model that points to it."""
        condition = Q(**{f"{prefix}{cls.flag}": True}) if cls.flag else Q()
        for field, parent in cls.parents.items():
            condition &= parent.published_condition(f"{prefix}{field}__")
        return condition

    def published(self):
        return self.filter(self.published_condition())

    def visible_to(self, user):
        """Everything for readers who may see drafts; the published rows for everyone else."""
        if may_see_drafts(user):
            return self
        return self.published()
