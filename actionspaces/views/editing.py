"""Editing a card, its measures and milestones: only for those `permissions.can_edit` allows."""

from functools import wraps

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from helmstedt_strategy import views as shared
from helmstedt_strategy.permissions import deny

from .. import services
from ..forms import MeasureForm, MilestoneForm, StrategyCardForm
from ..models import StrategyCard
from ..permissions import can_edit, get_action_space, get_card_for_user, get_measure_for_user, get_milestone_for_user


def editor_required(view):
    """Resolve the Aktionsraum from the slug and refuse anyone who may not edit it."""

    @wraps(view)
    def wrapped(request, slug, *args, **kwargs):
        space = get_action_space(slug)
        if not can_edit(request.user, space):
            return deny(request)
        return view(request, space, *args, **kwargs)

    return wrapped


def _card_url(space, anchor=""):
    return reverse("actionspaces:card", args=[space.slug]) + anchor


def _context(space, title, heading=""):
    return {
        "title": title,
        "heading": heading,
        "back_url": _card_url(space),
        "back_label": _("Zurück zur Strategiekarte %(name)s") % {"name": space.name},
        "space": space,
    }


def _require_card(request, space) -> StrategyCard:
    card = get_card_for_user(request.user, space)
    if card is None:
        raise Http404
    return card


# --- the card ---------------------------------------------------------------


@editor_required
def card_edit(request, space):
    card = get_card_for_user(request.user, space)
    heading = _("Strategiekarte %(name)s bearbeiten") % {"name": space.name}
    context = _context(space, space.name, heading)
    if card is not None:
        return shared.edit_versioned(
            request,
            instance=card,
            form_class=StrategyCardForm,
            template="editing/edit.html",
            success_url=_card_url(space),
            context=context,
        )
    # The Aktionsraum has no card yet: the first save creates it.
    form = StrategyCardForm(request.POST or None, instance=StrategyCard(action_space=space))
    if request.method == "POST" and form.is_valid():
        services.strategy_card_create(action_space=space, card=form.save(commit=False), user=request.user)
        messages.success(request, _("Die Strategiekarte wurde angelegt."))
        return HttpResponseRedirect(_card_url(space))
    return render(request, "editing/edit.html", {"form": form, "object": form.instance, **context})


@editor_required
def card_history(request, space):
    card = _require_card(request, space)
    return shared.show_history(
        request,
        instance=card,
        template="editing/history.html",
        restore_url=lambda history_id: reverse("actionspaces:card_restore", args=[space.slug, history_id]),
        context=_context(space, card),
    )


@editor_required
def card_restore(request, space, history_id: int):
    card = _require_card(request, space)
    return shared.restore(
        request,
        instance=card,
        history_id=history_id,
        success_url=reverse("actionspaces:card_history", args=[space.slug]),
    )


# --- measures ---------------------------------------------------------------


@editor_required
def measure_add(request, space):
    card = _require_card(request, space)
    form = MeasureForm(request.POST or None)
    form.helper.inputs[0].value = _("Maßnahme anlegen")
    if request.method == "POST" and form.is_valid():
        measure = services.measure_add(card=card, measure=form.save(commit=False), user=request.user)
        form.save_m2m()
        messages.success(request, _("Die Maßnahme „%(title)s“ wurde angelegt.") % {"title": measure.title})
        return HttpResponseRedirect(_card_url(space, f"#massnahme-{measure.pk}"))
    context = _context(space, space.name, _("Neue Maßnahme: %(name)s") % {"name": space.name})
    return render(request, "editing/edit.html", {"form": form, "object": form.instance, **context})


@editor_required
def measure_edit(request, space, pk: int):
    measure = get_measure_for_user(request.user, space, pk)
    return shared.edit_versioned(
        request,
        instance=measure,
        form_class=MeasureForm,
        template="actionspaces/measure_edit.html",
        success_url=_card_url(space, f"#massnahme-{measure.pk}"),
        context=_context(space, measure, _("Maßnahme bearbeiten: %(title)s") % {"title": measure.title})
        | {"milestones": list(measure.milestones.order_by("due_on", "id"))},
    )


@editor_required
def measure_history(request, space, pk: int):
    measure = get_measure_for_user(request.user, space, pk)
    return shared.show_history(
        request,
        instance=measure,
        template="editing/history.html",
        restore_url=lambda history_id: reverse("actionspaces:measure_restore", args=[space.slug, pk, history_id]),
        context=_context(space, measure),
    )


