"""Who may see and change the vision and the strategic goals: the one place views ask."""

from django.shortcuts import get_object_or_404

from .models import StrategicGoal, Vision

EDIT_PERMISSION = "goals.change_strategicgoal"


def can_edit_goals(user) -> bool:
    return user.has_perm(EDIT_PERMISSION)


def get_goal_for_user(user, number: int) -> StrategicGoal:
    """The goal with this number of the current vision, if the user may see it (404 otherwise)."""
    return get_object_or_404(StrategicGoal.objects.visible_to(user).select_related("vision"), number=number)


def get_vision_for_user(user) -> Vision:
    return get_object_or_404(Vision.objects.visible_to(user).order_by("-horizon_year")[:1])
