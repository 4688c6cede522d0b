from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import factory

from committees.models import Consultation, Meeting, Membership, Organization, Paper, Person

BERLIN = ZoneInfo("Europe/Berlin")


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Ausschuss {n}")
    short_name = factory.Sequence(lambda n: f"A{n}")
    kind = Organization.Kind.AUSSCHUSS
    meets_in_public = True


class UnitFactory(OrganizationFactory):
    name = factory.Sequence(lambda n: f"Fachdienst {n}")
    short_name = factory.Sequence(lambda n: f"FD {n}")
    kind = Organization.Kind.VERWALTUNG


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    given_name = "Erika"
    family_name = factory.Sequence(lambda n: f"Muster{n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    person = factory.SubFactory(PersonFactory)
    organization = factory.SubFactory(OrganizationFactory)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    organization = factory.SubFactory(OrganizationFactory)
    start = factory.Sequence(
        lambda n: datetime.combine(date(2030, 1, 1), time(17), tzinfo=BERLIN).replace(day=1 + n % 28)
    )
    state = Meeting.State.PLANNED
    is_public = factory.LazyAttribute(lambda m: m.organization.meets_in_public)


class PaperFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Paper

    name = factory.Sequence(lambda n: f"Vorlage Nummer {n}")
    originator = factory.SubFactory(UnitFactory)
    prepared_by = factory.SelfAttribute("originator")
    date = date(2030, 1, 2)
    resolution_proposal = "Der Kreistag beschließt."
    explanation = "Begründung."


class ConsultationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consultation

    paper = factory.SubFactory(PaperFactory)
    order = factory.Sequence(lambda n: n + 1)
    organization = factory.SubFactory(OrganizationFactory)
    role = Consultation.Role.PRELIMINARY
