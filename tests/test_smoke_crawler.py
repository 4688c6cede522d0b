"""scripts/smoke.py (`make smoke`): what the crawler follows and what it counts as a failure."""

import importlib.util
from pathlib import Path

import pytest
from django.test import Client

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "smoke.py"
spec = importlib.util.spec_from_file_location("smoke", SCRIPT)
smoke = importlib.util.module_from_spec(spec)
spec.loader.exec_module(smoke)

ORIGIN = "https://strategie.example"


def test_html_links_cover_links_assets_and_get_forms_only():
    html = """<html><head><link rel="stylesheet" href="/static/css/site.3f2a.css">
    <link rel="alternate" type="application/rss+xml" href="/offene-daten/vorlagen.rss"></head><body>
    <a href="/ziele/1/#verlauf">Ziel</a> <a href="karte.pdf?archiv=1">PDF/A</a> <a href="#inhalt">Sprung</a>
    <a href="mailto:a@b.de">Mail</a> <a href="javascript:void(0)">JS</a> <a href="tel:+49">Tel</a>
    <img src="/static/favicon.svg" alt=""> <script src="/static/js/site.js"></script>
    <form method="get" action="/suche/"><input name="q"></form>
    <form method="post" action="/abmelden/"><button>Abmelden</button></form>
    <a href="https://example.org/anderswo">extern</a></body></html>"""
    links = smoke.html_links(html, ORIGIN + "/aktionsraeume/natur/")
    assert links == [
        ORIGIN + "/static/css/site.3f2a.css",
        ORIGIN + "/offene-daten/vorlagen.rss",
        ORIGIN + "/ziele/1/",
        ORIGIN + "/aktionsraeume/natur/karte.pdf?archiv=1",
        ORIGIN + "/aktionsraeume/natur/",
        ORIGIN + "/static/favicon.svg",
        ORIGIN + "/static/js/site.js",
        ORIGIN + "/suche/",
        "https://example.org/anderswo",  # dropped later: not same-origin
    ]


def test_json_links_are_the_site_urls_anywhere_in_the_document():
    document = {
        "id": ORIGIN + "/oparl/v1/system",
        "body": [ORIGIN + "/oparl/v1/body/1"],
        "links": {"next": ORIGIN + "/oparl/v1/body/1/paper?page=2"},
        "nested": [{"web": ORIGIN + "/vorlagen/1/", "license": "https://www.govdata.de/dl-de/by-2-0"}],
        "name": "Landkreis Helmstedt",
        "count": 3,
    }
    assert sorted(smoke.json_links(document, ORIGIN)) == sorted(
        [
            ORIGIN + "/oparl/v1/system",
            ORIGIN + "/oparl/v1/body/1",
            ORIGIN + "/oparl/v1/body/1/paper?page=2",
            ORIGIN + "/vorlagen/1/",
        ]
    )


def test_feed_links_read_rss_and_atom():
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><link>{ORIGIN}/offene-daten/</link>
    <item><link>{ORIGIN}/vorlagen/1/</link><guid>{ORIGIN}/vorlagen/1/</guid></item></channel></rss>"""
    atom = f"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
    <link href="{ORIGIN}/offene-daten/vorlagen.atom" rel="self"/><id>tag:strategie,2026:1</id>
    <entry><link href="{ORIGIN}/vorlagen/2/"/><id>{ORIGIN}/vorlagen/2/</id></entry></feed>"""
    assert set(smoke.feed_links(rss, ORIGIN + "/offene-daten/vorlagen.rss")) == {
        ORIGIN + "/offene-daten/",
        ORIGIN + "/vorlagen/1/",
    }
    assert set(smoke.feed_links(atom, ORIGIN + "/offene-daten/vorlagen.atom")) == {
        ORIGIN + "/offene-daten/vorlagen.atom",
        ORIGIN + "/vorlagen/2/",
    }


def test_css_links_resolve_against_the_stylesheet():
    css = "@font-face{src:url(arimo.1a2b.woff) format('woff')} .x{background:url('data:image/png;base64,AA')}"
    assert smoke.css_links(css, ORIGIN + "/static/vendor/arimo/arimo.9f.css") == [
        ORIGIN + "/static/vendor/arimo/arimo.1a2b.woff"
    ]


