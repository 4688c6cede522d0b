"""Settings, roles, demo data, login and language: the base every app stands on."""

import ast
import gettext
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.urls import reverse

from goals.models import District, StrategicGoal, Vision
from helmstedt_strategy.formatting import format_number
from helmstedt_strategy.roles import ROLE_PERMISSIONS

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    ours = (
        "SECRET_KEY",
        "DEBUG",
        "DJANGO_SETTINGS_MODULE",
        "ALLOWED_HOSTS",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
    )
    clean = {k: v for k, v in os.environ.items() if k not in ours and not k.startswith("SECURE_")}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def test_without_secret_and_debug_off_the_app_refuses_to_start():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="x7#kq2!vLp9@zR4^mN8&wB3*eT6(yU1)hJ5-gF0+dS_aQcXo-Helmstedt2035",
        ALLOWED_HOSTS="strategie.landkreis-helmstedt.de",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_language_and_time_zone():
    assert settings.LANGUAGE_CODE == "de"
    assert settings.TIME_ZONE == "Europe/Berlin"
    assert ("en", "English") in settings.LANGUAGES


def test_sqlite_database_lives_in_an_ignored_folder():
    if os.getenv("DATABASE_URL"):
        assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    else:
        assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert "var/" in (ROOT / ".gitignore").read_text()


@pytest.mark.django_db
def test_migrations_create_the_role_groups_with_permissions_but_no_users():
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLE_PERMISSIONS)
    assert not User.objects.exists()
    strategie = Group.objects.get(name="strategie").permissions.values_list("codename", flat=True)
    assert "change_strategicgoal" in strategie
    assert "view_unpublished" in strategie
    kreistag = set(Group.objects.get(name="kreistag").permissions.values_list("codename", flat=True))
    assert "view_strategicgoal" in kreistag
    assert not {c for c in kreistag if c.startswith(("change_", "add_", "delete_", "view_unpublished"))}
    redaktion = set(Group.objects.get(name="redaktion").permissions.values_list("codename", flat=True))
    assert "change_strategicgoal" not in redaktion
    assert "view_unpublished" in redaktion
    # Least privilege: the strategy drafts, but not every draft paper and non-public session.
    labelled = Group.objects.get(name="redaktion").permissions.values_list("content_type__app_label", "codename")
    unpublished = {app for app, codename in labelled if codename == "view_unpublished"}
    assert unpublished == {"goals", "actionspaces", "products"}


@pytest.mark.django_db
def test_load_demo_twice_leaves_the_same_data(capsys):
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "helmstedt" in out and "strategie" in out and "kreisausschuss" in out

    def snapshot():
        return {
            "users": list(User.objects.order_by("username").values_list("username", "password", "last_name")),
            "groups": sorted(User.objects.values_list("username", "groups__name")),
            "goals": list(StrategicGoal.objects.values_list("number", "title", "sub_points", "version")),
            "history": StrategicGoal.history.count() + Vision.history.count() + District.history.count(),
            "district": list(District.objects.values_list("name", "kreisschluessel")),
        }

    first = snapshot()
    call_command("load_demo")
    assert snapshot() == first
    assert first["district"] == [("Landkreis Helmstedt", "03154")]
    assert [g[0] for g in first["goals"]] == [1, 2, 3]
    user = User.objects.get(username="kreistag")
    assert user.check_password("helmstedt")


@pytest.mark.django_db
def test_demo_contains_the_eight_member_municipalities():
    from actionspaces.models import Municipality

    call_command("load_demo")
    names = set(Municipality.objects.values_list("name", flat=True))
    assert len(names) == 8
    assert {"Stadt Helmstedt", "Samtgemeinde Velpke", "Gemeinde Lehre"} <= names


@pytest.mark.django_db
def test_login_page_is_german_and_logs_in(client, strategie):
    strategie.set_password("helmstedt")
    strategie.save()
    page = client.get(reverse("login"))
    assert "Anmelden" in page.text and "Passwort" in page.text
    response = client.post(reverse("login"), {"username": "strategie", "password": "helmstedt"})
    assert response.status_code == 302
    assert "Albers" in client.get(reverse("home")).text


@pytest.mark.django_db
def test_wrong_password_gives_german_error(client, strategie):
    response = client.post(reverse("login"), {"username": "strategie", "password": "falsch"})
    assert response.status_code == 200
    assert "Benutzername oder Passwort ist falsch" in response.text


@pytest.mark.django_db
def test_login_is_throttled_after_repeated_failures(client, strategie):
    strategie.set_password("helmstedt")
    strategie.save()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "strategie", "password": "falsch"})
    # Now even the right password is refused for a while.
    response = client.post(reverse("login"), {"username": "strategie", "password": "helmstedt"})
    assert response.status_code == 429
    assert "vorübergehend gesperrt" in response.text


