"""The "published" rule of the strategy content: one base QuerySet, parents declared per model,
one notion of who may see drafts (issue 13, point 7)."""

import pytest
from django.contrib.auth.models import Permission
from django.db.models import Q

from actionspaces.models import Measure, Milestone, StrategyCard
from goals.models import StrategicGoal, Vision
from helmstedt_strategy.publishing import DRAFT_PERMISSIONS, may_see_drafts
from products.models import KPI, Product
from tests.factories import UserFactory


def test_each_model_is_published_with_its_parents():
    def condition(model):
        return model.objects.none().published_condition()

    assert condition(Vision) == Q(is_published=True)
    assert condition(StrategicGoal) == Q(is_published=True) & Q(vision__is_published=True)
    assert condition(StrategyCard) == Q(is_published=True)
    assert condition(Measure) == Q(card__is_published=True)
    assert condition(Milestone) == Q(measure__card__is_published=True)
    assert condition(Product) == Q(is_published=True)
    assert condition(KPI) == Q(product__is_published=True) | (
        Q(product__isnull=True) & Q(strategic_goal__is_published=True) & Q(strategic_goal__vision__is_published=True)
    )


@pytest.mark.django_db
def test_drafts_need_all_draft_permissions():
    """Granted together by the roles; a user with only some of them sees no drafts anywhere."""
    user = UserFactory()
    for name in DRAFT_PERMISSIONS[:-1]:
        app_label, codename = name.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    user = type(user).objects.get(pk=user.pk)  # a fresh permission cache
    assert not may_see_drafts(user)
    assert StrategicGoal.objects.visible_to(user).query.where  # filtered, not everything
    app_label, codename = DRAFT_PERMISSIONS[-1].split(".")
    user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    user = type(user).objects.get(pk=user.pk)
    assert may_see_drafts(user)
    assert not StrategicGoal.objects.visible_to(user).query.where
