"""Static files and PDFs as deployed: the manifest storage after `collectstatic`, DEBUG off.

The test settings use the storage production uses (tests/static_collection.py collects
once per session), so every page and PDF test runs against hashed, compressed names.
"""

import pytest
from django.conf import settings
from django.templatetags.static import static
from django.test import Client
from django.urls import reverse

from helmstedt_strategy import pdf

SECURITY_HEADERS = (
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
    "Permissions-Policy",
    "Cross-Origin-Opener-Policy",
)


@pytest.fixture
def demo(db, strategie, demo_goals):
    from committees import demo as committees_demo
    from products import demo as products_demo

    products_demo.load()
    committees_demo.load()


def test_tests_use_the_storage_as_shipped():
    assert not settings.DEBUG
    assert settings.STORAGES["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    hashed = static("css/pdf.css")
    assert hashed.startswith("/static/css/pdf.") and hashed != "/static/css/pdf.css"
    assert (settings.STATIC_ROOT / hashed.removeprefix("/static/")).exists()


@pytest.mark.parametrize(
    ("url_name", "args"),
    [
        ("committees:paper_pdf", "paper"),
        ("actionspaces:card_pdf", ["natur"]),
        ("reports:report_pdf", [2025]),
    ],
)
def test_every_pdf_kind_renders_with_the_shipped_storage(demo, client_for, url_name, args):
    from committees.demo import SEED_SUBJECT
    from committees.models import Paper

    if args == "paper":
        args = [Paper.objects.get(name=SEED_SUBJECT).pk]
    response = client_for("strategie").get(reverse(url_name, args=args))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF-")


def test_the_fetcher_reads_hashed_names_from_the_collected_files():
    url = pdf.PDF_BASE_URL + static("vendor/arimo/arimo.css").lstrip("/")
    response = pdf.StaticOnlyFetcher(fail_on_errors=True).fetch(url)
    assert b"@font-face" in response.read() and response.headers["Content-Type"] == "text/css"


def test_the_fetcher_in_debug_reads_the_source_folders(settings):
    settings.DEBUG = True  # `make run`: plain names, nothing collected
    response = pdf.StaticOnlyFetcher(fail_on_errors=True).fetch(pdf.PDF_BASE_URL + "static/css/pdf.css")
    assert response.read() == (settings.BASE_DIR / "static" / "css" / "pdf.css").read_bytes()


@pytest.mark.parametrize("name", ["../settings.py", "css/..%2F..%2Fsettings.py", "css/gibt-es-nicht.css"])
def test_the_fetcher_refuses_what_is_not_a_collected_file(name):
    with pytest.raises(ValueError):
        pdf.StaticOnlyFetcher(fail_on_errors=True).fetch(pdf.PDF_BASE_URL + "static/" + name)


def test_a_failing_renderer_answers_the_german_500_with_security_headers(demo, monkeypatch):
    """WeasyPrint stops with FatalURLFetchingError, a BaseException Django would not catch."""
    real = pdf.render_html
    monkeypatch.setattr(
        pdf,
        "render_html",
        lambda template, context: real(template, context).replace("</body>", '<img src="/static/fehlt.png"></body>'),
    )
    client = Client(raise_request_exception=False)
    response = client.get(reverse("actionspaces:card_pdf", args=["natur"]))
    assert response.status_code == 500
    assert "Ein Fehler ist aufgetreten" in response.text and 'lang="de"' in response.text
    for header in SECURITY_HEADERS:
        assert header in response, header
