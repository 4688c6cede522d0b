"""Load test: 100 readers and 5 editors against gunicorn on 127.0.0.1 (run by loadtest/run.sh).

Readers browse the public pages, papers, meetings, the search, the OParl API and
the open-data files (the paths with real ids come from `django_steps prepare`);
half of them log in as council members and also read their dashboard. Editors
change goal descriptions through the real edit form, with CSRF and optimistic
locking; each edit carries a unique marker, and every edit the server confirmed
(302) is written to LOADTEST_SAVED so `verify` can prove that none was lost.
A 409 is the conflict page doing its job, not an error.
"""

import itertools
import json
import os
import random
import re
import threading

from locust import HttpUser, between, events, task


def reader_paths() -> dict[str, list[str]]:
    path = os.getenv("LOADTEST_PATHS")
    if path:
        with open(path) as f:
            return json.load(f)
    public = ["/", "/ziele/", "/ziele/1/", "/ziele/2/", "/ziele/3/"]
    return {"public": public, "member": public}


READER_PATHS = reader_paths()
PASSWORD = "helmstedt"
SAVED: list[str] = []
LOCK = threading.Lock()
EDITOR_NUMBERS = itertools.count(1)
MARKERS = itertools.count(1)


def csrf_token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def login(client, username: str):
    page = client.get("/anmelden/", name="/anmelden/")
    response = client.post(
        "/anmelden/",
        {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": csrf_token(page.text), "next": "/"},
        name="/anmelden/ [POST]",
        allow_redirects=False,
    )
    if response.status_code != 302:
        raise RuntimeError(f"login of {username} failed: {response.status_code}")


class Reader(HttpUser):
    weight = 100
    wait_time = between(0.5, 2)

    def on_start(self):
        self.member = random.random() < 0.5
        if self.member:
            login(self.client, random.choice(["kreistag", "kreisausschuss"]))

    @task
    def read(self):
        self.client.get(random.choice(READER_PATHS["member" if self.member else "public"]))


class Editor(HttpUser):
    fixed_count = 5
    wait_time = between(0.5, 1.5)

    def on_start(self):
        login(self.client, f"lasttest{next(EDITOR_NUMBERS)}")

    @task
    def edit_goal(self):
        number = random.choice([1, 2, 3])
        url = f"/ziele/{number}/bearbeiten/"
        form = self.client.get(url, name="/ziele/N/bearbeiten/")
        html = form.text
        fields = {
            name: value
            for name, value in re.findall(r'<input[^>]+name="([^"]+)"[^>]*value="([^"]*)"', html)
            if name not in ("csrfmiddlewaretoken",)
        }
        title = re.search(r'name="title"[^>]*value="([^"]*)"', html).group(1)
        sub_points = re.search(r'<textarea name="sub_points"[^>]*>\n?(.*?)</textarea>', html, re.S).group(1)
        marker = f"LT-{os.getpid()}-{next(MARKERS)}"
        data = {
            "title": title,
            "sub_points": sub_points,
            "description": f"Beschreibung im Lasttest {marker}",
            "decided_by": fields.get("decided_by", "Kreistag"),
            "decided_on": fields.get("decided_on", ""),
            "is_published": "on",
            "loaded_version": fields["loaded_version"],
            "csrfmiddlewaretoken": csrf_token(html),
        }
        with self.client.post(
            url, data, name="/ziele/N/bearbeiten/ [POST]", allow_redirects=False, catch_response=True
        ) as r:
            if r.status_code == 302:
                with LOCK:
                    SAVED.append(marker)
                r.success()
            elif r.status_code == 409:
                r.success()  # somebody saved first: the conflict page, nothing overwritten
            else:
                r.failure(f"unexpected status {r.status_code}")


@events.quitting.add_listener
def write_saved_markers(environment, **kwargs):
    path = os.environ.get("LOADTEST_SAVED")
    if path:
        with open(path, "w") as f:
            f.write("\n".join(SAVED))
