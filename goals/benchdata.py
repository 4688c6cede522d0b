"""Data at scale for the benchmark: ten years of editing the goals (history grows, goals stay three)."""

from .models import StrategicGoal


def generate(scale: int, *, user=None) -> dict:
    edits = 0
    for goal in StrategicGoal.objects.all():
        for i in range(20 * scale):
            goal.description = f"{goal.description.split(' [')[0]} [Fassung {i}]"
            goal._history_user = user
            goal.save()
            edits += 1
    return {"goal edits": edits}
