"""Readable history of domain objects (django-simple-history records).

Turns consecutive historical records into "who, when, which field, old → new",
with a word-level diff for longer texts, in a fixed number of queries per page.
"""

import difflib
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext as _

UNTRACKED = {"id", "version", "created_at", "updated_at"}
PAGE_SIZE = 25
LONG_TEXT = 80


def tracked_fields(model):
    """The fields a user edits and the history shows: not the id, version or timestamps."""
    return [f for f in model._meta.concrete_fields if f.name not in UNTRACKED and f.editable]


@dataclass
class FieldChange:
    field: models.Field
    old: object
    new: object
    segments: list[tuple[str, str]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return str(self.field.verbose_name)

    @property
    def old_display(self) -> str:
        return display_value(self.field, self.old)

    @property
    def new_display(self) -> str:
        return display_value(self.field, self.new)


@dataclass
class HistoryEntry:
    record: object
    changes: list[FieldChange]
    restore_url: str | None = None

    @property
    def kind(self) -> str:
        return {"+": _("angelegt"), "~": _("geändert"), "-": _("gelöscht")}[self.record.history_type]


def display_value(model_field, value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if isinstance(value, datetime):
        return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, date):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    return str(value)


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Segments ("equal" | "delete" | "insert", text) between two texts, word by word."""
    a, b = old.split(" "), new.split(" ")
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    if matcher.ratio() < 0.5:
        # Mostly rewritten: old and new side by side read better than a patchwork.
        return [("delete", old), ("insert", new)]
    segments = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(("equal", " ".join(a[i1:i2])))
        if op in ("delete", "replace"):
            segments.append(("delete", " ".join(a[i1:i2])))
        if op in ("insert", "replace"):
            segments.append(("insert", " ".join(b[j1:j2])))
    return segments


def diff_records(new, old) -> list[FieldChange]:
    """What changed from historical record `old` to `new` (old may be None for a creation)."""
    changes = []
    for f in tracked_fields(new.instance_type):
        new_value = getattr(new, f.attname)
        old_value = getattr(old, f.attname) if old is not None else None
        if old is not None and new_value == old_value:
            continue
        if old is None and new_value in (None, "", False):
            continue
        change = FieldChange(field=f, old=old_value, new=new_value)
        if (
            isinstance(old_value, str)
            and isinstance(new_value, str)
            and max(len(old_value), len(new_value)) > LONG_TEXT
        ):
            change.segments = word_diff(old_value, new_value)
        changes.append(change)
    for f in m2m_fields(type(new)):
        new_ids = m2m_ids(new, f)
        old_ids = m2m_ids(old, f) if old is not None else frozenset()
        if new_ids != old_ids:
            changes.append(FieldChange(field=f, old=sorted(old_ids), new=sorted(new_ids)))
    return changes


def m2m_fields(history_model) -> list:
    """The many-to-many fields whose state django-simple-history keeps with each record."""
    return list(getattr(history_model, "_history_m2m_fields", []))


def m2m_ids(record, field) -> frozenset:
    """The related ids a record held; loaded for a whole page by `load_m2m_state`, else one query."""
    cache = getattr(record, "_m2m_state", None)
    if cache is None or field.name not in cache:
        load_m2m_state([record])
        cache = record._m2m_state
    return cache[field.name]


def load_m2m_state(records: list) -> None:
    """Fetch the many-to-many state of all `records` in one query per field."""
    if not records:
        return
    for m2m in m2m_fields(type(records[0])):
        through = getattr(records[0], m2m.name).model
        target = next(f for f in through._meta.fields if f.is_relation and f.related_model is m2m.related_model)
        state: dict[int, set] = {r.history_id: set() for r in records}
        rows = through.objects.filter(history_id__in=list(state)).values_list("history_id", target.attname)
        for history_id, target_id in rows:
            state[history_id].add(target_id)
        for record in records:
            record._m2m_state = getattr(record, "_m2m_state", None) or {}
            record._m2m_state[m2m.name] = frozenset(state[record.history_id])


def resolve_foreign_keys(entries: list[HistoryEntry]) -> None:
    """Show related objects by name: one query per relation field on the page."""
    wanted: dict[models.Field, set] = {}
    for entry in entries:
        for change in entry.changes:
            if change.field.many_to_many:
                wanted.setdefault(change.field, set()).update(change.old, change.new)
            elif change.field.is_relation:
                wanted.setdefault(change.field, set()).update(v for v in (change.old, change.new) if v is not None)
    for relation, ids in wanted.items():
        objects = relation.related_model._base_manager.in_bulk(ids)
        for entry in entries:
            for change in entry.changes:
                if change.field is not relation:
                    continue
                if relation.many_to_many:
                    change.old = [objects.get(i, i) for i in change.old]
                    change.new = [objects.get(i, i) for i in change.new]
                else:
                    change.old = objects.get(change.old, change.old)
                    change.new = objects.get(change.new, change.new)


@dataclass
class HistoryPage:
    entries: list[HistoryEntry]
    number: int
    num_pages: int

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number < self.num_pages


def history_page(instance, *, user, page: int = 1) -> HistoryPage:
    """One page of the object's history as `user` could see it (`visible_history`), newest first;
    2 queries plus one per foreign key shown."""
    from .reader_history import visible_history

    records_qs = (
        visible_history(type(instance), user)
        .filter(id=instance.pk)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
    )
    total = records_qs.count()
    num_pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), num_pages)
    start = (page - 1) * PAGE_SIZE
    # One record more than shown, so the oldest entry on the page can be diffed too.
    records = list(records_qs[start : start + PAGE_SIZE + 1])
    load_m2m_state(records)
    entries = [
        HistoryEntry(record=rec, changes=diff_records(rec, records[i + 1] if i + 1 < len(records) else None))
        for i, rec in enumerate(records[:PAGE_SIZE])
    ]
    resolve_foreign_keys(entries)
    return HistoryPage(entries=entries, number=page, num_pages=num_pages)
