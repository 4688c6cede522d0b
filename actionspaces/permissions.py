"""Who may see and change Aktionsräume, strategy cards, measures and milestones: the one place views ask.

- everyone reads the Aktionsräume and their published cards (with their measures);
- readers who may see drafts (`helmstedt_strategy.publishing.may_see_drafts`: strategie, redaktion) also see drafts;
- `strategie` (`actionspaces.edit_all_actionspaces`) edits every Aktionsraum;
- `redaktion` edits only the Aktionsräume it is assigned to (`ActionSpace.editors`).
"""

from django.shortcuts import get_object_or_404

from .models import ActionSpace, Measure, Milestone, StrategyCard

CHANGE_PERMISSION = "actionspaces.change_strategycard"
EDIT_ALL_PERMISSION = "actionspaces.edit_all_actionspaces"


def can_edit(user, action_space: ActionSpace) -> bool:
    """May `user` edit the card, measures and milestones of `action_space`? (at most one query)"""
    if not user.is_authenticated or not user.has_perm(CHANGE_PERMISSION):
        return False
    if user.has_perm(EDIT_ALL_PERMISSION):
        return True
    return action_space.editors.filter(pk=user.pk).exists()


def get_action_space(slug: str) -> ActionSpace:
    """Aktionsräume themselves are public; their cards follow `StrategyCard.objects.visible_to`."""
    return get_object_or_404(ActionSpace, slug=slug)


def get_card_for_user(user, action_space: ActionSpace) -> StrategyCard | None:
    """The card of the Aktionsraum if it exists and the user may see it, else None."""
    return StrategyCard.objects.visible_to(user).filter(action_space=action_space).first()


def get_measure_for_user(user, action_space: ActionSpace, pk: int) -> Measure:
    return get_object_or_404(
        Measure.objects.visible_to(user).select_related("card"), pk=pk, card__action_space=action_space
    )


def get_milestone_for_user(user, action_space: ActionSpace, pk: int) -> Milestone:
    return get_object_or_404(
        Milestone.objects.visible_to(user).select_related("measure"),
        pk=pk,
        measure__card__action_space=action_space,
    )
