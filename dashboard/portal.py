"""The public transparency portal: exactly what an anonymous visitor may see, nothing else."""

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from committees.models import Meeting, Paper
from goals.models import Vision

from .council import apply_filters, base_data, population

PAPERS_SHOWN = 10
MEETINGS_SHOWN = 8


def portal_context() -> dict:
    """Always built for an anonymous user, whoever asks: the page is the same for everyone and cacheable."""
    visitor = AnonymousUser()
    data = base_data(visitor, {}, years=[])
    shown = apply_filters(data)
    vision = Vision.objects.visible_to(visitor).order_by("-horizon_year").first()
    meetings = list(
        Meeting.objects.visible_to(visitor)
        .filter(is_public=True, start__gte=timezone.now())
        .exclude(state=Meeting.State.CANCELLED)
        .select_related("organization", "location")
        .order_by("start")[:MEETINGS_SHOWN]
    )
    papers = list(Paper.objects.visible_to(visitor).order_by("-date", "-pk")[:PAPERS_SHOWN])
    return {
        **data,
        **shown,
        **population(data["goal_kpis"], data["all_goals"]),
        "vision": vision,
        "meetings": meetings,
        "papers": papers,
    }
