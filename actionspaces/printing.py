"""The strategy card of an Aktionsraum as PDF (tagged PDF/UA; PDF/A-3a with ?archiv=1).

Visibility as on the card page: a published card for everyone, an unpublished one only for
readers who may see drafts (others get 404). The progress bars are the
shared SVG charts (`helmstedt_strategy.charts.progress_bar`), as on the web pages.
"""

from django.db.models import Prefetch
from django.utils.text import slugify

from goals.models import District, StrategicGoal
from helmstedt_strategy import charts
from helmstedt_strategy.pdf import PDF_A, PDF_UA, cached_pdf, render_pdf

from .models import ActionSpace, Measure, Milestone, Sponsor, StrategyCard

TEMPLATE = "actionspaces/pdf/card.html"


def measure_progress_svg(measure: Measure):
    return charts.progress_bar(
        chart_id=f"massnahme-{measure.pk}",
        title=f"Fortschritt: {measure.title}",
        desc=f"{measure.progress} % umgesetzt, Status {measure.get_status_display()}.",
        value=measure.progress,
        maximum=100,
        label=str(measure.get_status_display()),
    )


def card_progress_svg(card: StrategyCard, summary):
    if summary.progress is None:
        return ""
    return charts.progress_bar(
        chart_id=f"karte-{card.pk}",
        title=f"Fortschritt insgesamt: {card.action_space.name}",
        desc=f"Durchschnitt der {summary.total} Maßnahmen (ohne verworfene): {summary.progress} %.",
        value=summary.progress,
        maximum=100,
        label=f"{summary.total} Maßnahmen",
    )


def card_context(space: ActionSpace, card: StrategyCard, user) -> dict:
    measures = list(card.measures.all())
    summary = card.summary()
    for measure in measures:
        measure.progress_svg = measure_progress_svg(measure)
    return {
        "space": space,
        "card": card,
        "summary": summary,
        "progress_svg": card_progress_svg(card, summary),
        "measures": measures,
        "goals": list(StrategicGoal.objects.visible_to(user).filter(action_spaces=space).order_by("number")),
        "sponsors": list(Sponsor.objects.filter(action_space=space).order_by("order", "name")),
        "district": District.objects.first(),
    }


def visible_card(space: ActionSpace, user) -> StrategyCard | None:
    measures = (
        Measure.objects.select_related("workshop_group")
        .prefetch_related("partners", Prefetch("milestones", queryset=Milestone.objects.order_by("due_on", "id")))
        .order_by("order", "id")
    )
    return (
        StrategyCard.objects.visible_to(user)
        .filter(action_space=space)
        .select_related("action_space")
        .prefetch_related(Prefetch("measures", queryset=measures))
        .first()
    )


def render_card(space: ActionSpace, card: StrategyCard, user, variant: str = PDF_UA) -> tuple[str, bytes]:
    suffix = "-archiv" if variant == PDF_A else ""
    return render_pdf(
        template=TEMPLATE,
        context=card_context(space, card, user),
        filename=f"Strategiekarte-{slugify(space.name)}{suffix}.pdf",
        variant=variant,
    )


def card_pdf(space: ActionSpace, card: StrategyCard, user, variant: str = PDF_UA) -> tuple[str, bytes]:
    """From the cache while no content changed, per reader: the linked goals follow what `user` may see."""
    return cached_pdf(
        key_parts=("strategiekarte", space.pk, card.pk, variant),
        reader=user,
        render=lambda: render_card(space, card, user, variant),
    )
