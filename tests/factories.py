import factory
from django.contrib.auth.models import User

from actionspaces.models import Municipality
from goals.models import District, StrategicGoal, Vision


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"person{n}")
    first_name = "Erika"
    last_name = factory.Sequence(lambda n: f"Muster{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")


class DistrictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = District

    name = "Landkreis Helmstedt"
    short_name = "Helmstedt"
    kreisschluessel = "03154"
    address = "Südertor 6\n38350 Helmstedt"
    head_title = "DER LANDRAT"


class VisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vision

    title = "Strategische Ausrichtung 2035"
    horizon_year = 2035
    binding_from_year = 2026
    statement = "Langfristige Ziele bis 2035."
    is_published = True


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StrategicGoal

    vision = factory.SubFactory(VisionFactory)
    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Ziel Nummer {n + 1}")
    sub_points = "Erster Punkt\nZweiter Punkt"
    description = "Eine Beschreibung."
    is_published = True


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    name = factory.Sequence(lambda n: f"Gemeinde {n}")
    kind = Municipality.Kind.GEMEINDE
