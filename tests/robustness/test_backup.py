"""Backup and restore lose nothing: every row of every table (history included) and every attachment byte."""

import io
import json
import tarfile

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from committees.models import File, Paper
from goals.models import StrategicGoal
from helmstedt_strategy import backup
from helmstedt_strategy.editing import save_versioned

PDF = b"%PDF-1.4\n% Anlage mit Umlauten \xc3\xa4\xc3\xb6\xc3\xbc\n" + bytes(range(256)) * 8


def snapshot():
    """Every backed-up table as serialised rows (natural keys, so the content type ids may differ)."""
    return {model._meta.label_lower: json.loads(backup.serialize_all([model])) for model in backup.backed_up_models()}


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def filled(media, strategie):
    call_command("load_demo", verbosity=0)
    paper = Paper.objects.order_by("pk").first()
    attachment = File(paper=paper, name="Lageplan", mime_type="application/pdf", size=len(PDF))
    attachment.file.save("lageplan.pdf", ContentFile(PDF), save=False)
    attachment._history_user = strategie
    attachment.save()
    goal = StrategicGoal.objects.get(number=2)
    goal.description = "Geänderte Beschreibung <b>mit</b> Sonderzeichen „äöüß“"
    save_versioned(goal, expected_version=goal.version, user=strategie, reason="Test der Sicherung")
    goal.refresh_from_db()
    goal.title = goal.title + " (überarbeitet)"
    save_versioned(goal, expected_version=goal.version, user=strategie)
    return attachment


@pytest.mark.django_db(transaction=True)
def test_round_trip_loses_nothing(filled, media, tmp_path):
    before = snapshot()
    assert before["goals.historicalstrategicgoal"], "the edits must have written history rows"
    archive = tmp_path / "sicherung.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())

    call_command("flush", interactive=False, verbosity=0)  # a new, migrated database: groups, content types anew
    for path in media.rglob("*"):
        if path.is_file():
            path.unlink()
    assert not backup.non_empty_tables()

    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)
    assert "Wiederhergestellt" in out.getvalue()
    after = snapshot()
    for label, rows in before.items():
        assert after[label] == rows, label
    restored = File.objects.get(pk=filled.pk)
    assert restored.file.read() == PDF
    # The id sequences continue after the restored ids (PostgreSQL: sqlsequencereset).
    user = get_user_model().objects.create_user("nach-der-wiederherstellung")
    assert user.pk > max(row["pk"] for row in before["auth.user"])
    assert StrategicGoal.history.count() == len(before["goals.historicalstrategicgoal"])


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_database_with_data_unless_forced(filled, tmp_path):
    archive = tmp_path / "sicherung.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    goal = StrategicGoal.objects.get(number=2)
    goal.title = "Nach der Sicherung geändert"
    goal.save()
    with pytest.raises(CommandError, match="nicht leer"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert StrategicGoal.objects.get(number=2).title == "Nach der Sicherung geändert"
    call_command("restore", str(archive), "--force", stdout=io.StringIO())
    assert StrategicGoal.objects.get(number=2).title != "Nach der Sicherung geändert"


def _rewrite(archive, target, change):
    with tarfile.open(archive, "r:gz") as source, tarfile.open(target, "w:gz") as out:
        for member in source.getmembers():
            body = change(member.name, source.extractfile(member).read())
            member.size = len(body)
            out.addfile(member, io.BytesIO(body))


@pytest.mark.django_db(transaction=True)
def test_a_damaged_archive_changes_nothing(filled, tmp_path):
    archive, damaged = tmp_path / "gut.tar.gz", tmp_path / "kaputt.tar.gz"
    backup.create_backup(archive)
    _rewrite(archive, damaged, lambda name, body: body.replace(b"Lageplan", b"LageplaN"))
    call_command("flush", interactive=False, verbosity=0)
    with pytest.raises(CommandError, match="Prüfsummen"):
        call_command("restore", str(damaged))
    assert not backup.non_empty_tables()
    (tmp_path / "leer.tar.gz").write_bytes(b"kein Archiv")
    with pytest.raises(CommandError, match="beschädigt"):
        call_command("restore", str(tmp_path / "leer.tar.gz"))


@pytest.mark.django_db(transaction=True)
def test_restore_is_all_or_nothing(filled, tmp_path, monkeypatch):
    archive = tmp_path / "sicherung.tar.gz"
    backup.create_backup(archive)
    call_command("flush", interactive=False, verbosity=0)

    def fail(*args, **kwargs):
        raise OSError("Datenträger voll")

    monkeypatch.setattr(backup, "reset_sequences", fail)
    with pytest.raises(OSError, match="Datenträger voll"):
        backup.restore_backup(archive)
    assert not backup.non_empty_tables()


def test_paths_outside_media_are_refused(tmp_path):
    manifest = {"format": backup.FORMAT_VERSION, "migrations": [], "counts": {}}
    members = {"data.json": b"[]", "media/../../etc/passwd": b"x"}
    manifest["checksums"] = {name: backup._sha256(body) for name, body in members.items()}
    target = tmp_path / "boese.tar.gz"
    with tarfile.open(target, "w:gz") as archive:
        for name, body in {"manifest.json": json.dumps(manifest).encode(), **members}.items():
            backup._add(archive, name, body)
    with pytest.raises(ValidationError, match="unzulässigen Pfad"):
        backup.read_archive(target)


@pytest.mark.django_db
def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(CommandError, match="gibt es nicht"):
        call_command("restore", str(tmp_path / "fehlt.tar.gz"))
