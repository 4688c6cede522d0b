"""Helpers for `load_demo`: write demo data so that a second run changes nothing."""


def upsert(model, lookup: dict, values: dict, *, user=None):
    """Create the object, or update it only where a value differs (no history entry for no change)."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj._history_user = user
        obj.save()
        return obj
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        if hasattr(obj, "version"):
            obj.version += 1  # an editor holding the old version must get a conflict
        obj._history_user = user
        obj.save()
    return obj
