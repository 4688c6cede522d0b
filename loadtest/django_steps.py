"""Django-side steps of the load test: prepare the data, then verify no confirmed edit was lost."""

import os
import sys
from pathlib import Path

import django


def prepare():
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    group = Group.objects.get(name="strategie")
    for n in range(1, 6):
        user, _ = User.objects.get_or_create(username=f"lasttest{n}", defaults={"last_name": f"Lasttest {n}"})
        user.set_password("helmstedt")
        user.save()
        user.groups.add(group)


def verify(saved_path: str) -> int:
    from goals.models import StrategicGoal

    saved = [line for line in Path(saved_path).read_text().split("\n") if line]
    recorded = set()
    for description in StrategicGoal.history.values_list("description", flat=True):
        if "Lasttest LT-" in description:
            recorded.add(description.rsplit(" ", 1)[-1])
    lost = [marker for marker in saved if marker not in recorded]
    print(f"confirmed edits: {len(saved)}, in the history: {len(set(saved) & recorded)}, lost: {len(lost)}")
    return 1 if lost else 0


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helmstedt_strategy.settings")
    django.setup()
    if sys.argv[1] == "prepare":
        prepare()
    else:
        sys.exit(verify(sys.argv[2]))