@editor_required
def measure_restore(request, space, pk: int, history_id: int):
    measure = get_measure_for_user(request.user, space, pk)
    return shared.restore(
        request,
        instance=measure,
        history_id=history_id,
        success_url=reverse("actionspaces:measure_history", args=[space.slug, pk]),
    )


@editor_required
def measure_remove(request, space, pk: int):
    """GET asks for confirmation, POST removes; the removal is recorded in the history."""
    measure = get_measure_for_user(request.user, space, pk)
    if request.method == "POST":
        title = measure.title
        services.measure_remove(measure=measure, user=request.user)
        messages.success(request, _("Die Maßnahme „%(title)s“ wurde entfernt.") % {"title": title})
        return HttpResponseRedirect(_card_url(space, "#massnahmen"))
    context = _context(space, measure, _("Maßnahme entfernen: %(title)s") % {"title": measure.title})
    return render(request, "actionspaces/confirm_remove.html", {"object": measure, **context})


@require_POST
@editor_required
def measure_move(request, space, pk: int):
    measure = get_measure_for_user(request.user, space, pk)
    direction = request.POST.get("richtung")
    if direction not in ("up", "down"):
        messages.error(request, _("Unbekannte Richtung zum Verschieben."))
    elif services.measure_move(measure=measure, direction=direction, user=request.user):
        messages.success(
            request,
            (
                _("„%(title)s“ wurde nach oben verschoben.")
                if direction == "up"
                else _("„%(title)s“ wurde nach unten verschoben.")
            )
            % {"title": measure.title},
        )
    return HttpResponseRedirect(_card_url(space, f"#massnahme-{measure.pk}"))


# --- milestones -------------------------------------------------------------


def _measure_edit_url(space, measure_id):
    return reverse("actionspaces:measure_edit", args=[space.slug, measure_id]) + "#meilensteine"


@editor_required
def milestone_add(request, space, pk: int):
    measure = get_measure_for_user(request.user, space, pk)
    form = MilestoneForm(request.POST or None)
    form.helper.inputs[0].value = _("Meilenstein anlegen")
    if request.method == "POST" and form.is_valid():
        services.milestone_add(measure=measure, milestone=form.save(commit=False), user=request.user)
        messages.success(request, _("Der Meilenstein wurde angelegt."))
        return HttpResponseRedirect(_measure_edit_url(space, measure.pk))
    context = _context(space, measure, _("Neuer Meilenstein: %(title)s") % {"title": measure.title})
    context["back_url"] = _measure_edit_url(space, measure.pk)
    context["back_label"] = _("Zurück zur Maßnahme")
    return render(request, "editing/edit.html", {"form": form, "object": form.instance, **context})


def _milestone_context(space, milestone, heading=""):
    context = _context(space, milestone, heading)
    context["back_url"] = _measure_edit_url(space, milestone.measure_id)
    context["back_label"] = _("Zurück zur Maßnahme „%(title)s“") % {"title": milestone.measure.title}
    return context


@editor_required
def milestone_edit(request, space, pk: int):
    milestone = get_milestone_for_user(request.user, space, pk)
    return shared.edit_versioned(
        request,
        instance=milestone,
        form_class=MilestoneForm,
        template="editing/edit.html",
        success_url=_measure_edit_url(space, milestone.measure_id),
        context=_milestone_context(space, milestone, _("Meilenstein bearbeiten: %(title)s") % {"title": milestone}),
    )


@editor_required
def milestone_history(request, space, pk: int):
    milestone = get_milestone_for_user(request.user, space, pk)
    return shared.show_history(
        request,
        instance=milestone,
        template="editing/history.html",
        restore_url=lambda history_id: reverse("actionspaces:milestone_restore", args=[space.slug, pk, history_id]),
        context=_milestone_context(space, milestone),
    )


@editor_required
def milestone_restore(request, space, pk: int, history_id: int):
    milestone = get_milestone_for_user(request.user, space, pk)
    return shared.restore(
        request,
        instance=milestone,
        history_id=history_id,
        success_url=reverse("actionspaces:milestone_history", args=[space.slug, pk]),
    )


@editor_required
def milestone_remove(request, space, pk: int):
    milestone = get_milestone_for_user(request.user, space, pk)
    if request.method == "POST":
        services.milestone_remove(milestone=milestone, user=request.user)
        messages.success(request, _("Der Meilenstein „%(title)s“ wurde entfernt.") % {"title": milestone.title})
        return HttpResponseRedirect(_measure_edit_url(space, milestone.measure_id))
    context = _milestone_context(space, milestone, _("Meilenstein entfernen: %(title)s") % {"title": milestone})
    return render(request, "actionspaces/confirm_remove.html", {"object": milestone, **context})
