"""The rules of the OParl specification that the schema files do not carry."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.utils import timezone

from committees.models import Consultation, File, Location, Meeting, Organization, Paper
from goals.models import District

pytestmark = pytest.mark.django_db


def body_url(path):
    return f"/oparl/body/{District.objects.get().pk}/{path}/"


def test_system_and_cors(demo):
    response = Client().get("/oparl/")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Type"].startswith("application/json")
    assert not response.content.startswith(b"\xef\xbb\xbf")
    data = response.json()
    assert data["id"] == "http://testserver/oparl/"
    assert data["oparlVersion"] == "https://schema.oparl.org/1.1/"


def test_errors_are_oparl_error_objects(demo):
    client = Client()
    for url, status in [
        ("/oparl/paper/999999/", 404),
        ("/oparl/gibt-es-nicht", 404),
        ("/oparl/body/999/paper/", 404),
        (body_url("paper") + "?created_since=gestern", 400),
        (body_url("paper") + "?limit=0", 400),
        (body_url("paper") + "?page=99", 400),
    ]:
        response = client.get(url)
        assert response.status_code == status, url
        assert response["Access-Control-Allow-Origin"] == "*"
        data = response.json()
        assert data["type"] == "https://schema.oparl.org/1.1/Error"
        assert data["message"]


IMPOSSIBLE_LIST_PARAMETERS = [
    "limit=²",
    "limit=①",
    "page=²",
    "limit=１０",
    "page=" + "9" * 5000,
    "limit=" + "9" * 5000,
    "created_since=2024-13-45T00:00:00",
    "modified_until=2024-02-30T10:00:00%2B01:00",
    "created_since=9999-12-31T23:59:59-14:00",
    "modified_since=0001-01-01T00:00:00%2B14:00",
    "created_until=2024-01-01T25:00:00",
    "modified_since=2024-01-01T00:00:00%2B99:00",
    "modified_since=２０２４-01-01T00:00:00",
    "modified_since=%00",
]


def test_impossible_list_parameters_are_oparl_errors(demo):
    client = Client(raise_request_exception=False)
    for query in IMPOSSIBLE_LIST_PARAMETERS:
        response = client.get(body_url("paper") + "?" + query)
        assert response.status_code == 400, query
        assert response["Content-Type"].startswith("application/json")
        data = response.json()
        assert data["type"] == "https://schema.oparl.org/1.1/Error"
        assert data["message"].split(":")[0] in query


def test_pagination_over_several_pages_in_stable_order(demo):
    client = Client()
    first = client.get(body_url("person") + "?limit=2").json()
    total = first["pagination"]["totalElements"]
    assert first["pagination"]["totalPages"] == -(-total // 2) > 2
    assert "prev" not in first["links"]
    seen, page = [], first
    while True:
        seen += [obj["id"] for obj in page["data"]]
        assert "limit=2" in page["links"]["self"]
        if "next" not in page["links"]:
            break
        page = client.get(page["links"]["next"]).json()
        assert "prev" in page["links"]
    assert len(seen) == total == len(set(seen))
    assert [int(u.rstrip("/").rsplit("/", 1)[1]) for u in seen] == sorted(
        int(u.rstrip("/").rsplit("/", 1)[1]) for u in seen
    )


def test_filters_narrow_and_are_carried_into_links(demo):
    client = Client()
    everything = client.get(body_url("meeting")).json()["pagination"]["totalElements"]
    later = timezone.now() + timezone.timedelta(days=1)
    stamp = later.isoformat()
    for name in ("created_since", "modified_since"):
        page = client.get(body_url("meeting"), {name: stamp, "limit": 1}).json()
        assert page["pagination"]["totalElements"] == 0 if name == "created_since" else True
        for link in page["links"].values():
            assert name in link
    for name in ("created_until", "modified_until"):
        page = client.get(body_url("meeting"), {name: stamp}).json()
        assert page["pagination"]["totalElements"] == everything
    earlier = (timezone.now() - timezone.timedelta(days=3650)).isoformat()
    assert client.get(body_url("meeting"), {"created_until": earlier}).json()["data"] == []
    # touch one meeting: only it is modified since now
    before = timezone.now()
    meeting = Meeting.objects.filter(is_public=True).first()
    meeting.save()
    page = client.get(body_url("meeting"), {"modified_since": before.isoformat()}).json()
    assert [obj["id"] for obj in page["data"]] == [f"http://testserver/oparl/meeting/{meeting.pk}/"]


def test_deleted_objects_only_with_modified_since(demo):
    client = Client()
    before = timezone.now() - timezone.timedelta(seconds=1)
    location = Location.objects.create(description="Alte Turnhalle")
    pk = location.pk
    location.delete()
    without = client.get(body_url("location")).json()
    assert not any(obj.get("deleted") for obj in without["data"])
    with_since = client.get(body_url("location"), {"modified_since": before.isoformat()}).json()
    deleted = [obj for obj in with_since["data"] if obj.get("deleted")]
    assert deleted == [
        {
            "id": f"http://testserver/oparl/location/{pk}/",
            "type": "https://schema.oparl.org/1.1/Location",
            "created": deleted[0]["created"],
            "modified": deleted[0]["modified"],
            "deleted": True,
        }
    ]
    assert client.get(f"/oparl/location/{pk}/").json()["deleted"] is True


def test_deleted_non_public_meeting_is_never_announced(demo):
    client = Client()
    before = timezone.now() - timezone.timedelta(seconds=1)
    committee = Organization.objects.filter(kind=Organization.Kind.AUSSCHUSS).first()
    secret = Meeting.objects.create(organization=committee, start=timezone.now(), is_public=False)
    pk = secret.pk
    secret.delete()
    page = client.get(body_url("meeting"), {"modified_since": before.isoformat()}).json()
    assert f"/oparl/meeting/{pk}/" not in repr(page)
    assert client.get(f"/oparl/meeting/{pk}/").status_code == 404


def test_parts_deleted_while_the_paper_was_a_draft_are_never_announced(demo):
    """History does not reveal drafts: an attachment or consultation removed from a paper while it
    was a draft gets no tombstone after the paper's release; one removed afterwards does."""
    client = Client()
    before = timezone.now() - timezone.timedelta(seconds=1)
    paper = Paper.objects.visible_to(AnonymousUser()).order_by("pk").first()
    released = paper.status
    paper.status = Paper.Status.DRAFT
    paper.save()
    draft_file = File.objects.create(paper=paper, name="Entwurfsnotiz", mime_type="application/pdf", size=1)
    draft_step = Consultation.objects.create(
        paper=paper, order=50, organization=Organization.objects.get(short_name="AWS"), is_public=True
    )
    draft_ids = (draft_file.pk, draft_step.pk)
    draft_file.delete()
    draft_step.delete()
    paper.status = released
    paper.save()
    later = File.objects.create(paper=paper, name="Nachtrag", mime_type="application/pdf", size=1)
    later_pk = later.pk
    later.delete()
    files = client.get(body_url("file"), {"modified_since": before.isoformat()}).json()
    assert f"/oparl/file/{draft_ids[0]}/" not in repr(files)
    assert f"/oparl/file/{later_pk}/" in repr(files)
    steps = client.get(body_url("consultation"), {"modified_since": before.isoformat()}).json()
    assert f"/oparl/consultation/{draft_ids[1]}/" not in repr(steps)


