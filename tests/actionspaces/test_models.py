import pytest
from django.contrib.auth.models import AnonymousUser

from actionspaces import services
from actionspaces.models import ActionSpace, CardSummary, Measure, Milestone, StrategyCard, WorkshopGroup
from actionspaces.permissions import can_edit
from tests.actionspaces.factories import MeasureFactory, MilestoneFactory, StrategyCardFactory

pytestmark = pytest.mark.django_db


def test_demo_has_six_cards_with_three_to_six_measures_each_marked_as_examples(demo):
    assert ActionSpace.objects.count() == 6
    assert StrategyCard.objects.count() == 6
    for card in StrategyCard.objects.all():
        assert 3 <= card.measures.count() <= 6
        assert card.is_example
        assert card.action_space.sponsors.exists()
    assert not Measure.objects.filter(is_example=False).exists()
    assert WorkshopGroup.objects.count() == 6
    assert Measure.objects.filter(partners__isnull=False).distinct().count() >= 10
    assert StrategyCard.objects.filter(is_published=False).exists()


def test_demo_is_idempotent(demo):
    counts = [m.history.count() for m in (StrategyCard, Measure, Milestone)]
    from actionspaces import demo as actionspaces_demo

    actionspaces_demo.load()
    assert [m.history.count() for m in (StrategyCard, Measure, Milestone)] == counts


def test_demo_assigns_redaktion_to_gesundheit(demo, redaktion):
    assert list(redaktion.edited_action_spaces.values_list("slug", flat=True)) == ["gesundheit"]


def test_summary_counts_by_status_and_leaves_dropped_measures_out_of_the_progress():
    measures = [
        Measure(status=Measure.Status.IN_PROGRESS, progress=40),
        Measure(status=Measure.Status.DONE, progress=100),
        Measure(status=Measure.Status.DROPPED, progress=0),
    ]
    summary = CardSummary.of(measures)
    assert summary.total == 3
    assert summary.progress == 70
    assert dict(summary.by_status) == {"in Umsetzung": 1, "abgeschlossen": 1, "verworfen": 1}
    assert CardSummary.of([]).progress is None


def test_visible_to_hides_drafts_from_council_and_public(kreistag, strategie, redaktion):
    draft = StrategyCardFactory(is_published=False)
    published = StrategyCardFactory(is_published=True)
    MeasureFactory(card=draft)
    for user in (AnonymousUser(), kreistag):
        assert list(StrategyCard.objects.visible_to(user)) == [published]
        assert not Measure.objects.visible_to(user).filter(card=draft).exists()
    for user in (strategie, redaktion):
        assert set(StrategyCard.objects.visible_to(user)) == {draft, published}


def test_can_edit_follows_role_and_assignment(strategie, redaktion, kreistag, kreisausschuss):
    card = StrategyCardFactory()
    space = card.action_space
    assert can_edit(strategie, space)
    assert not can_edit(redaktion, space)
    assert not can_edit(kreistag, space)
    assert not can_edit(kreisausschuss, space)
    assert not can_edit(AnonymousUser(), space)
    space.editors.add(redaktion)
    assert can_edit(redaktion, space)
    space.editors.add(kreistag)  # an assignment alone gives no right without the role
    assert not can_edit(kreistag, space)


def test_measure_add_appends_at_the_end_with_history_user(strategie):
    card = StrategyCardFactory()
    first = services.measure_add(card=card, measure=Measure(title="Eins"), user=strategie)
    second = services.measure_add(card=card, measure=Measure(title="Zwei"), user=strategie)
    assert (first.order, second.order) == (0, 1)
    assert second.history.first().history_user == strategie


def test_measure_move_swaps_neighbours_and_stops_at_the_edges(strategie):
    card = StrategyCardFactory()
    a, b, c = (services.measure_add(card=card, measure=Measure(title=t), user=strategie) for t in "ABC")
    assert services.measure_move(measure=c, direction="up", user=strategie)
    assert [m.title for m in card.measures.order_by("order")] == ["A", "C", "B"]
    assert not services.measure_move(measure=a, direction="up", user=strategie)
    b.refresh_from_db()
    assert not services.measure_move(measure=b, direction="down", user=strategie)
    # Reordering is not an edit: versions stay, so open edit forms do not conflict.
    assert {m.version for m in card.measures.all()} == {1}
    with pytest.raises(ValueError):
        services.measure_move(measure=a, direction="sideways", user=strategie)


def test_measure_remove_records_the_deletion_of_measure_and_milestones(strategie):
    milestone = MilestoneFactory()
    measure = milestone.measure
    card = measure.card
    other = MeasureFactory(card=card)
    measure_id, milestone_id = measure.pk, milestone.pk
    services.measure_remove(measure=measure, user=strategie)
    assert not Measure.objects.filter(pk=measure_id).exists()
    deleted = Measure.history.filter(id=measure_id, history_type="-").get()
    assert deleted.history_user == strategie
    assert Milestone.history.filter(id=milestone_id, history_type="-").get().history_user == strategie
    other.refresh_from_db()
    assert other.order == 0


def test_strategy_card_create_records_the_user(strategie):
    space = StrategyCardFactory().action_space
    new_space = ActionSpace.objects.create(name="Neu", slug="neu")
    card = services.strategy_card_create(action_space=new_space, card=StrategyCard(definition="D"), user=strategie)
    assert card.history.get().history_user == strategie
    assert space.card.pk != card.pk


def test_idea_list_skips_blank_lines():
    assert StrategyCard(ideas="Eins\n\n  Zwei \n").idea_list == ["Eins", "Zwei"]
