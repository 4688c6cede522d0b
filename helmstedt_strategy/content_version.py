"""Cache keys: the installation's content version plus the audience, so no cache serves what a reader may not see.

Every cached page, file and PDF is stored under `key(...)`: the **content version**, a value in the
database that every change of content moves (any model's save, delete or many-to-many change,
accounts and roles included, except the bookkeeping tables in `QUIET`), plus the **audience**
(anonymous visitors share one; a signed-in reader has their own), the language and the date (what
a reader may see also depends on the day: memberships and "upcoming" lists). So whatever decides
what a cached thing shows (the object, its relations, the publicity of a meeting, a role) cannot
change without a new key, and there is no per-cache list of fields to keep complete.

Why in the database and when it moves:
- All processes of an installation share it with the default settings (no CACHE_URL: each process
  has its own in-memory cache, but they read one content version).
- It is moved in the same transaction as the change: readers see the new value exactly when they can
  see the new content. A reader reads the version *first* (once per request, `reads_content_version`),
  then the content: a version read before a commit is at worst paired with newer content, never a
  new version with old content. (Moving it `on_commit` instead would leave a window in which a reader,
  or the writer itself, caches the new state under the old version, or keeps a rolled-back state.)
- Inside a transaction it is moved before the first write (pre_save): all writers take its row lock
  first, so it adds no lock-order deadlock; outside a transaction after the write (post_save), i.e.
  after the row is committed.
- The value is random, not a counter: a rolled-back change never hands its value to a later one.
This is cache bookkeeping only, no business rule.
"""

import contextvars
import hashlib
import secrets
from functools import wraps

from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.utils import timezone
from django.utils.translation import get_language

# Rows that never change what a page shows: sessions, login bookkeeping, logs, history rows (they are
# written with a change that has moved the version already) and the content version itself.
QUIET_APPS = {"sessions", "axes", "admin", "contenttypes"}
QUIET_MODELS = {"helmstedt_strategy.contentversion", "dashboard.reminderlog"}

_request_version: contextvars.ContextVar[str | None] = contextvars.ContextVar("content_version", default=None)


def _model():
    return apps.get_model("helmstedt_strategy", "ContentVersion")


def read() -> str:
    """The version in the database: one query."""
    token = _model().objects.filter(pk=1).values_list("token", flat=True).first()
    return token or "none"  # no row yet (an emptied test database): the first change creates it


def current() -> str:
    """The version this request read first (see `reads_content_version`), else a fresh read."""
    return _request_version.get() or read()


def bump() -> None:
    """A new version, written in the caller's transaction."""
    token = secrets.token_hex(16)
    model = _model()
    if not model.objects.filter(pk=1).update(token=token):
        model.objects.update_or_create(pk=1, defaults={"token": token})
    if _request_version.get() is not None:
        _request_version.set(token)  # the writer's own later reads see its change


def reads_content_version(view):
    """Read the content version once, before the view reads any content (see the module docstring)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        reset = _request_version.set(read())
        try:
            return view(request, *args, **kwargs)
        finally:
            _request_version.reset(reset)

    return wrapped


def audience(reader) -> str:
    """Whose view the content is: "any" (the same for every reader), "public", or one signed-in user.

    A user's own key needs nothing else about them: a change of their roles, groups, permissions or
    committee memberships moves the content version."""
    if reader is None:
        return "any"
    if not reader.is_authenticated:
        return "public"
    return f"user-{reader.pk}"


def key(parts: tuple, *, reader) -> str:
    """The cache key of `parts` (what is cached: kind, objects, variant) for `reader`, now."""
    what = hashlib.sha256(repr(parts).encode()).hexdigest()
    language = get_language() or "-"
    return f"cv:{current()}:{audience(reader)}:{language}:{timezone.localdate().isoformat()}:{what}"


def cached(parts: tuple, build, *, reader, timeout: int):
    """`build()`'s result, cached for this content version, audience, language and day.

    `reader` is the user whose view `build` renders (an AnonymousUser for the public view), or None if
    the result is the same for every reader who may ask for it."""
    versioned = key(parts, reader=reader)
    value = cache.get(versioned)
    if value is None:
        value = build()
        cache.set(versioned, value, timeout)
    return value


def _is_quiet(model) -> bool:
    meta = model._meta
    return (
        meta.apps is not apps  # a migration's historical model: the tables may not exist yet
        or meta.app_label in QUIET_APPS
        or meta.label_lower in QUIET_MODELS
        or hasattr(model, "instance_type")  # a django-simple-history record
    )


def _only_last_login(kwargs) -> bool:
    fields = kwargs.get("update_fields")
    return fields is not None and set(fields) == {"last_login"}


def _changed(sender, before: bool, **kwargs) -> None:
    if _is_quiet(sender) or _only_last_login(kwargs):
        return
    if before == connection.in_atomic_block:
        bump()


def _before_save(sender, **kwargs):
    _changed(sender, True, **kwargs)


def _after_save(sender, **kwargs):
    _changed(sender, False, **kwargs)


def _on_m2m(sender, instance, action, **kwargs):
    if action in ("pre_add", "pre_remove", "pre_clear"):
        _changed(type(instance), True)
    elif action in ("post_add", "post_remove", "post_clear"):
        _changed(type(instance), False)


def connect() -> None:
    pre_save.connect(_before_save, dispatch_uid="content-version-pre-save")
    post_save.connect(_after_save, dispatch_uid="content-version-post-save")
    pre_delete.connect(_before_save, dispatch_uid="content-version-pre-delete")
    post_delete.connect(_after_save, dispatch_uid="content-version-post-delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="content-version-m2m")
