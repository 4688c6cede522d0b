"""OParl external lists: filters, stable order by id, pages with links, tombstones with modified_since."""

import math
from datetime import UTC
from urllib.parse import urlencode

from django.utils import timezone
from django.utils.dateparse import parse_datetime

from helmstedt_strategy.params import ascii_int

DEFAULT_LIMIT = 100
MAX_LIMIT = 500
FILTERS = {
    "created_since": ("created_at__gte", "created_at__gte"),
    "created_until": ("created_at__lte", "created_at__lte"),
    "modified_since": ("updated_at__gte", "history_date__gte"),
    "modified_until": ("updated_at__lte", "history_date__lte"),
}
KEPT = [*FILTERS, "limit", "omit_internal"]


class ListError(ValueError):
    """A malformed parameter: answered with 400 and an OParl Error object."""


def _datetime(name, value):
    """An ISO 8601 moment in ASCII that lies within the years 1 to 9999 in every time zone."""
    refused = ListError(f"{name}: „{value}“ ist kein Zeitpunkt (erwartet z. B. 2024-09-18T17:00:00+02:00).")
    text = value.strip().replace(" ", "+")
    try:
        parsed = parse_datetime(text) if text.isascii() else None  # Django's pattern also takes "２０２４"
    except ValueError as exc:  # well-formed but impossible: 2024-13-45, 25:00, +99:00
        raise refused from exc
    if parsed is None:
        raise refused
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    try:
        parsed.astimezone(UTC)  # 9999-12-31T23:59-14:00 is beyond what the database can compare
    except OverflowError as exc:
        raise refused from exc
    return parsed


def _positive_int(name, value, default, maximum=None):
    if value in (None, ""):
        return default
    number = ascii_int(value)
    if number is None or number < 1:
        raise ListError(f"{name}: „{value}“ ist keine positive ganze Zahl.")
    return min(number, maximum) if maximum else number


def paginate(request, rows, *, serialize, tombstones, tombstone):
    """One page of `rows` (live objects, then, with modified_since, tombstones), as an OParl list."""
    params = request.GET
    live_filter, dead_filter = {}, {}
    for name, (live_lookup, dead_lookup) in FILTERS.items():
        if params.get(name):
            value = _datetime(name, params[name])
            live_filter[live_lookup] = value
            dead_filter[dead_lookup] = value
    limit = _positive_int("limit", params.get("limit"), DEFAULT_LIMIT, MAX_LIMIT)
    page = _positive_int("page", params.get("page"), 1)

    rows = rows.filter(**live_filter)
    dead = []
    if tombstones is not None and params.get("modified_since"):
        seen = set()
        for record in tombstones.filter(**dead_filter):
            if record.id not in seen:
                seen.add(record.id)
                dead.append(record)

    live_total = rows.count()
    total = live_total + len(dead)
    pages = max(1, math.ceil(total / limit))
    if page > pages:
        raise ListError(f"page: Seite {page} gibt es nicht, die Liste hat {pages} Seite(n).")
    start, end = (page - 1) * limit, page * limit
    data = serialize(list(rows[start:end])) if start < live_total else []
    data += [tombstone(r) for r in dead[max(0, start - live_total) : max(0, end - live_total)]]

    kept = {k: params[k] for k in KEPT if params.get(k)}
    base = request.build_absolute_uri(request.path)

    def link(number):
        return f"{base}?{urlencode({**kept, 'page': number})}" if (kept or number > 1) else base

    links = {"first": link(1), "self": link(page), "last": link(pages)}
    if page > 1:
        links["prev"] = link(page - 1)
    if page < pages:
        links["next"] = link(page + 1)
    return {
        "data": data,
        "pagination": {
            "totalElements": total,
            "elementsPerPage": limit,
            "currentPage": page,
            "totalPages": pages,
        },
        "links": links,
    }