@pytest.mark.django_db
def test_logout_needs_post_and_password_change_works(client_for, strategie):
    client = client_for("strategie")
    assert client.get(reverse("password_change")).status_code == 200
    strategie.set_password("helmstedt")
    strategie.save()
    client.force_login(strategie)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": "helmstedt",
            "new_password1": "Kreisentwicklung-2035",
            "new_password2": "Kreisentwicklung-2035",
        },
    )
    assert response.status_code == 302
    assert "Passwort geändert" in client.get(reverse("password_change_done")).text
    assert client.post(reverse("logout")).status_code == 302
    assert "Sie wurden abgemeldet." in client.get(reverse("home")).text
    assert client.get(reverse("password_change")).status_code == 302


@pytest.mark.django_db
def test_anonymous_password_change_goes_to_login(client):
    response = client.get(reverse("password_change"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_numbers_and_dates_in_german_and_english():
    from datetime import date

    from django.utils import formats, translation

    with translation.override("de"):
        assert format_number(90000) == "90.000"
        assert format_number(3.6, 1) == "3,6"
        assert formats.date_format(date(2024, 9, 18), "SHORT_DATE_FORMAT") == "18.09.2024"
        assert formats.date_format(date(2024, 9, 18), "DATE_FORMAT") == "18.09.2024"
    with translation.override("en"):
        assert format_number(90000) == "90,000"
    assert format_number(None) == "—"


@pytest.mark.django_db
def test_interface_switches_to_english(client_for, demo_goals):
    client = client_for(None)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    text = client.get(reverse("goals:overview")).text
    assert '<html lang="en">' in text
    assert "Strategic goals" in text
    assert "Skip to content" in text


def test_english_catalogue_is_complete(tmp_path):
    """Every German string in code and templates has an English translation, none fuzzy."""
    import shutil

    work = tmp_path / "project"
    shutil.copytree(
        ROOT,
        work,
        ignore=shutil.ignore_patterns(".venv", "var", ".git", "node_modules", "staticfiles", "__pycache__", "tests"),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-location", "--no-obsolete"],
        cwd=work,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    po = (work / "locale/en/LC_MESSAGES/django.po").read_text()
    entries = po.split("\n\n")[1:]
    missing = (
        [e for e in entries if 'msgstr ""' in e.splitlines()[-1] and "msgstr[" not in e]
        + [e for e in entries if "#, fuzzy" in e]
        + [e for e in entries if any(line.startswith("msgstr[") and line.endswith(' ""') for line in e.splitlines())]
    )
    assert not missing, "untranslated:\n" + "\n\n".join(missing[:20])
    # The committed .po is the one makemessages would write now, and the committed .mo matches it.
    committed = (ROOT / "locale/en/LC_MESSAGES/django.po").read_text()
    assert _messages(committed) == _messages(po), "run `make messages`: locale/en is out of date"
    with open(ROOT / "locale/en/LC_MESSAGES/django.mo", "rb") as mo:
        catalogue = gettext.GNUTranslations(mo)
    for msgid, msgstr in _messages(committed).items():
        assert catalogue.gettext(msgid) == msgstr, f"django.mo is stale for {msgid!r}: run `make messages`"


def _messages(po_text: str) -> dict[str, str]:
    """msgid → msgstr of a .po file (singular entries)."""
    result = {}
    for entry in po_text.split("\n\n")[1:]:
        if "msgid_plural" in entry:
            continue  # plural forms: checked for emptiness above
        current, parts = None, {"msgid": [], "msgstr": []}
        for line in entry.splitlines():
            if line.startswith("msgid "):
                current = "msgid"
                line = line[6:]
            elif line.startswith("msgstr "):
                current = "msgstr"
                line = line[7:]
            elif not line.startswith('"'):
                current = None if line.startswith(("msgid_plural", "msgstr[", "#")) else current
                continue
            if current:
                parts[current].append(ast.literal_eval(line))
        if parts["msgid"]:
            result["".join(parts["msgid"])] = "".join(parts["msgstr"])
    return result


@pytest.mark.django_db
def test_security_headers_on_every_response(client):
    response = client.get(reverse("home"))
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert client.get("/gibt-es-nicht/")["Content-Security-Policy"] == csp


@pytest.mark.django_db
def test_every_form_carries_a_csrf_token(client_for, demo_goals):
    client = client_for("strategie")
    for url in [reverse("login"), reverse("goals:edit", args=[1]), reverse("password_change")]:
        text = (client if url != reverse("login") else client_for(None)).get(url).text
        assert text.count("<form") == text.count("csrfmiddlewaretoken") >= 1, url
