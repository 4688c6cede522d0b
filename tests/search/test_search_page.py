"""/suche/: one search over Vorlagen, Strategiekarten, Maßnahmen, W-Produkte, each by what the user may see.

Staff (strategie, redaktion) find unpublished strategy content; draft papers only the council office
(strategie) and the units that issued or co-sign them; council members and visitors find no drafts.
"""

import pytest
from django.urls import reverse

from actionspaces.models import Measure
from committees.models import Paper
from products.models import Product
from tests.committees.factories import PaperFactory

pytestmark = pytest.mark.django_db
URL = reverse("search:results")


def hits(response, group):
    return [hit.title for g in response.context["groups"] if g.key == group for hit in g.hits]


def test_empty_form_for_everyone(client_for):
    for role in [None, "strategie", "kreistag"]:
        response = client_for(role).get(URL)
        assert response.status_code == 200
        assert response.context["groups"] == []


def test_finds_papers_by_beschlussvorschlag_and_sachdarstellung(demo, client_for):
    unit = Paper.objects.first().originator
    PaperFactory(
        originator=unit,
        status=Paper.Status.RELEASED,
        name="Radweg Schöningen",
        resolution_proposal="Der Kreistag beschließt den Lückenschluss.",
        explanation="Der Schulweg wird sicherer.",
    )
    client = client_for(None)
    assert any("Radweg" in t for t in hits(client.get(URL, {"q": "Lückenschluss"}), "vorlagen"))
    assert any("Radweg" in t for t in hits(client.get(URL, {"q": "Schulweg"}), "vorlagen"))
    assert hits(client.get(URL, {"q": "Schulweg Mondlandung"}), "vorlagen") == []


def test_drafts_and_unpublished_only_for_staff(demo, client_for):
    unit = Paper.objects.first().originator
    PaperFactory(originator=unit, status=Paper.Status.DRAFT, name="Geheimer Entwurf Zebrastreifen")
    product = Product.objects.first()
    product.is_published = False
    product.name = "Zebrastreifen im Produkt"
    product.save()
    measure = Measure.objects.first()
    measure.card.is_published = False
    measure.card.save()
    measure.title = "Zebrastreifen als Maßnahme"
    measure.save()
    for role in [None, "kreistag", "kreisausschuss"]:
        response = client_for(role).get(URL, {"q": "Zebrastreifen"})
        assert response.context["total"] == 0, role
        page = response.content.decode()
        for title in ("Geheimer Entwurf", "Zebrastreifen im Produkt", "Zebrastreifen als Maßnahme"):
            assert title not in page, role
    staff = client_for("strategie").get(URL, {"q": "Zebrastreifen"})
    assert hits(staff, "vorlagen") and hits(staff, "produkte") and hits(staff, "massnahmen")
    # redaktion works in Referat A, not in the unit that drafted the paper.
    editor = client_for("redaktion").get(URL, {"q": "Zebrastreifen"})
    assert hits(editor, "produkte") and hits(editor, "massnahmen")
    assert hits(editor, "vorlagen") == [] and "Geheimer Entwurf" not in editor.content.decode()


def test_query_count_is_fixed(demo, client_for, django_assert_max_num_queries):
    client = client_for("strategie")
    with django_assert_max_num_queries(20):
        client.get(URL, {"q": "Kreistag"})
    unit = Paper.objects.first().originator
    for i in range(40):
        PaperFactory(originator=unit, status=Paper.Status.RELEASED, name=f"Kreistag Punkt {i}")
    with django_assert_max_num_queries(20):
        response = client.get(URL, {"q": "Kreistag"})
    assert len(hits(response, "vorlagen")) == 20
