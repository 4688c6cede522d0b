"""Many-to-many links (partner municipalities, goals of a paper …) are in the history and come back on restore."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from actionspaces.models import Measure, Municipality
from helmstedt_strategy.editing import restore_version
from helmstedt_strategy.history import history_page

pytestmark = pytest.mark.django_db


def test_partner_change_is_shown_and_restored(strategie):
    call_command("load_demo", verbosity=0)
    measure = Measure.objects.filter(partners__isnull=False).distinct().first()
    before = set(measure.partners.values_list("pk", flat=True))
    first_record = measure.history.order_by("history_date", "history_id").last()
    other = Municipality.objects.exclude(pk__in=before).first()

    measure.partners.set([other])
    measure._history_user = strategie
    measure.save()

    page = history_page(measure, user=strategie)
    partner_changes = [c for entry in page.entries for c in entry.changes if c.label == "Partnerkommunen"]
    assert any(c.new_display == str(other) for c in partner_changes)
    names = [str(Municipality.objects.get(pk=pk)) for pk in before]
    assert any(all(name in c.old_display for name in names) for c in partner_changes)

    measure.refresh_from_db()
    restore_version(instance=measure, record=first_record, expected_version=measure.version, user=strategie)
    assert set(measure.partners.values_list("pk", flat=True)) == before


def test_history_page_of_a_measure_is_readable(client_for):
    call_command("load_demo", verbosity=0)
    measure = Measure.objects.filter(partners__isnull=False, card__action_space__slug="gesundheit").first()
    url = reverse("actionspaces:measure_history", args=["gesundheit", measure.pk])
    text = client_for("strategie").get(url).text
    assert "Partnerkommunen" in text
