"""The whole API, walked from /oparl/ on the demo data, against the official schema files."""

import pytest
from django.test import Client

from committees.models import AgendaItem, Consultation, File, Meeting, Paper
from oparl import public

from .crawler import PREFIX, Crawler, load_schemas

pytestmark = pytest.mark.django_db


@pytest.fixture
def crawled(demo):
    return Crawler(Client(), load_schemas()).crawl().check_references()


def test_every_object_validates_and_every_reference_resolves(crawled):
    assert crawled.errors == []
    kinds = {obj["type"].removeprefix(PREFIX) for obj in crawled.objects.values()}
    expected = {"System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting"}
    expected |= {"AgendaItem", "Paper", "Consultation", "Location", "File"}
    assert expected <= kinds


def _ids(crawled, kind):
    return {
        int(url.rstrip("/").rsplit("/", 1)[1])
        for url, obj in crawled.objects.items()
        if obj["type"] == PREFIX + kind and "/main-file/" not in url
    }


def test_no_non_public_object_appears(crawled):
    for model, kind in [
        (Meeting, "Meeting"),
        (AgendaItem, "AgendaItem"),
        (Consultation, "Consultation"),
        (Paper, "Paper"),
        (File, "File"),
    ]:
        public_ids = set(model.objects.visible_to(public.ANONYMOUS).values_list("pk", flat=True))
        hidden = set(model.objects.values_list("pk", flat=True)) - public_ids
        seen = _ids(crawled, kind)
        assert seen == public_ids, kind
        assert not seen & hidden, kind
    assert Meeting.objects.filter(is_public=False).exists()  # the demo really has something to hide
    # not even as a link: no URL of a hidden meeting anywhere in any answer
    hidden_meetings = Meeting.objects.exclude(pk__in=Meeting.objects.visible_to(public.ANONYMOUS))
    text = repr(list(crawled.objects.values()))
    for pk in hidden_meetings.values_list("pk", flat=True):
        assert f"/oparl/meeting/{pk}/'" not in text


def test_web_links_point_to_our_pages(crawled):
    client = Client()
    webs = {obj["web"] for obj in crawled.objects.values() if "web" in obj}
    assert webs
    for url in webs:
        assert client.get(url.removeprefix("http://testserver")).status_code == 200, url
