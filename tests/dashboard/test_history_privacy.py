"""History shown to a reader covers only versions that reader could see (`reader_history.visible_history`)."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from actionspaces.models import Measure, StrategyCard
from goals.models import StrategicGoal
from products.models import KPI, KPIValue, ReportingPeriod

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def dashboard(client) -> str:
    return text(client.get(reverse("dashboard:home")))


def test_measures_of_a_draft_card_stay_out_of_recent_changes(client_for, full_demo):
    """A measure that existed only while its card was a draft, and a measure's draft title, never
    reach a council member; what changed after the card was published does. (The dashboard shows
    one line per card: the latest measure change.)"""
    card = StrategyCard.objects.get(action_space__slug="bildung")
    assert not card.is_published
    kept = Measure.objects.create(card=card, title="Arbeitstitel aus dem Entwurf", order=90)
    gone = Measure.objects.create(card=card, title="Verworfenes Vorhaben aus dem Entwurf", order=91)
    gone.delete()
    card.is_published = True
    card.save()
    council = dashboard(client_for("kreistag"))
    assert "Letzte Änderungen" in council
    assert "Verworfenes Vorhaben aus dem Entwurf" not in council
    assert "Arbeitstitel aus dem Entwurf" not in council
    # Staff saw the draft, so they see its history.
    assert "Verworfenes Vorhaben aus dem Entwurf" in dashboard(client_for("strategie"))
    kept.title = "Veröffentlichte Maßnahme"
    kept.save()
    assert "Veröffentlichte Maßnahme" in dashboard(client_for("kreistag"))


def test_a_goal_title_from_before_its_publication_stays_out(client_for, full_demo):
    goal = StrategicGoal.objects.get(number=3)
    goal.is_published = False
    goal.save()
    goal.title = "Interner Arbeitstitel des Ziels"
    goal.save()
    goal.title = "Öffentlicher Titel des Ziels"
    goal.is_published = True
    goal.save()
    council = dashboard(client_for("kreistag"))
    assert "Öffentlicher Titel des Ziels" in council
    assert "Interner Arbeitstitel des Ziels" not in council


def test_kpi_value_history_leaves_out_values_entered_while_the_product_was_a_draft(client_for, full_demo):
    kpi = KPI.objects.filter(product__is_published=True).order_by("pk").first()
    product = kpi.product
    product.is_published = False
    product.save()
    period = ReportingPeriod.objects.order_by("-start").first()
    value, _ = KPIValue.objects.get_or_create(kpi=kpi, period=period)
    value.actual_value = Decimal("1")
    value.comment = "Vorläufig, nur im Entwurf"
    value.save()
    product.is_published = True
    product.save()
    value.comment = "Geprüft und veröffentlicht"
    value.save()
    url = reverse("products:kpi", args=[kpi.pk])
    council = text(client_for("kreistag").get(url))
    assert "Geprüft und veröffentlicht" in council
    assert "Vorläufig, nur im Entwurf" not in council
    assert "Vorläufig, nur im Entwurf" in text(client_for("strategie").get(url))
