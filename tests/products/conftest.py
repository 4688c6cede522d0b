import pytest


@pytest.fixture
def demo_products(demo_goals, redaktion):
    from products import demo

    demo.load()


@pytest.fixture
def responsible_kpi(demo_products):
    """A demo KPI of a product the redaktion persona is responsible for (363 Kinder- und Jugendhilfe)."""
    from products.models import KPI

    return KPI.objects.get(code="363-01")
