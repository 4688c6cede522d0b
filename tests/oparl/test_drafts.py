"""Issue 13, point 1: a draft (Entwurf, Mitzeichnung) on the agenda of a public meeting reaches OParl
nowhere: not in the meeting, the agenda-item and consultation lists, their counts, nor as a tombstone."""

import json

import pytest
from django.test import Client
from django.utils import timezone

from committees import services
from committees.models import AgendaItem, Consultation, Meeting, Organization, Paper
from goals.models import District
from helmstedt_strategy.personas import ensure_persona

pytestmark = pytest.mark.django_db


def body_url(kind):
    return f"/oparl/body/{District.objects.get().pk}/{kind}/"


@pytest.fixture
def aws_next(demo):
    return Meeting.objects.get(organization__short_name="AWS", state=Meeting.State.PLANNED)


@pytest.fixture
def draft(demo):
    return Paper.objects.get(status=Paper.Status.DRAFT)


def schedule(paper, meeting):
    return services.paper_add_consultation(
        paper=paper,
        organization=meeting.organization,
        role=Consultation.Role.PRELIMINARY,
        meeting=meeting,
        user=ensure_persona("strategie", password=None),
    )


def everything(client, kind, **params):
    """All pages of one list, as text and with the total count."""
    page = client.get(body_url(kind), {"limit": 500, **params}).json()
    assert page["pagination"]["totalPages"] == 1
    return json.dumps(page, ensure_ascii=False), page["pagination"]["totalElements"]


def test_a_scheduled_draft_is_in_no_list_and_no_count(aws_next, draft):
    client = Client()
    before = {kind: everything(client, kind)[1] for kind in ("meeting", "agenda-item", "consultation")}
    consultation = schedule(draft, aws_next)
    item = AgendaItem.objects.get(consultation=consultation)
    assert item.is_public and aws_next.is_public
    for kind in ("meeting", "agenda-item", "consultation", "paper"):
        text, total = everything(client, kind)
        assert draft.name not in text, kind
        assert f"/agenda-item/{item.pk}/" not in text, kind
        assert f"/consultation/{consultation.pk}/" not in text, kind
        if kind in before:
            assert total == before[kind], kind
    text, _ = everything(client, "meeting", omit_internal="false")
    assert draft.name not in text
    committee_lists = [f"/oparl/organization/{aws_next.organization_id}/{k}/" for k in ("meeting", "consultation")]
    for url in committee_lists:
        assert draft.name not in client.get(url).text
    assert client.get(f"/oparl/agenda-item/{item.pk}/").status_code == 404
    assert client.get(f"/oparl/consultation/{consultation.pk}/").status_code == 404
    assert draft.name not in client.get(f"/oparl/meeting/{aws_next.pk}/").text


def test_a_deleted_agenda_item_of_a_draft_is_never_announced(aws_next, draft):
    client = Client()
    since = (timezone.now() - timezone.timedelta(seconds=1)).isoformat()
    consultation = schedule(draft, aws_next)
    first = AgendaItem.objects.get(consultation=consultation)
    # Rescheduling deletes the agenda item and creates a new one: the old one leaves a deletion record.
    later = Meeting.objects.create(
        organization=aws_next.organization, start=aws_next.start + timezone.timedelta(days=7), is_public=True
    )
    services.consultation_schedule(
        consultation=consultation, meeting=later, user=ensure_persona("strategie", password=None)
    )
    assert not AgendaItem.objects.filter(pk=first.pk).exists()
    assert AgendaItem.history.filter(id=first.pk, history_type="-").exists()
    for kind in ("agenda-item", "consultation", "meeting"):
        text, _ = everything(client, kind, modified_since=since)
        assert f"/agenda-item/{first.pk}/" not in text, kind
        assert draft.name not in text, kind
    assert client.get(f"/oparl/agenda-item/{first.pk}/").status_code == 404


def test_a_released_paper_on_a_public_meeting_still_shows(aws_next):
    text, _ = everything(Client(), "agenda-item")
    assert "Sachstand der Strategiekarten" in text
    assert Organization.objects.filter(kind=Organization.Kind.AUSSCHUSS).exists()
