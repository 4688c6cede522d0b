"""Uploads: type by extension AND content, size, and a safe stored name whatever the browser sends."""

import unicodedata

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from committees.models import File
from committees.uploads import MAX_STEM_LENGTH, safe_name

PDF = b"%PDF-1.7 Anlage"
pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("original", "stored"),
    [
        ("../../x.pdf", "x.pdf"),
        ("..\\..\\windows\\x.pdf", "x.pdf"),
        ("/etc/passwd.pdf", "passwd.pdf"),
        ("bericht\x00.exe.pdf", "bericht.exe.pdf"),
        ("Übersicht 2024 (final).PDF", "Übersicht_2024_final.pdf"),
        (unicodedata.normalize("NFD", "Übersicht.pdf"), "Übersicht.pdf"),
        ("..pdf", "pdf"),  # no extension left: the type check refuses it
        ("...", "anlage"),
        (".hidden.pdf", "hidden.pdf"),
        ("<script>alert(1)<script>.pdf", "script_alert_1_script.pdf"),
        ("..%2F..%2Fx.pdf", "2F._2Fx.pdf"),
        ("a" * 500 + ".pdf", "a" * MAX_STEM_LENGTH + ".pdf"),
    ],
)
def test_safe_name(original, stored):
    assert safe_name(original) == stored


@given(st.text())
def test_safe_name_is_always_a_plain_short_name(original):
    name = safe_name(original)
    assert name and "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".")
    assert ".." not in name
    assert len(name) <= MAX_STEM_LENGTH + 10
    assert name == unicodedata.normalize("NFC", name)


@pytest.mark.parametrize(
    "original",
    [
        "../../x.pdf",
        "..%2F..%2Fx.pdf",
        "x" * 240 + ".pdf",
        unicodedata.normalize("NFD", "Änderung für Öffentlichkeit.pdf"),
        "name with\ttab.pdf",
    ],
)
def test_uploaded_files_land_under_their_paper_with_a_safe_name(client_for, seed_paper, settings, tmp_path, original):
    settings.MEDIA_ROOT = tmp_path
    response = client_for("strategie").post(
        reverse("committees:file_upload", args=[seed_paper.pk]),
        {"name": "Anlage", "file": SimpleUploadedFile(original, PDF)},
    )
    assert response.status_code == 302
    attachment = File.objects.get(paper=seed_paper)
    directory, _slash, stored = attachment.file.name.rpartition("/")
    assert directory == f"anlagen/{seed_paper.pk}"
    assert ".." not in attachment.file.name and len(attachment.file.name) <= 100
    assert stored == unicodedata.normalize("NFC", stored)
    assert (tmp_path / attachment.file.name).read_bytes() == PDF
    assert tmp_path.resolve() in (tmp_path / attachment.file.name).resolve().parents
    download = client_for("strategie").get(reverse("committees:file_download", args=[attachment.pk]))
    assert b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize(
    ("original", "content"),
    [
        ("x.pdf.exe", PDF),  # the last extension counts
        ("x.exe\x00.pdf", b"MZ\x90\x00"),  # a NUL trick still needs a PDF inside
        ("x", PDF),  # no extension
        ("x.PDF", b"<html>"),  # content does not match
    ],
)
def test_refused_uploads_store_nothing(client_for, seed_paper, settings, tmp_path, original, content):
    settings.MEDIA_ROOT = tmp_path
    response = client_for("strategie").post(
        reverse("committees:file_upload", args=[seed_paper.pk]),
        {"name": "Anlage", "file": SimpleUploadedFile(original, content)},
    )
    assert response.status_code == 400
    assert "Datei:" in response.text
    assert not File.objects.exists()
    assert not any(path.is_file() for path in tmp_path.rglob("*"))
