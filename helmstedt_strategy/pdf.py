"""PDFs from HTML templates with WeasyPrint (pretix' invoice renderer style).

Rendered in a forced German locale and Berlin time, with CSS, images and fonts
taken from the static files only (the fetcher refuses everything else, so a PDF
never reaches the network or the file system beyond them), read where the site
serves them from: the collected files in production, the source folders in DEBUG. The default variant is
tagged PDF/UA-1 (accessible); PDF/A-3a (archivable, also tagged) on request.
WeasyPrint writes one variant per file, so these are two downloads, not one.
"""

import hashlib
import mimetypes
from collections.abc import Callable
from urllib.parse import unquote
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from . import content_version

PDF_UA = "pdf/ua-1"
PDF_A = "pdf/a-3a"
VARIANTS = (PDF_UA, PDF_A)

# A base URL that cannot be fetched from the network; only its static/ part is served.
PDF_BASE_URL = "https://pdf.invalid/"
CACHE_SECONDS = 7 * 24 * 3600


class PDFRenderError(Exception):
    """WeasyPrint could not write the PDF; an ordinary exception, so the site answers its 500 page."""


def static_file_path(name: str) -> str | None:
    """The file the site serves as /static/<name>, or None.

    As whitenoise does: in production the collected files in STATIC_ROOT through the
    configured storage (the manifest storage's hashed names exist only there); in DEBUG
    (`WHITENOISE_USE_FINDERS`, default DEBUG) the app and project folders, unhashed.
    """
    if ".." in name.split("/") or name.startswith("/") or "\\" in name:
        return None
    if getattr(settings, "WHITENOISE_USE_FINDERS", settings.DEBUG):
        return finders.find(name)
    return staticfiles_storage.path(name) if staticfiles_storage.exists(name) else None


class StaticOnlyFetcher(URLFetcher):
    """Serves /static/… as the site does and inline data: URLs; refuses the rest."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        prefix = PDF_BASE_URL + settings.STATIC_URL.lstrip("/")
        if not url.startswith(prefix):
            raise ValueError(f"PDF resources come from static/ only, not {url}")
        relative = unquote(url[len(prefix) :].split("?")[0].split("#")[0])
        path = static_file_path(relative)
        if not path:
            raise ValueError(f"no static file {relative}")
        with open(path, "rb") as f:
            body = f.read()
        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": content_type})


def render_html(template: str, context: dict) -> str:
    """The HTML of a PDF, always in German and Berlin time, whatever the request's language."""
    with translation.override("de"), timezone.override(ZoneInfo("Europe/Berlin")):
        return render_to_string(template, context)


def html_to_pdf(html: str, *, variant: str = PDF_UA) -> bytes:
    """WeasyPrint alone: title, author and language come from <title>, <meta name=author>, <html lang>."""
    if variant not in VARIANTS:
        raise ValueError(variant)
    document = HTML(string=html, base_url=PDF_BASE_URL, url_fetcher=StaticOnlyFetcher(fail_on_errors=True))
    try:
        return document.write_pdf(pdf_variant=variant, uncompressed_pdf=False)
    except FatalURLFetchingError as exc:
        # A BaseException: left alone it passes Django's error handling and reaches gunicorn,
        # which answers its own English page without our security headers.
        raise PDFRenderError(str(exc)) from exc


def render_pdf(*, template: str, context: dict, filename: str, variant: str = PDF_UA) -> tuple[str, bytes]:
    return filename, html_to_pdf(render_html(template, context), variant=variant)


def cached_pdf(*, key_parts: tuple, reader, render: Callable[[], tuple[str, bytes]]) -> tuple[str, bytes]:
    """Serve a PDF from the cache while no content changed (see `content_version`).

    `key_parts` names the document (kind, object, variant); `reader` is the user whose view `render`
    prints (an AnonymousUser for the public one), or None if the PDF is the same for every reader.
    """
    return content_version.cached(("pdf", *key_parts), render, reader=reader, timeout=CACHE_SECONDS)


def pdf_response(filename: str, pdf: bytes, *, inline: bool = True) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(not inline, filename)
    response["ETag"] = '"' + hashlib.sha256(pdf).hexdigest()[:32] + '"'
    response["Cache-Control"] = "private, no-cache"
    return response
