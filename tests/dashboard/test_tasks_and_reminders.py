"""Meine Aufgaben (due logic) and the reminder command (e-mail, no duplicates)."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from actionspaces.models import Measure
from committees.models import SignOff
from dashboard.models import ReminderLog
from dashboard.tasks import period_end, tasks_for
from tests.actionspaces.factories import ActionSpaceFactory, MeasureFactory, MilestoneFactory, StrategyCardFactory
from tests.committees.factories import MembershipFactory, PaperFactory, PersonFactory, UnitFactory
from tests.factories import UserFactory
from tests.products.factories import KPIFactory, KPIValueFactory, PeriodFactory, ProductFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 10)


@pytest.fixture
def owner(db):
    return UserFactory(username="owner", email="owner@example.org")


@pytest.fixture
def owed(owner):
    """One of each: a missing 2025 KPI value, a late measure, a due milestone, a waiting sign-off."""
    product = ProductFactory()
    product.responsible_users.add(owner)
    kpi = KPIFactory(product=product)
    KPIValueFactory(kpi=kpi, period=PeriodFactory(key="2024"), actual_value=Decimal(5))
    PeriodFactory(key="2025")  # ended 31.12.2025, no value yet
    PeriodFactory(key="2026")  # still running: not due
    space = ActionSpaceFactory()
    space.editors.add(owner)
    card = StrategyCardFactory(action_space=space)
    late = MeasureFactory(card=card, title="Späte Maßnahme", end=date(2026, 2, 1))
    MeasureFactory(card=card, title="Ferne Maßnahme", end=date(2027, 1, 1))
    MeasureFactory(card=card, title="Fertige Maßnahme", end=date(2026, 1, 1), status=Measure.Status.DONE)
    MilestoneFactory(measure=late, title="Bald fälliger Meilenstein", due_on=date(2026, 3, 20))
    MilestoneFactory(measure=late, title="Erreichter Meilenstein", due_on=date(2026, 3, 1), is_reached=True)
    unit = UnitFactory()
    MembershipFactory(person=PersonFactory(user=owner), organization=unit)
    paper = PaperFactory(status="mitzeichnung", name="Vorlage zur Mitzeichnung")
    SignOff.objects.create(paper=paper, unit=unit)
    signed = PaperFactory(status="mitzeichnung", name="Schon gezeichnet")
    SignOff.objects.create(paper=signed, unit=unit, signed_by=owner, signed_at="2026-03-01T10:00:00+01:00")
    return kpi


def test_period_end():
    assert period_end(PeriodFactory.build(key="2025", kind="jahr", start=date(2025, 1, 1))) == date(2026, 1, 1)
    assert period_end(PeriodFactory.build(key="2025-Q4", kind="quartal", start=date(2025, 10, 1))) == date(2026, 1, 1)
    assert period_end(PeriodFactory.build(key="2025-12", kind="monat", start=date(2025, 12, 1))) == date(2026, 1, 1)


def test_due_logic(owner, owed):
    titles = [t.title for t in tasks_for(owner, TODAY)]
    assert any("für 2025" in t for t in titles)
    assert not any("für 2026" in t or "für 2024" in t for t in titles)
    assert any(t.startswith("Späte Maßnahme") for t in titles)
    assert any(t.startswith("Bald fälliger Meilenstein") for t in titles)
    assert any(t.startswith("Vorlage zur Mitzeichnung") for t in titles)
    for hidden in ["Ferne Maßnahme", "Fertige Maßnahme", "Erreichter Meilenstein", "Schon gezeichnet"]:
        assert not any(t.startswith(hidden) for t in titles), hidden
    late = [t for t in tasks_for(owner, TODAY) if t.is_late(TODAY)]
    assert {t.kind for t in late} >= {"Kennzahlwert", "Maßnahme"}


def test_entered_value_is_no_longer_due(owner, owed):
    KPIValueFactory(kpi=owed, period=PeriodFactory(key="2025"), actual_value=Decimal(7))
    assert not any("für 2025" in t.title for t in tasks_for(owner, TODAY))


def test_nobody_else_owes_it(owed):
    other = UserFactory(username="other", email="other@example.org")
    assert tasks_for(other, TODAY) == []


def test_tasks_page(client, owner, owed):
    owner.groups.add(Group.objects.get(name="redaktion"))
    client.force_login(owner)
    page = client.get(reverse("dashboard:tasks")).content.decode()
    assert "Späte Maßnahme" in page and "überfällig" in page
    assert "Ferne Maßnahme" not in page


def test_send_reminders_once(owner, owed, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = StringIO()
    call_command("send_reminders", "--datum", TODAY.isoformat(), stdout=out)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["owner@example.org"]
    assert "Späte Maßnahme" in message.body and "Vorlage zur Mitzeichnung" in message.body
    assert ReminderLog.objects.filter(user=owner).count() == 4
    # The next day's run sends nothing again ...
    call_command("send_reminders", "--datum", "2026-03-11", stdout=StringIO())
    assert len(mail.outbox) == 1
    # ... until something new falls due.
    late = Measure.objects.get(title="Ferne Maßnahme")
    late.end = date(2026, 3, 15)
    late.save()
    call_command("send_reminders", "--datum", "2026-03-11", stdout=StringIO())
    assert len(mail.outbox) == 2
    assert "Ferne Maßnahme" in mail.outbox[1].body and "Späte Maßnahme" not in mail.outbox[1].body


def test_send_reminders_rejects_a_bad_date(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="kein Datum"):
        call_command("send_reminders", "--datum", "morgen")


def test_user_without_email_gets_nothing(owner, owed, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    owner.email = ""
    owner.save()
    call_command("send_reminders", "--datum", TODAY.isoformat(), stdout=StringIO())
    assert mail.outbox == []


@pytest.mark.parametrize("key", ["9999", "9999-Q4", "9999-12"])
def test_a_period_at_the_end_of_the_calendar_left_by_older_versions_does_not_break_the_tasks(owed, owner, key):
    """Before periods were checked against the vision's horizon, "9999" could be entered; its end is no date."""
    kind = {"9999": "jahr", "9999-Q4": "quartal", "9999-12": "monat"}[key]
    PeriodFactory(key=key, kind=kind, start=date(9999, 12 if kind == "monat" else 10 if kind == "quartal" else 1, 1))
    assert [t.title for t in tasks_for(owner, TODAY) if "9999" in t.title] == []
