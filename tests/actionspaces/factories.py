import datetime

import factory

from actionspaces.models import ActionSpace, Measure, Milestone, Sponsor, StrategyCard, WorkshopGroup


class ActionSpaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionSpace

    name = factory.Sequence(lambda n: f"Aktionsraum {n}")
    slug = factory.Sequence(lambda n: f"aktionsraum-{n}")
    order = factory.Sequence(lambda n: n + 10)


class StrategyCardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StrategyCard

    action_space = factory.SubFactory(ActionSpaceFactory)
    definition = "Eine Definition."
    target_2035 = "Ein Zielbild."
    status = StrategyCard.Status.DECIDED
    is_published = True


class WorkshopGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkshopGroup
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Fachgruppe {n}")


class MeasureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measure

    card = factory.SubFactory(StrategyCardFactory)
    title = factory.Sequence(lambda n: f"Maßnahme {n}")
    description = "Beschreibung der Maßnahme."
    status = Measure.Status.IN_PROGRESS
    progress = 40
    order = factory.Sequence(lambda n: n + 100)
    workshop_group = factory.SubFactory(WorkshopGroupFactory)


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    measure = factory.SubFactory(MeasureFactory)
    due_on = datetime.date(2026, 6, 30)
    title = factory.Sequence(lambda n: f"Meilenstein {n}")


class SponsorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sponsor

    action_space = factory.SubFactory(ActionSpaceFactory)
    name = factory.Sequence(lambda n: f"Patin {n}")
    party_role = "Fraktion X"
