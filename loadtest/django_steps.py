"""Django-side steps of the load test: prepare the data, then verify no confirmed edit was lost."""

import os
import sys
from pathlib import Path

import django


def reader_paths() -> dict[str, list[str]]:
    """What readers open: public pages, papers, the OParl API and open data; members add their dashboard."""
    from django.urls import reverse

    from committees.demo import SEED_SUBJECT
    from committees.models import Meeting, Paper
    from goals.models import District

    paper = Paper.objects.get(name=SEED_SUBJECT).pk
    meeting = Meeting.objects.filter(is_public=True).order_by("start").first().pk
    body = District.objects.get().pk
    public = [
        reverse("home"),
        reverse("goals:overview"),
        reverse("goals:detail", args=[2]),
        reverse("actionspaces:overview"),
        reverse("actionspaces:card", args=["gesundheit"]),
        reverse("products:list"),
        reverse("committees:paper_list"),
        reverse("committees:paper_detail", args=[paper]),
        reverse("committees:meeting_list"),
        reverse("committees:meeting_detail", args=[meeting]),
        reverse("dashboard:portal"),
        reverse("search:results") + "?q=Versorgung",
        reverse("oparl:system"),
        reverse("oparl:body_list"),
        reverse("oparl:list", args=[body, "paper"]),
        reverse("oparl:list", args=[body, "meeting"]),
        reverse("oparl:object", args=["paper", paper]),
        reverse("opendata:papers_rss"),
        reverse("opendata:kpi_csv"),
    ]
    return {"public": public, "member": [*public, reverse("dashboard:home"), reverse("dashboard:home")]}


def prepare(paths_file: str | None = None):
    import json

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
    if paths_file:
        Path(paths_file).write_text(json.dumps(reader_paths(), indent=1))


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
        prepare(*sys.argv[2:])
    else:
        sys.exit(verify(sys.argv[2]))
