"""Feeds of public papers and decisions; KPI open data with licence and DCAT-AP.de description."""

import csv
import io
from xml.etree import ElementTree

import pytest
from django.test import Client
from django.urls import reverse

from committees.models import Consultation, Paper
from oparl import public
from products.models import KPI, Product
from tests.committees.factories import PaperFactory

pytestmark = pytest.mark.django_db


def test_overview_page(demo, client_for):
    response = client_for(None).get(reverse("opendata:overview"))
    assert response.status_code == 200
    assert "dl-de/by-2-0" in response.content.decode()


def test_paper_feed_lists_public_papers_only(demo):
    unit = Paper.objects.first().originator
    PaperFactory(originator=unit, status=Paper.Status.DRAFT, name="Entwurf Geheimsache")
    client = Client()
    rss = client.get(reverse("opendata:papers_rss"))
    assert rss["Content-Type"].startswith("application/rss+xml")
    titles = [e.text for e in ElementTree.fromstring(rss.content).iter("title")]
    assert not any("Geheimsache" in (t or "") for t in titles)
    for paper in public.papers():
        assert any(str(paper) == t for t in titles)
    atom = client.get(reverse("opendata:papers_atom"))
    assert atom["Content-Type"].startswith("application/atom+xml")
    ElementTree.fromstring(atom.content)


def test_decision_feed_has_only_public_results(demo):
    decided = Consultation.objects.exclude(result="")
    public_ids = set(public.consultations().exclude(result="").values_list("pk", flat=True))
    assert public_ids and decided.exclude(pk__in=public_ids).exists()  # the demo has both kinds
    rss = Client().get(reverse("opendata:decisions_rss")).content.decode()
    for consultation in decided:
        assert (f"beschluss-{consultation.pk}<" in rss) == (consultation.pk in public_ids)
    Client().get(reverse("opendata:decisions_atom")).content.decode()


def test_kpi_csv_and_json_hold_published_kpis_only(demo):
    hidden = Product.objects.filter(kpis__isnull=False).first()
    hidden.is_published = False
    hidden.save()
    hidden_codes = set(KPI.objects.filter(product=hidden).values_list("code", flat=True))
    client = Client()
    response = client.get(reverse("opendata:kpi_csv"))
    assert response["Content-Disposition"] == 'attachment; filename="kennzahlen.csv"'
    assert "dl-de/by-2-0" in response["Link"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows
    assert not {r["Kennung"] for r in rows} & hidden_codes
    data = client.get(reverse("opendata:kpi_json")).json()
    assert data["lizenz"]["url"] == "https://www.govdata.de/dl-de/by-2-0"
    assert len(data["daten"]) == len(rows)
    assert not {r["kennung"] for r in data["daten"]} & hidden_codes


def test_dcat_description(demo):
    response = Client().get(reverse("opendata:kpi_dataset"))
    assert response["Content-Type"].startswith("application/ld+json")
    dataset = response.json()
    assert dataset["@type"] == "dcat:Dataset"
    for key in ("dct:title", "dct:description", "dct:publisher", "dct:license", "dcat:distribution"):
        assert dataset[key], key
    assert dataset["dct:spatial"]["@id"].endswith("03154")
    assert dataset["dcat:theme"]
    assert dataset["dct:modified"]
    media = {d["dcat:mediaType"] for d in dataset["dcat:distribution"]}
    assert media == {"text/csv", "application/json"}
    for distribution in dataset["dcat:distribution"]:
        assert Client().get(distribution["dcat:accessURL"]["@id"]).status_code == 200


@pytest.mark.parametrize(
    "name", ["overview", "papers_rss", "papers_atom", "decisions_rss", "decisions_atom", "kpi_csv", "kpi_json"]
)
def test_query_count_is_fixed(demo, django_assert_max_num_queries, name):
    client = Client()
    with django_assert_max_num_queries(12):
        client.get(reverse(f"opendata:{name}"))
    unit = Paper.objects.first().originator
    for i in range(40):
        PaperFactory(originator=unit, status=Paper.Status.RELEASED, name=f"Vorlage {i}")
    for kpi in KPI.objects.all()[:3]:
        kpi.pk = None
        kpi.code = f"{kpi.code}-x"
        kpi.save()
    with django_assert_max_num_queries(12):
        client.get(reverse(f"opendata:{name}"))


@pytest.mark.parametrize("name", ["kpi_csv", "kpi_json"])
def test_kpi_downloads_are_cached_until_data_changes(demo, django_assert_max_num_queries, name):
    """Built once, then served from the cache with one query (the shared content version), and built
    again after any change."""
    from products.models import KPIValue

    client = Client()
    url = reverse(f"opendata:{name}")
    first = client.get(url).content
    with django_assert_max_num_queries(1):
        assert client.get(url).content == first
    value = KPIValue.objects.filter(kpi__in=public_kpis(), actual_value__isnull=False).order_by("pk").first()
    value.comment = "Neu erhoben nach Zensus-Korrektur"
    value.save()
    changed = client.get(url).content
    assert changed != first
    assert "Neu erhoben nach Zensus-Korrektur" in changed.decode("utf-8-sig")


def public_kpis():
    from django.contrib.auth.models import AnonymousUser

    return KPI.objects.visible_to(AnonymousUser())
