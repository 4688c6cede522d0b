"""Saving shared documents without losing anyone's work.

Every domain object carries a `version`. An edit form sends back the version it
was loaded with; `save_versioned` claims the next version with one conditional
UPDATE, so of two people saving the same object the second gets an
`EditConflict` naming what changed meanwhile, and nothing is overwritten. The
conditional UPDATE takes the row's write lock, so this holds on PostgreSQL and
on SQLite alike.
"""

from django.db import transaction
from django.db.models import F
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .history import (
    FieldChange,
    HistoryEntry,
    diff_records,
    m2m_fields,
    m2m_ids,
    resolve_foreign_keys,
    tracked_fields,
)


class EditConflict(Exception):
    def __init__(self, *, current, changes: list[FieldChange], changed_by=None, changed_at=None):
        super().__init__("edit conflict")
        self.current = current
        self.changes = changes
        self.changed_by = changed_by
        self.changed_at = changed_at

    @property
    def message(self) -> str:
        who = self.changed_by.get_full_name() or self.changed_by.get_username() if self.changed_by else _("jemand")
        when = formats.date_format(timezone.localtime(self.changed_at), "DATETIME_FORMAT") if self.changed_at else ""
        return _(
            "Bearbeitungskonflikt: %(who)s hat diesen Datensatz am %(when)s geändert, nachdem Sie ihn geöffnet "
            "haben. Ihre Eingaben wurden nicht gespeichert. Bitte prüfen Sie die Änderungen unten und "
            "übernehmen Sie Ihre Eingaben in die aktuelle Fassung."
        ) % {"who": who, "when": when}


def save_versioned(instance, *, expected_version: int, user, reason: str = ""):
    """Save `instance` if nobody saved it since `expected_version`, else raise EditConflict."""
    model = type(instance)
    with transaction.atomic():
        claimed = model.objects.filter(pk=instance.pk, version=expected_version).update(version=F("version") + 1)
        if not claimed:
            raise conflict_since(model.objects.get(pk=instance.pk), expected_version)
        instance.version = expected_version + 1
        instance._history_user = user
        if reason:
            instance._change_reason = reason
        instance.save()
    return instance


def conflict_since(current, seen_version: int) -> EditConflict:
    records = list(
        current.history.filter(version__gte=seen_version).select_related("history_user").order_by("history_date")
    )
    seen = next((r for r in records if r.version == seen_version), None)
    latest = records[-1] if records else None
    changes = diff_records(latest, seen) if latest and seen else []
    resolve_foreign_keys([HistoryEntry(record=latest, changes=changes)])
    return EditConflict(
        current=current,
        changes=changes,
        changed_by=latest.history_user if latest else None,
        changed_at=latest.history_date if latest else None,
    )


def restore_version(*, instance, record, expected_version: int, user):
    """Bring back the field values of a historical `record`, as a new version."""
    for field in tracked_fields(type(instance)):
        setattr(instance, field.attname, getattr(record, field.attname))
    when = formats.date_format(timezone.localtime(record.history_date), "DATETIME_FORMAT")
    with transaction.atomic():
        save_versioned(
            instance,
            expected_version=expected_version,
            user=user,
            reason=_("Wiederhergestellt: Fassung vom %(when)s") % {"when": when},
        )
        for field in m2m_fields(type(record)):
            getattr(instance, field.name).set(m2m_ids(record, field))
    return instance