def test_omit_internal_drops_embedded_lists(demo):
    client = Client()
    full = client.get(body_url("meeting")).json()["data"]
    assert any("agendaItem" in m for m in full)
    page = client.get(body_url("meeting"), {"omit_internal": "true"}).json()
    assert all("agendaItem" not in m for m in page["data"])
    assert all("omit_internal=true" in link for link in page["links"].values())


def test_organization_meeting_list_has_only_public_meetings(demo):
    client = Client()
    kreisausschuss = Organization.objects.get(kind=Organization.Kind.KREISAUSSCHUSS)
    assert Meeting.objects.filter(organization=kreisausschuss, is_public=False).exists()
    page = client.get(f"/oparl/organization/{kreisausschuss.pk}/meeting/").json()
    public_ids = set(Meeting.objects.filter(organization=kreisausschuss, is_public=True).values_list("pk", flat=True))
    assert page["pagination"]["totalElements"] == len(public_ids)


def test_paper_main_file_is_the_drucksache_pdf(demo):
    paper = Client().get(body_url("paper")).json()["data"][0]
    pk = paper["id"].rstrip("/").rsplit("/", 1)[1]
    assert paper["mainFile"]["accessUrl"] == f"http://testserver/vorlagen/{pk}/drucksache.pdf"
    assert paper["mainFile"]["mimeType"] == "application/pdf"


def test_context_urls_equal_reversed_urls_for_any_arguments(rf):
    """Serializers build URLs from templates reversed once per page; they must equal Django's reverse."""
    from django.urls import reverse

    from oparl.serializers import Context

    request = rf.get("/oparl/")
    ctx = Context(request=request, body_id=1)
    for _ in range(2):  # the second round uses the stored templates
        for kind, pk in [("agenda-item", 5), ("paper", 12345), ("meeting", 1)]:
            expected = request.build_absolute_uri(reverse("oparl:object", kwargs={"kind": kind, "pk": pk}))
            assert ctx.obj(kind, pk) == expected
        assert ctx.url("oparl:list", body=1, kind="legislative-term") == request.build_absolute_uri(
            reverse("oparl:list", kwargs={"body": 1, "kind": "legislative-term"})
        )
        assert ctx.url("committees:meeting_detail", pk=77) == "http://testserver/sitzungen/77/"