@pytest.mark.django_db
def test_the_sites_responses_carry_every_required_header(settings):
    settings.SECURE_HSTS_SECONDS = 31536000  # production's default; the test settings turn it off
    response = Client().get("/", headers={"x-forwarded-proto": "https"}, secure=True)
    headers = dict(response.headers.items())
    assert smoke.header_problems(headers) == []
    del headers["X-Frame-Options"]
    headers["Referrer-Policy"] = "unsafe-url"
    assert smoke.header_problems(headers) == [
        "header Referrer-Policy missing or not 'same-origin'",
        "header X-Frame-Options missing or not 'DENY'",
    ]


def test_cookies_must_be_secure():
    headers = dict(smoke.REQUIRED_HEADERS)
    headers["Set-Cookie-All"] = [
        "csrftoken=abc; expires=Thu, 01 Jan 2027 00:00:00 GMT; Path=/; SameSite=Lax; Secure",
        "sessionid=xyz; Path=/; SameSite=Lax",
    ]
    assert smoke.header_problems(headers) == ["cookie without Secure: sessionid", "session cookie without HttpOnly"]


@pytest.mark.parametrize(
    ("status", "content_type", "body", "ok"),
    [
        (200, "text/html", "<html><body>Hello</body></html>", True),
        (404, "text/html", '<!DOCTYPE html>\n<html lang="de"><h1>Seite nicht gefunden</h1></html>', True),
        (500, "text/html", '<html lang="de"><h1>Ein Fehler ist aufgetreten</h1></html>', True),
        (400, "application/json", '{"type": "https://schema.oparl.org/1.1/Error"}', True),
        (400, "text/html", "<!doctype html><html lang=en><title>Bad Request (400)</title>", False),
        (500, "text/html", "<html><head><title>Internal Server Error</title></head></html>", False),  # gunicorn
        (403, "text/html", '<html lang="de"><h1>Forbidden (403)</h1>CSRF verification failed</html>', False),
        (502, "text/plain", "Bad Gateway", False),
    ],
)
def test_error_pages_must_be_the_german_site_page(status, content_type, body, ok):
    assert (smoke.error_page_problems(status, content_type, body) == []) is ok


def test_the_crawl_stays_on_the_site_and_off_the_logout():
    crawler = smoke.Crawler(
        upstream="http://127.0.0.1:1",
        origin=ORIGIN,
        password="x",
        max_pages=10,
        max_variants=2,
        timeout=1,
        workers=1,
        report=smoke.Report(),
    )
    variants = {}
    assert crawler._wanted(ORIGIN + "/ziele/", variants)
    assert not crawler._wanted("https://example.org/", variants)
    assert not crawler._wanted("http://strategie.example/ziele/", variants)  # another origin (scheme)
    assert not crawler._wanted(ORIGIN + "/abmelden/", variants)
    assert crawler._wanted(ORIGIN + "/vorlagen/?seite=1", variants)
    assert crawler._wanted(ORIGIN + "/vorlagen/?seite=2", variants)
    assert not crawler._wanted(ORIGIN + "/vorlagen/?seite=3", variants)  # max_variants per path
    assert crawler._wanted(ORIGIN + "/static/css/site.css", variants)
    assert not crawler._wanted(ORIGIN + "/static/css/site.css", variants)  # static files once for all personas


def test_a_capped_crawl_is_a_failure(monkeypatch):
    report = smoke.Report()
    crawler = smoke.Crawler(
        upstream="http://127.0.0.1:1",
        origin=ORIGIN,
        password="x",
        max_pages=3,
        max_variants=9,
        timeout=1,
        workers=2,
        report=report,
    )
    pages = iter(range(100))
    monkeypatch.setattr(
        crawler, "_visit", lambda client, url, source: [(f"{ORIGIN}/seite/{next(pages)}/", url) for _ in range(2)]
    )
    crawler.crawl("anonymous", 0, ["/"])
    assert report.fetched["anonymous"] == 3
    assert [str(p) for p in report.problems] == [f"[anonymous] 0 {ORIGIN}/: page cap of 3 reached, crawl incomplete"]
