"""Data at scale for `make bench`: 10× is about 2,000 measures on the six strategy cards."""

import random
from datetime import date, timedelta

from .models import Measure, Milestone, StrategyCard

MEASURES_PER_SCALE = 200


def generate(scale: int, *, user=None) -> dict:
    if scale <= 1:
        return {"measures": Measure.objects.count()}
    rng = random.Random(scale)
    cards = list(StrategyCard.objects.all())
    measures = Measure.objects.bulk_create(
        [
            Measure(
                card=cards[n % len(cards)],
                title=f"Beispielmaßnahme {n}",
                description="Erfunden für den Lasttest der Seiten.",
                status=rng.choice(list(Measure.Status)),
                progress=rng.randint(0, 100),
                start=date(2025, 1, 1) + timedelta(days=rng.randint(0, 300)),
                order=1000 + n,
                is_example=True,
            )
            for n in range(MEASURES_PER_SCALE * scale)
        ],
        batch_size=1000,
    )
    Milestone.objects.bulk_create(
        [
            Milestone(
                measure=m,
                due_on=date(2026, 1, 1) + timedelta(days=rng.randint(0, 700)),
                title="Zwischenstand",
                is_example=True,
            )
            for m in measures[::4]
        ],
        batch_size=1000,
    )
    return {"measures": Measure.objects.count()}
