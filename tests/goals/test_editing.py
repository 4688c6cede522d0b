import pytest
from django.urls import reverse

from goals.models import StrategicGoal

pytestmark = pytest.mark.django_db


def form_data(goal, **changes):
    data = {
        "title": goal.title,
        "sub_points": goal.sub_points,
        "description": goal.description,
        "decided_by": goal.decided_by,
        "decided_on": goal.decided_on.strftime("%d.%m.%Y") if goal.decided_on else "",
        "is_published": "on" if goal.is_published else "",
        "loaded_version": goal.version,
    }
    data.update(changes)
    return data


def test_strategy_office_edits_a_goal_and_the_history_says_who_and_what(client_for, demo_goals, strategie):
    goal = StrategicGoal.objects.get(number=2)
    client = client_for("strategie")
    response = client.post(reverse("goals:edit", args=[2]), form_data(goal, description="Neue Beschreibung."))
    assert response.status_code == 302
    goal.refresh_from_db()
    assert goal.description == "Neue Beschreibung."
    assert goal.version == 2
    latest = goal.history.first()
    assert latest.history_user == strategie
    history = client.get(reverse("goals:history", args=[2])).text
    assert "Neue Beschreibung." in history
    assert "Beschreibung" in history
    assert "Albers (Beispiel)" in history


def test_second_editor_with_a_stale_copy_gets_a_conflict_and_nothing_is_overwritten(client_for, demo_goals):
    goal = StrategicGoal.objects.get(number=2)
    stale = form_data(goal)
    first = client_for("strategie")
    assert first.post(reverse("goals:edit", args=[2]), {**stale, "description": "Fassung A"}).status_code == 302

    response = first.post(reverse("goals:edit", args=[2]), {**stale, "description": "Fassung B"})
    assert response.status_code == 409
    assert "Bearbeitungskonflikt" in response.text
    assert "Fassung A" in response.text  # what changed meanwhile is shown
    assert "Fassung B" in response.text  # the user's own input is kept in the form
    goal.refresh_from_db()
    assert goal.description == "Fassung A"
    assert goal.history.count() == 2


def test_after_a_conflict_the_user_can_save_deliberately(client_for, demo_goals):
    goal = StrategicGoal.objects.get(number=1)
    client = client_for("strategie")
    stale = form_data(goal)
    client.post(reverse("goals:edit", args=[1]), {**stale, "description": "A"})
    conflict = client.post(reverse("goals:edit", args=[1]), {**stale, "description": "B"})
    new_version = conflict.context["form"]["loaded_version"].value()
    assert int(new_version) == 2
    assert (
        client.post(reverse("goals:edit", args=[1]), {**stale, "description": "B", "loaded_version": 2}).status_code
        == 302
    )
    goal.refresh_from_db()
    assert goal.description == "B"


def test_invalid_form_names_the_field_in_german_and_changes_nothing(client_for, demo_goals):
    goal = StrategicGoal.objects.get(number=1)
    response = client_for("strategie").post(reverse("goals:edit", args=[1]), form_data(goal, title=""))
    assert response.status_code == 200
    assert "Dieses Feld ist zwingend erforderlich." in response.text
    assert StrategicGoal.objects.get(number=1).title == goal.title


def test_restore_an_earlier_version(client_for, demo_goals):
    goal = StrategicGoal.objects.get(number=3)
    original = goal.description
    client = client_for("strategie")
    client.post(reverse("goals:edit", args=[3]), form_data(goal, description="Überschrieben"))
    goal.refresh_from_db()
    first_record = goal.history.order_by("history_date").first()
    history_page = client.get(reverse("goals:history", args=[3])).text
    restore_url = reverse("goals:restore", args=[3, first_record.history_id])
    assert restore_url in history_page

    response = client.post(restore_url, {"loaded_version": goal.version})
    assert response.status_code == 302
    goal.refresh_from_db()
    assert goal.description == original
    assert goal.version == 3
    assert goal.history.first().history_change_reason.startswith("Wiederhergestellt")


def test_restore_with_stale_version_is_refused(client_for, demo_goals):
    goal = StrategicGoal.objects.get(number=3)
    client = client_for("strategie")
    client.post(reverse("goals:edit", args=[3]), form_data(goal, description="Neu"))
    first_record = goal.history.order_by("history_date").first()
    response = client.post(
        reverse("goals:restore", args=[3, first_record.history_id]), {"loaded_version": 1}, follow=True
    )
    assert "Bearbeitungskonflikt" in response.text
    goal.refresh_from_db()
    assert goal.description == "Neu"


def test_restore_needs_post(client_for, demo_goals):
    goal = StrategicGoal.objects.get(number=3)
    record = goal.history.first()
    assert client_for("strategie").get(reverse("goals:restore", args=[3, record.history_id])).status_code == 405


def test_vision_edit_and_history(client_for, demo_goals):
    from goals.models import Vision

    vision = Vision.objects.get()
    client = client_for("strategie")
    data = {
        "title": vision.title,
        "horizon_year": 2035,
        "binding_from_year": 2027,
        "statement": vision.statement,
        "decided_by": vision.decided_by,
        "decided_on": "18.09.2024",
        "is_published": "on",
        "loaded_version": vision.version,
    }
    assert client.post(reverse("goals:vision_edit"), data).status_code == 302
    vision.refresh_from_db()
    assert vision.binding_from_year == 2027
    assert "2027" in client.get(reverse("goals:vision_history")).text


def test_conflict_message_gives_berlin_time(client_for, demo_goals):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    goal = StrategicGoal.objects.get(number=2)
    stale = form_data(goal)
    client = client_for("strategie")
    client.post(reverse("goals:edit", args=[2]), {**stale, "description": "A"})
    response = client.post(reverse("goals:edit", args=[2]), {**stale, "description": "B"})
    changed = goal.history.first().history_date.astimezone(ZoneInfo("Europe/Berlin"))
    assert changed.strftime("%d.%m.%Y, %H:%M Uhr") in response.text
    assert isinstance(changed, datetime)
