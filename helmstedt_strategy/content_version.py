"""Cache invalidation for public content: one "content version" that any change of domain data bumps.

Public pages and downloads (the transparency portal, the open-data files) are cached under a key
that contains this version, so a save or delete of any domain object makes all of them stale at
once. This is cache bookkeeping only, no business rule.
"""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from .models import DomainModel

KEY = "content-version"


def current() -> int:
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, 1, timeout=None)
        version = cache.get(KEY, 1)
    return version


def bump(**kwargs) -> None:
    try:
        cache.incr(KEY)
    except ValueError:  # not set yet (or evicted): any new value differs from old cached keys' versions
        cache.set(KEY, 2, timeout=None)


def _is_domain(sender) -> bool:
    return isinstance(sender, type) and issubclass(sender, DomainModel)


def _on_change(sender, **kwargs):
    if _is_domain(sender):
        bump()


def _on_m2m(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, DomainModel):
        bump()


def connect() -> None:
    post_save.connect(_on_change, dispatch_uid="dashboard-content-version-save")
    post_delete.connect(_on_change, dispatch_uid="dashboard-content-version-delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="dashboard-content-version-m2m")


def cached(key: str, build, timeout: int):
    """`build()`'s result, cached under `key` for the current content version."""
    versioned = f"{key}:{current()}"
    value = cache.get(versioned)
    if value is None:
        value = build()
        cache.set(versioned, value, timeout)
    return value
