"""Every OParl list page costs a fixed number of queries, on the demo data and on ten times as much."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

from committees.models import AgendaItem, Consultation, File, Meeting, Membership, Organization, Paper
from goals.models import District
from oparl.serializers import LIST_KINDS
from tests.committees.factories import ConsultationFactory, MeetingFactory, PaperFactory, PersonFactory

pytestmark = pytest.mark.django_db
QUERIES = 12


def grow(tmp_path):
    """Ten times the demo: public and non-public meetings, papers with a Beratungsfolge, files, people."""
    committees = list(Organization.objects.exclude(kind=Organization.Kind.VERWALTUNG))
    unit = Organization.objects.filter(kind=Organization.Kind.VERWALTUNG).first()
    for i in range(40):
        committee = committees[i % len(committees)]
        meeting = MeetingFactory(organization=committee, start=timezone.now() + timezone.timedelta(days=i))
        paper = PaperFactory(originator=unit, prepared_by=unit, status=Paper.Status.RELEASED)
        consultation = ConsultationFactory(
            paper=paper, order=1, organization=committee, meeting=meeting, is_public=meeting.is_public
        )
        AgendaItem.objects.create(
            meeting=meeting, number=1, name=f"Punkt {i}", is_public=meeting.is_public, consultation=consultation
        )
        AgendaItem.objects.create(meeting=meeting, number=2, name="Personalsache", is_public=False)
        attachment = File(paper=paper, name=f"Anlage {i}", mime_type="application/pdf", size=9)
        attachment.file.save(f"anlage-{i}.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
        attachment.save()
        person = PersonFactory()
        Membership.objects.create(person=person, organization=committee)


@pytest.mark.parametrize("kind", LIST_KINDS)
def test_list_page_query_count_is_fixed(demo, settings, tmp_path, django_assert_max_num_queries, kind):
    settings.MEDIA_ROOT = tmp_path
    url = f"/oparl/body/{District.objects.get().pk}/{kind}/"
    client = Client()
    with django_assert_max_num_queries(QUERIES):
        small = client.get(url, {"modified_since": "2000-01-01T00:00:00+01:00"}).json()
    grow(tmp_path)
    with django_assert_max_num_queries(QUERIES):
        big = client.get(url, {"modified_since": "2000-01-01T00:00:00+01:00"}).json()
    assert big["pagination"]["totalElements"] >= small["pagination"]["totalElements"]
    assert Consultation.objects.count() > 40 and Meeting.objects.count() > 40
