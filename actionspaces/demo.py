"""Loading the actionspaces app's demo data (demo_data.py, demo_cards.py): municipalities, Aktionsräume,
workshop groups and strategy cards, idempotently."""

from helmstedt_strategy.demo import upsert

from .demo_cards import CARDS
from .demo_data import ACTION_SPACES, MUNICIPALITIES, POPULATION_DATE, WORKSHOP_GROUPS
from .models import ActionSpace, Measure, Milestone, Municipality, Sponsor, StrategyCard, WorkshopGroup


def load():
    for name, kind, seat, population in MUNICIPALITIES:
        upsert(
            Municipality,
            {"name": name},
            {
                "kind": kind,
                "is_district_seat": seat,
                "population": population,
                "population_date": POPULATION_DATE if population else None,
            },
        )
    load_action_spaces()
    load_workshop_groups()
    load_cards()


def load_action_spaces():
    from goals.models import StrategicGoal

    goals = {g.number: g for g in StrategicGoal.objects.all()}
    for order, (name, slug, colour, description) in enumerate(ACTION_SPACES, start=1):
        space = upsert(
            ActionSpace,
            {"slug": slug},
            {"name": name, "order": order, "colour": colour, "short_description": description, "is_example": True},
        )
        # All six pay into goal 2, and goal 1 drives them forward.
        wanted = {goals[n] for n in (1, 2) if n in goals}
        if set(space.goals.all()) != wanted:
            space.goals.set(wanted)


def load_workshop_groups():
    for order, name in enumerate(WORKSHOP_GROUPS, start=1):
        upsert(WorkshopGroup, {"name": name}, {"order": order})


def load_cards():
    from django.contrib.auth import get_user_model

    groups = {g.name: g for g in WorkshopGroup.objects.all()}
    municipalities = {m.name: m for m in Municipality.objects.all()}
    for slug, data in CARDS.items():
        space = ActionSpace.objects.get(slug=slug)
        card = upsert(
            StrategyCard,
            {"action_space": space},
            {
                "definition": data["definition"],
                "target_2035": data["target"],
                "ideas": data["ideas"],
                "status": data["status"],
                "decision_reference": data["decision"],
                "is_published": data["published"],
                "is_example": True,
            },
        )
        for order, (name, role) in enumerate(data["sponsors"]):
            upsert(
                Sponsor, {"action_space": space, "name": name}, {"party_role": role, "order": order, "is_example": True}
            )
        for order, row in enumerate(data["measures"]):
            title, status, progress, unit, person, start, end, group, partners, description, milestones = row
            measure = upsert(
                Measure,
                {"card": card, "title": title},
                {
                    "status": status,
                    "progress": progress,
                    "responsible_unit": unit,
                    "responsible_person": person,
                    "start": start,
                    "end": end,
                    "workshop_group": groups[group],
                    "description": description,
                    "order": order,
                    "is_example": True,
                },
            )
            wanted = {municipalities[name] for name in partners}
            if set(measure.partners.all()) != wanted:
                measure.partners.set(wanted)
            for due_on, ms_title, reached in milestones:
                upsert(
                    Milestone,
                    {"measure": measure, "title": ms_title},
                    {"due_on": due_on, "is_reached": reached, "is_example": True},
                )
    # The redaktion persona (created by load_demo before this) edits the Gesundheit card.
    editor = get_user_model().objects.filter(username="redaktion").first()
    if editor is not None:
        space = ActionSpace.objects.get(slug="gesundheit")
        if not space.editors.filter(pk=editor.pk).exists():
            space.editors.add(editor)
