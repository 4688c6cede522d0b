"""Writes of the dashboard app: sending due reminders once per user, item and due date."""

from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .models import ReminderLog
from .tasks import tasks_for


def candidate_users():
    """Users who can owe something: responsible for a product, editor of an Aktionsraum, or member of a unit."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(
            Q(responsible_products__isnull=False)
            | Q(edited_action_spaces__isnull=False)
            | Q(committee_person__memberships__organization__kind="verwaltung")
        )
        .distinct()
        .order_by("pk")
    )


def reminders_send(*, today: date, user=None) -> dict:
    """Send each candidate one e-mail with the due items not reminded of before. Returns counts.

    Safe to run daily: the ReminderLog row (unique per user/item/due date) is written in the
    same transaction as the send, so a second run finds nothing new."""
    mails = items = 0
    for recipient in candidate_users():
        due = tasks_for(recipient, today)
        if not due:
            continue
        known = set(
            ReminderLog.objects.filter(user=recipient, item_key__in=[t.key for t in due]).values_list(
                "item_key", "due_on"
            )
        )
        new = [t for t in due if (t.key, t.due_on) not in known]
        if not new:
            continue
        try:
            with transaction.atomic():
                for task in new:
                    ReminderLog.objects.create(user=recipient, item_key=task.key, due_on=task.due_on)
                body = render_to_string(
                    "dashboard/reminder_mail.txt",
                    {"user": recipient, "tasks": new, "today": today, "site": getattr(settings, "SITE_URL", "")},
                )
                send_mail(
                    _("Erinnerung: %(count)s Aufgaben sind fällig") % {"count": len(new)},
                    body,
                    None,
                    [recipient.email],
                )
        except IntegrityError:  # a parallel run got there first
            continue
        mails += 1
        items += len(new)
    return {"mails": mails, "items": items}
