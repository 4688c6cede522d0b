"""Error pages with DEBUG off: German, in the site layout, with every security header.

Django answers a request it refuses before any view (too many fields, too large a body,
an unknown Host) with its English "Bad Request (400)" unless templates/400.html exists.
"""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from helmstedt_strategy.forms import MAX_TEXT_LENGTH
from tests.test_production_static import SECURITY_HEADERS


def assert_german_site_page(response, status, heading):
    assert response.status_code == status
    text = response.text
    assert '<html lang="de">' in text and heading in text
    assert "Strategiemanagement" in text and 'id="inhalt"' in text  # the site layout, not a bare page
    assert "Bad Request" not in text and "Not Found" not in text and "Forbidden" not in text
    for header in SECURITY_HEADERS:
        assert header in response, header


@pytest.mark.django_db
def test_too_many_fields_answer_the_german_400(client):
    data = {f"feld{i}": "x" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    assert_german_site_page(client.post(reverse("login"), data), 400, "Ungültige Anfrage")


@pytest.mark.django_db
def test_too_large_a_body_answers_the_german_400(client):
    body = "username=" + "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post(reverse("login"), body, content_type="application/x-www-form-urlencoded")
    assert_german_site_page(response, 400, "Ungültige Anfrage")


@pytest.mark.django_db
def test_an_unknown_host_answers_the_german_400(settings):
    settings.ALLOWED_HOSTS = ["strategie.landkreis-helmstedt.de"]
    response = Client().get(reverse("goals:overview"), headers={"host": "angreifer.example"})
    assert_german_site_page(response, 400, "Ungültige Anfrage")


@pytest.mark.django_db
def test_404_and_403_are_german_site_pages(client_for, demo_goals):
    assert_german_site_page(client_for(None).get("/gibt-es-nicht/"), 404, "Seite nicht gefunden")
    assert_german_site_page(client_for("kreistag").get(reverse("goals:edit", args=[1])), 403, "Keine Berechtigung")


@pytest.mark.django_db
def test_a_text_too_long_for_the_form_keeps_what_was_typed(client_for, demo_goals):
    from goals.models import StrategicGoal

    goal = StrategicGoal.objects.get(number=1)
    client = client_for("strategie")
    # Umlauts post as six bytes each: the body stays far below the request limit, the form refuses it.
    typed = "Übergänge " + "ü" * MAX_TEXT_LENGTH
    data = {
        "title": goal.title,
        "sub_points": goal.sub_points,
        "description": typed,
        "decided_by": goal.decided_by,
        "decided_on": goal.decided_on.strftime("%d.%m.%Y") if goal.decided_on else "",
        "is_published": "on",
        "loaded_version": goal.version,
    }
    response = client.post(reverse("goals:edit", args=[1]), data)
    assert response.status_code == 200
    assert "höchstens 50000 Zeichen" in response.text
    assert typed in response.text  # nothing typed is lost
    goal.refresh_from_db()
    assert goal.description != typed


@pytest.mark.django_db
def test_a_failed_csrf_check_is_a_german_site_page():
    response = Client(enforce_csrf_checks=True).post(reverse("login"), {"username": "strategie", "password": "x"})
    assert_german_site_page(response, 403, "Formular abgelaufen")
