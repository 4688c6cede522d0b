"""Shared steps of every workflow change: lock the paper, check its status, set it, log it."""

from django.core.exceptions import ValidationError

from ..models import (
    Consultation,
    Paper,
    PaperEvent,
)

Status = Paper.Status
Result = Consultation.Result


def _log(*, paper, action, description, user, from_status="", to_status="", consultation=None):
    PaperEvent.objects.create(
        paper=paper,
        action=action,
        description=description,
        user=user,
        from_status=from_status,
        to_status=to_status,
        consultation=consultation,
    )


def _lock(paper) -> Paper:
    """The paper's row, locked for the rest of the transaction (fresh state, no lost updates)."""
    return Paper.objects.select_for_update().get(pk=paper.pk)


def _save(obj, user) -> None:
    """Save a row changed by a workflow step: a new version (stale edit forms then conflict) and
    the user in its history."""
    obj.version += 1
    obj._history_user = user
    obj.save()


def _set_status(paper, to_status, *, user, action, description, consultation=None):
    from_status = paper.status
    paper.status = to_status
    _save(paper, user)
    _log(
        paper=paper,
        action=action,
        description=description,
        user=user,
        from_status=from_status,
        to_status=to_status,
        consultation=consultation,
    )


def _require_status(paper, *allowed, message):
    if paper.status not in allowed:
        raise ValidationError(message % {"status": paper.get_status_display()})
