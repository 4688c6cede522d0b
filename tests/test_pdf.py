"""The shared PDF renderer: tagged, German metadata, fonts from static/, nothing fetched from outside."""

import subprocess

import pytest
from django.contrib.auth.models import AnonymousUser

from helmstedt_strategy import content_version
from helmstedt_strategy.pdf import PDF_A, PDF_UA, PDFRenderError, cached_pdf, html_to_pdf, pdf_response, render_pdf

HTML = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Testdrucksache</title>
<meta name="author" content="Landkreis Helmstedt">
<link rel="stylesheet" href="/static/vendor/arimo/arimo.css"><link rel="stylesheet" href="/static/css/pdf.css">
</head><body><h1>Größe und Übung</h1><p>Die Anzahl der Einwohner/innen bei über 90.000 halten!</p></body></html>"""


def pdf_tool(tool, pdf: bytes, tmp_path, *args) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        [tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_is_tagged_with_german_metadata_and_embedded_fonts(tmp_path):
    pdf = html_to_pdf(HTML)
    assert pdf.startswith(b"%PDF-")
    info = pdf_tool("pdfinfo", pdf, tmp_path)
    assert "Title:           Testdrucksache" in info
    assert "Author:          Landkreis Helmstedt" in info
    assert "Tagged:          yes" in info
    assert b"pdfuaid:part" in _streams(pdf)
    assert b"/Lang (de)" in _streams(pdf)
    fonts = pdf_tool("pdffonts", pdf, tmp_path)
    assert "Arimo" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded
    assert "Die Anzahl der Einwohner/innen bei über 90.000 halten!" in pdf_tool("pdftotext", pdf, tmp_path)


def test_archive_variant_is_pdf_a(tmp_path):
    pdf = html_to_pdf(HTML, variant=PDF_A)
    assert b"pdfaid:part" in _streams(pdf)
    assert "Tagged:          yes" in pdf_tool("pdfinfo", pdf, tmp_path)


def test_resources_outside_static_are_refused():
    with pytest.raises(PDFRenderError):
        html_to_pdf(HTML.replace("</body>", '<img src="https://example.org/tracker.png" alt=""></body>'))
    with pytest.raises(PDFRenderError):
        html_to_pdf(HTML.replace("</body>", '<img src="file:///etc/passwd" alt=""></body>'))
    with pytest.raises(PDFRenderError):
        html_to_pdf(HTML.replace("/static/css/pdf.css", "/static/../helmstedt_strategy/settings.py"))


def test_unknown_variant_is_refused():
    with pytest.raises(ValueError):
        html_to_pdf(HTML, variant="pdf/x-1a")


def test_render_pdf_uses_german_whatever_the_active_language(tmp_path, settings):
    from django.utils import translation

    with translation.override("en"):
        filename, pdf = render_pdf(template="pdf/base.html", context={}, filename="test.pdf")
    assert filename == "test.pdf"
    assert b"/Lang (de)" in _streams(pdf)


@pytest.mark.django_db
def test_cached_pdf_renders_once_per_key():
    calls = []

    def render():
        calls.append(1)
        return "a.pdf", b"%PDF-1.7 fake"

    anonymous = AnonymousUser()
    assert cached_pdf(key_parts=("paper", 1, PDF_UA), reader=anonymous, render=render) == ("a.pdf", b"%PDF-1.7 fake")
    cached_pdf(key_parts=("paper", 1, PDF_UA), reader=anonymous, render=render)
    assert len(calls) == 1
    cached_pdf(key_parts=("paper", 1, PDF_A), reader=anonymous, render=render)  # another variant
    assert len(calls) == 2
    content_version.bump()  # any change of content: a new render
    cached_pdf(key_parts=("paper", 1, PDF_UA), reader=anonymous, render=render)
    assert len(calls) == 3


def test_pdf_response_headers():
    response = pdf_response("Drucksache 12-2024.pdf", b"%PDF-1.7 x", inline=False)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["ETag"].startswith('"')


def _streams(pdf: bytes) -> bytes:
    """The PDF with every stream inflated (the catalogue sits in a compressed object stream)."""
    import contextlib
    import re
    import zlib

    chunks = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        with contextlib.suppress(zlib.error):
            chunks.append(zlib.decompress(match.group(1)))
    return b"\n".join(chunks)
