"""The content version: what moves it, what does not, and that a request reads it once, first."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actionspaces.models import Measure
from actionspaces.services import measure_move
from goals.models import StrategicGoal
from helmstedt_strategy import content_version

pytestmark = pytest.mark.django_db


def test_a_saved_or_deleted_object_moves_it(demo_goals):
    before = content_version.read()
    goal = StrategicGoal.objects.get(number=1)
    goal.title = "Neu"
    goal.save()
    after_save = content_version.read()
    assert after_save != before
    Measure.objects.order_by("pk").first().delete()
    assert content_version.read() != after_save


def test_a_rolled_back_change_leaves_it(demo_goals):
    before = content_version.read()
    with pytest.raises(RuntimeError), transaction.atomic():
        goal = StrategicGoal.objects.get(number=1)
        goal.title = "Nie gespeichert"
        goal.save()
        assert content_version.read() != before  # the writer sees its own change …
        raise RuntimeError
    assert content_version.read() == before  # … nobody else ever does


def test_roles_move_it_logins_do_not(kreistag):
    before = content_version.read()
    Client().force_login(kreistag)  # a login writes last_login and a session
    assert content_version.read() == before
    kreistag.groups.add(Group.objects.get(name="kreisausschuss"))
    assert content_version.read() != before


def test_reordering_measures_moves_it(demo_goals, strategie):
    measure = Measure.objects.filter(order__gt=0).order_by("pk").first()
    before = content_version.read()
    assert measure_move(measure=measure, direction="up", user=strategie)
    assert content_version.read() != before


def test_a_request_reads_it_once_before_anything_else(client_for, demo_goals):
    with CaptureQueriesContext(connection) as queries:
        assert client_for(None).get(reverse("dashboard:portal")).status_code == 200
    reads = [i for i, q in enumerate(queries.captured_queries) if "helmstedt_strategy_contentversion" in q["sql"]]
    assert reads == [0]


def test_keys_differ_by_audience_and_content(demo_goals, strategie, kreistag):
    from django.contrib.auth.models import AnonymousUser

    parts = ("drucksache", 1, "pdf/ua-1")
    keys = {content_version.key(parts, reader=r) for r in (None, AnonymousUser(), strategie, kreistag)}
    assert len(keys) == 4
    before = content_version.key(parts, reader=AnonymousUser())
    content_version.bump()
    assert content_version.key(parts, reader=AnonymousUser()) != before
