"""Data at scale for `make bench`: 10× is about 600 KPIs with 60,000 monthly values."""

import random
from datetime import date
from decimal import Decimal

from .models import KPI, KPIValue, Product, ReportingPeriod
from .models.kpi import PeriodKind

PRODUCTS_PER_SCALE = 20
KPIS_PER_PRODUCT = 3
MONTHS = [(year, month) for year in range(2017, 2025) for month in range(1, 13)][-100:]


def generate(scale: int, *, user=None) -> dict:
    if scale <= 1:
        return {"kpis": KPI.objects.count(), "kpi values": KPIValue.objects.count()}
    rng = random.Random(scale)
    periods = {}
    for year, month in MONTHS:
        key = f"{year}-{month:02d}"
        periods[key], _ = ReportingPeriod.objects.get_or_create(
            key=key, defaults={"kind": PeriodKind.MONTH, "start": date(year, month, 1)}
        )
    products = Product.objects.bulk_create(
        [
            Product(
                number=f"9{n:04d}",
                name=f"Beispielprodukt {n}",
                budget_area="Teilhaushalt Beispiel",
                is_published=n % 5 != 0,
                is_example=True,
            )
            for n in range(PRODUCTS_PER_SCALE * scale)
        ]
    )
    kpis = KPI.objects.bulk_create(
        [
            KPI(
                code=f"B-{product.number}-{k}",
                name=f"Beispielkennzahl {k} zu {product.name}",
                unit="Anzahl",
                period_kind=PeriodKind.MONTH,
                target_value=Decimal(100),
                product=product,
                is_example=True,
            )
            for product in products
            for k in range(KPIS_PER_PRODUCT)
        ]
    )
    values = [
        KPIValue(
            kpi=kpi,
            period=periods[f"{year}-{month:02d}"],
            target_value=Decimal(100),
            actual_value=Decimal(rng.randint(80, 120)),
            is_example=True,
        )
        for kpi in kpis
        for year, month in MONTHS
    ]
    KPIValue.objects.bulk_create(values, batch_size=5000)
    return {"kpis": KPI.objects.count(), "kpi values": KPIValue.objects.count()}
