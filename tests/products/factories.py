from datetime import date
from decimal import Decimal

import factory

from products.models import KPI, KPIValue, Product, ReportingPeriod
from products.status import Polarity


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    number = factory.Sequence(lambda n: f"9{n:03d}")
    name = factory.Sequence(lambda n: f"Testprodukt {n}")
    unit = "Fachdienst Test"
    is_published = True


class PeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportingPeriod
        django_get_or_create = ("key",)

    key = "2024"
    kind = "jahr"
    start = factory.LazyAttribute(lambda p: date(int(p.key[:4]), 1, 1))


class KPIFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KPI

    code = factory.Sequence(lambda n: f"T-{n:04d}")
    name = factory.Sequence(lambda n: f"Testkennzahl {n}")
    unit = "Fälle"
    polarity = Polarity.HIGHER_IS_BETTER
    target_value = Decimal(100)
    tolerance_percent = Decimal(5)
    product = factory.SubFactory(ProductFactory)


class KPIValueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KPIValue

    kpi = factory.SubFactory(KPIFactory)
    period = factory.SubFactory(PeriodFactory)
    actual_value = Decimal(100)
