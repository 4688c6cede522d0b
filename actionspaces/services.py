"""Writes that touch more than one object of the actionspaces app."""

from django.db import transaction
from django.db.models import Max

from helmstedt_strategy import content_version

from .models import ActionSpace, Measure, Milestone, StrategyCard


def strategy_card_create(*, action_space: ActionSpace, card: StrategyCard, user) -> StrategyCard:
    """Save the first card of an Aktionsraum (later saves go through `save_versioned`)."""
    card.action_space = action_space
    card._history_user = user
    card.save()
    return card


def measure_add(*, card: StrategyCard, measure: Measure, user) -> Measure:
    """Append a new measure at the end of the card's list."""
    with transaction.atomic():
        last = card.measures.aggregate(last=Max("order"))["last"]
        measure.card = card
        measure.order = 0 if last is None else last + 1
        measure._history_user = user
        measure.save()
    return measure


def measure_move(*, measure: Measure, direction: str, user) -> bool:
    """Swap the measure with its neighbour above ("up") or below ("down"); False if it is already at the edge.

    Only the order changes, which is not part of the edit form: nobody editing
    either measure gets a conflict, and no history entry is written.
    """
    siblings = Measure.objects.filter(card_id=measure.card_id)
    if direction == "up":
        neighbour = siblings.filter(order__lt=measure.order).order_by("-order", "-id").first()
    elif direction == "down":
        neighbour = siblings.filter(order__gt=measure.order).order_by("order", "id").first()
    else:
        raise ValueError(direction)
    if neighbour is None:
        return False
    with transaction.atomic():
        content_version.bump()  # update() sends no signal; the card page and PDF show the order
        Measure.objects.filter(pk=measure.pk).update(order=neighbour.order)
        Measure.objects.filter(pk=neighbour.pk).update(order=measure.order)
    measure.order, neighbour.order = neighbour.order, measure.order
    return True


def measure_renumber(*, card: StrategyCard) -> None:
    """Give the card's measures the orders 0, 1, 2, … (after a removal, or to repair equal orders)."""
    with transaction.atomic():
        content_version.bump()  # update() sends no signal
        for index, pk in enumerate(card.measures.order_by("order", "id").values_list("pk", flat=True)):
            Measure.objects.filter(pk=pk).exclude(order=index).update(order=index)


def measure_remove(*, measure: Measure, user) -> None:
    """Delete the measure and its milestones; the deletions are in the history with the user's name."""
    with transaction.atomic():
        for milestone in measure.milestones.all():
            milestone_remove(milestone=milestone, user=user)
        card = measure.card
        measure._history_user = user
        measure.delete()
        measure_renumber(card=card)


def milestone_add(*, measure: Measure, milestone: Milestone, user) -> Milestone:
    milestone.measure = measure
    milestone._history_user = user
    milestone.save()
    return milestone


def milestone_remove(*, milestone: Milestone, user) -> None:
    milestone._history_user = user
    milestone.delete()
