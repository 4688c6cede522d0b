"""Cache keys for PDFs built from many rows: the latest change and the row count of each queryset.

A row added, changed or removed moves either its queryset's latest `updated_at` or its count,
so a PDF keyed on these is rendered again exactly when something it may show has changed.
"""

from django.db.models import Count, Max


def change_marks(*querysets) -> tuple:
    """(latest updated_at, count) per queryset: one aggregate query each."""
    marks = []
    for queryset in querysets:
        row = queryset.order_by().aggregate(latest=Max("updated_at"), count=Count("pk"))
        marks.append((row["latest"].isoformat() if row["latest"] else "", row["count"]))
    return tuple(marks)
