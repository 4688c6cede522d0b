from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render

from goals.models import StrategicGoal
from helmstedt_strategy.content_version import reads_content_version
from helmstedt_strategy.pdf import PDF_A, PDF_UA, pdf_response
from helmstedt_strategy.publishing import may_see_drafts

from .. import printing
from ..models import ActionSpace, Measure, Milestone, Sponsor, StrategyCard
from ..permissions import can_edit, get_action_space


def overview(request):
    """The six Aktionsräume: status of each card, measures by status, overall progress."""
    spaces = list(
        ActionSpace.objects.ordered().prefetch_related(
            Prefetch(
                "card",
                queryset=StrategyCard.objects.visible_to(request.user).prefetch_related(
                    Prefetch("measures", queryset=Measure.objects.only("id", "card_id", "status", "progress"))
                ),
            )
        )
    )
    rows = []
    for space in spaces:
        card = getattr(space, "card", None)
        rows.append({"space": space, "card": card, "summary": card.summary() if card else None})
    return render(request, "actionspaces/overview.html", {"rows": rows, "show_drafts": may_see_drafts(request.user)})


def measures_queryset():
    return (
        Measure.objects.select_related("workshop_group")
        .prefetch_related("partners", Prefetch("milestones", queryset=Milestone.objects.order_by("due_on", "id")))
        .order_by("order", "id")
    )


def _card_context(request, slug: str, *, require_card: bool = False) -> dict:
    space = get_action_space(slug)
    card = (
        StrategyCard.objects.visible_to(request.user)
        .filter(action_space=space)
        .prefetch_related(Prefetch("measures", queryset=measures_queryset()))
        .first()
    )
    if card is None and require_card:
        raise Http404
    return {
        "space": space,
        "card": card,
        "summary": card.summary() if card else None,
        "measures": list(card.measures.all()) if card else [],
        "goals": list(StrategicGoal.objects.visible_to(request.user).filter(action_spaces=space).order_by("number")),
        "sponsors": list(Sponsor.objects.filter(action_space=space).order_by("order", "name")),
    }


def card(request, slug: str):
    context = _card_context(request, slug)
    context["can_edit"] = can_edit(request.user, context["space"])
    return render(request, "actionspaces/card.html", context)


def print_card(request, slug: str):
    """The card as a clean A4 page for the browser's print dialogue."""
    return render(request, "actionspaces/print.html", _card_context(request, slug, require_card=True))


@reads_content_version
def card_pdf(request, slug: str):
    """The strategy card as PDF; an unpublished card exists only for staff (404 for everyone else)."""
    space = get_action_space(slug)
    card = printing.visible_card(space, request.user)
    if card is None:
        raise Http404
    variant = PDF_A if request.GET.get("archiv") == "1" else PDF_UA
    return pdf_response(*printing.card_pdf(space, card, request.user, variant))
