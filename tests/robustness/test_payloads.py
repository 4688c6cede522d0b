"""Script and SQL payloads in every text field of the main editable models: every page that shows them
renders them escaped, never raw, and the database keeps them verbatim (nothing was executed)."""

import html

import pytest
from django.core.management import call_command
from django.db import models
from django.urls import reverse

from actionspaces.models import Milestone, StrategyCard
from committees.models import AgendaItem, Meeting, Paper
from goals.models import StrategicGoal, Vision
from products.models import KPIValue, Product

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE committees_paper; --",
]
# Identifiers and codes that the pages use to find an object, not free text.
NOT_FREE_TEXT = {"number", "code", "key", "colour", "icon", "slug"}


def text_fields(model):
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField)
        and not field.choices
        and not field.unique
        and field.name not in NOT_FREE_TEXT
        and (field.max_length or 10_000) >= 40
    ]


def _objects():
    """(object, pages that show it) for each model the issue names, on the demo data."""
    card = StrategyCard.objects.get(action_space__slug="gesundheit")
    measure = card.measures.order_by("pk").first()
    milestone = Milestone.objects.filter(measure__card=card).order_by("pk").first()
    product = Product.objects.get(number__startswith="363")
    kpi_value = KPIValue.objects.filter(kpi__product=product).order_by("pk").first()
    paper = Paper.objects.filter(status=Paper.Status.DRAFT).order_by("pk").first()  # editable: not yet released
    meeting = Meeting.objects.filter(is_public=True).order_by("pk").first()
    agenda_item = AgendaItem.objects.filter(meeting=meeting).order_by("pk").first()
    goal = StrategicGoal.objects.get(number=2)
    card_pages = [
        reverse("actionspaces:card", args=["gesundheit"]),
        reverse("actionspaces:card_edit", args=["gesundheit"]),
        reverse("actionspaces:card_history", args=["gesundheit"]),
    ]
    return [
        (Vision.objects.get(), [reverse("home"), reverse("goals:overview"), reverse("goals:vision_edit")]),
        (goal, [reverse("goals:overview"), reverse("goals:detail", args=[2]), reverse("goals:edit", args=[2])]),
        (card, [*card_pages, reverse("actionspaces:overview")]),
        (measure, [*card_pages, reverse("actionspaces:measure_edit", args=["gesundheit", measure.pk])]),
        (milestone, [*card_pages, reverse("actionspaces:milestone_edit", args=["gesundheit", milestone.pk])]),
        (product, [reverse("products:list"), reverse("products:detail", args=[product.pk])]),
        (kpi_value, [reverse("products:kpi", args=[kpi_value.kpi_id]), reverse("products:detail", args=[product.pk])]),
        (
            paper,
            [
                reverse("committees:paper_list"),
                reverse("committees:paper_detail", args=[paper.pk]),
                reverse("committees:paper_edit", args=[paper.pk]),
                reverse("committees:paper_history", args=[paper.pk]),
            ],
        ),
        (meeting, [reverse("committees:meeting_list"), reverse("committees:meeting_detail", args=[meeting.pk])]),
        (agenda_item, [reverse("committees:meeting_detail", args=[meeting.pk])]),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_are_shown_escaped_and_stored_verbatim(client_for, strategie, payload):
    call_command("load_demo", verbosity=0, stdout=None)
    objects = _objects()
    counts = {model: model.objects.count() for model in {type(obj) for obj, _pages in objects}}
    for obj, _pages in objects:
        for name in text_fields(type(obj)):
            setattr(obj, name, payload)
        obj._history_user = strategie
        obj.save()  # a normal save: the history pages show the payload in their diffs, too
    escaped = html.escape(payload)
    clients = {"anonym": client_for(None), "strategie": client_for("strategie")}
    shown = {type(obj).__name__: False for obj, _pages in objects}
    for obj, pages in objects:
        for url in pages:
            for persona, client in clients.items():
                response = client.get(url)
                assert response.status_code in (200, 302, 403, 404), (url, persona)
                body = response.content.decode()
                assert payload not in body, f"raw payload on {url} as {persona}"
                shown[type(obj).__name__] |= escaped in body
    assert all(shown.values()), f"payload never shown (escaped) for: {[k for k, v in shown.items() if not v]}"
    for obj, _pages in objects:  # stored exactly as typed, and nothing dropped or deleted
        obj.refresh_from_db()
        assert all(getattr(obj, name) == payload for name in text_fields(type(obj)))
    assert counts == {model: model.objects.count() for model in counts}
