from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from helmstedt_strategy import views as shared
from helmstedt_strategy.permissions import require_permission

from .forms import GoalForm, VisionForm
from .models import StrategicGoal, Vision
from .permissions import EDIT_PERMISSION, can_edit_goals, get_goal_for_user, get_vision_for_user


def overview(request):
    vision = get_vision_for_user(request.user)
    goals = StrategicGoal.objects.visible_to(request.user).filter(vision=vision)
    return render(
        request, "goals/overview.html", {"vision": vision, "goals": goals, "can_edit": can_edit_goals(request.user)}
    )


def detail(request, number: int):
    goal = get_goal_for_user(request.user, number)
    return render(
        request,
        "goals/detail.html",
        {
            "goal": goal,
            "indicators": _indicators(goal, request.user),
            "papers": _papers(goal, request.user),
            "can_edit": can_edit_goals(request.user),
        },
    )


def _papers(goal, user) -> list:
    """The council papers concerning this goal (among them the one that decided it), declared by the
    committees app and reached by the reverse relation; only those the user may see."""
    papers = getattr(goal, "papers", None)
    if papers is None:
        return []
    return list(papers.visible_to(user).order_by("date", "pk"))


def _indicators(goal, user) -> list:
    """The KPIs that measure this goal, declared by a higher app (products) and reached by the reverse
    relation, so this app imports nothing above it. Shown when that app is installed."""
    kpis = getattr(goal, "kpis", None)
    if kpis is None:
        return []
    return list(kpis.visible_to(user).filter(product__isnull=True).with_values())


def _goal_context(goal):
    return {"title": goal, "back_url": reverse("goals:detail", args=[goal.number]), "back_label": _("Zurück zum Ziel")}


@require_permission(EDIT_PERMISSION)
def edit(request, number: int):
    goal = get_goal_for_user(request.user, number)
    return shared.edit_versioned(
        request,
        instance=goal,
        form_class=GoalForm,
        template="editing/edit.html",
        success_url=reverse("goals:detail", args=[goal.number]),
        context=_goal_context(goal) | {"heading": _("Ziel %(number)s bearbeiten") % {"number": goal.number}},
    )


@require_permission(EDIT_PERMISSION)
def history(request, number: int):
    goal = get_goal_for_user(request.user, number)
    return shared.show_history(
        request,
        instance=goal,
        template="editing/history.html",
        restore_url=lambda history_id: reverse("goals:restore", args=[goal.number, history_id]),
        context=_goal_context(goal),
    )


@require_permission(EDIT_PERMISSION)
def restore(request, number: int, history_id: int):
    goal = get_goal_for_user(request.user, number)
    return shared.restore(
        request, instance=goal, history_id=history_id, success_url=reverse("goals:history", args=[goal.number])
    )


def _vision_context(vision):
    return {"title": vision, "back_url": reverse("goals:overview"), "back_label": _("Zurück zu den Zielen")}


@require_permission(EDIT_PERMISSION)
def vision_edit(request):
    vision = get_vision_for_user(request.user)
    return shared.edit_versioned(
        request,
        instance=vision,
        form_class=VisionForm,
        template="editing/edit.html",
        success_url=reverse("goals:overview"),
        context=_vision_context(vision) | {"heading": _("Vision bearbeiten")},
    )


@require_permission(EDIT_PERMISSION)
def vision_history(request):
    vision = get_vision_for_user(request.user)
    return shared.show_history(
        request,
        instance=vision,
        template="editing/history.html",
        restore_url=lambda history_id: reverse("goals:vision_restore", args=[history_id]),
        context=_vision_context(vision),
    )


@require_permission(EDIT_PERMISSION)
def vision_restore(request, history_id: int):
    vision = get_vision_for_user(request.user)
    return shared.restore(request, instance=vision, history_id=history_id, success_url=reverse("goals:vision_history"))


def home(request):
    """Start page: the vision and the three goals at a glance."""
    vision = Vision.objects.visible_to(request.user).order_by("-horizon_year").first()
    goals = StrategicGoal.objects.visible_to(request.user).filter(vision=vision) if vision else []
    return render(request, "home.html", {"vision": vision, "goals": goals})
