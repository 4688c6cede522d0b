"""Production smoke test: crawl a running deployment as every persona (`make smoke`, scripts/smoke.sh).

Starting at `/`, fetches everything reachable over same-origin links: pages, PDFs, feeds,
iCal, OParl lists and objects, open data, static files. GET only (besides the login form),
never the logout. Talks to gunicorn the way the TLS-terminating proxy of the README does
(X-Forwarded-Proto: https, X-Forwarded-For), so the production settings apply unchanged.

Fails on any 5xx, any error page that is not the site's German one, any response without
the security headers, a cookie without `Secure`, and a broken same-origin link.
Standard library only, so it runs with any Python 3.11.
"""

import argparse
import http.client
import json
import re
import sys
import threading
import time
import xml.etree.ElementTree as ElementTree
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urldefrag, urlencode, urljoin, urlsplit

PERSONAS = ["anonymous", "strategie", "redaktion", "kreistag", "kreisausschuss"]
# The home page, and the open interfaces the README documents (no page links to them).
START_PATHS = ["/", "/offene-daten/", "/oparl/"]
# Never fetched: logging out ends the persona's session (and is POST-only anyway).
SKIPPED_PATHS = ("/abmelden/", "/admin/logout/")
# What every response must carry (helmstedt_strategy/security.py, Django's SecurityMiddleware).
REQUIRED_HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Strict-Transport-Security": "max-age=",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=()",
}
# Django's, gunicorn's and the browser-facing defaults of other servers: English, bare.
ENGLISH_ERROR_MARKERS = (
    "Bad Request",
    "Server Error",
    "Internal Server Error",
    "Not Found",
    "Forbidden",
    "Service Unavailable",
    "Gateway",
    "was not found on this server",
    "CSRF verification failed",
)


# ---------------------------------------------------------------- link extraction


class _LinkParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link", "area") and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag in ("script", "img", "iframe", "source", "embed") and attrs.get("src"):
            self.links.append(attrs["src"])
        elif tag == "form" and (attrs.get("method") or "get").lower() == "get":
            self.links.append(attrs.get("action") or "")  # a GET form sent empty
        elif tag == "object" and attrs.get("data"):
            self.links.append(attrs["data"])


def html_links(html: str, base: str) -> list[str]:
    """Absolute URLs of the links, assets and GET forms of a page (fragments dropped)."""
    parser = _LinkParser()
    parser.feed(html)
    parser.close()
    return _absolute(parser.links, base)


def json_links(document, origin: str) -> list[str]:
    """Every string in a JSON document that is a URL of this site (OParl, open data)."""
    found = []

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and value.startswith(origin + "/"):
            found.append(value)

    walk(document)
    return _absolute(found, origin + "/")


def feed_links(xml_text: str, base: str) -> list[str]:
    """Links of an RSS or Atom feed: <link>text</link>, <link href=…>, <guid>, <id> that are URLs."""
    root = ElementTree.fromstring(xml_text)  # noqa: S314 - our own server's feed
    found = []
    for element in root.iter():
        name = element.tag.rsplit("}", 1)[-1]
        if name == "link":
            found.append(element.get("href") or (element.text or "").strip())
        elif name in ("guid", "id", "url", "enclosure") and (element.text or element.get("url") or "").strip():
            found.append((element.get("url") or element.text or "").strip())
    return _absolute([link for link in found if link.startswith(("/", "http"))], base)


CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")


def css_links(css: str, base: str) -> list[str]:
    return _absolute([url for url in CSS_URL.findall(css) if not url.startswith("data:")], base)


def _absolute(links, base):
    result = []
    for link in links:
        link = link.strip()
        if link.lower().startswith(("javascript:", "mailto:", "tel:", "data:")):
            continue
        result.append(urldefrag(urljoin(base, link)).url)
    return result


# ---------------------------------------------------------------- checks


def header_problems(headers: dict[str, str]) -> list[str]:
    """Missing or wrong security headers; cookies without Secure/HttpOnly where they need them."""
    lowered = {name.lower(): value for name, value in headers.items()}
    problems = [
        f"header {name} missing or not {expected!r}"
        for name, expected in REQUIRED_HEADERS.items()
        if expected not in lowered.get(name.lower(), "")
    ]
    for cookie in headers.get("Set-Cookie-All", []):
        attributes = cookie.lower()
        if "; secure" not in attributes:
            problems.append(f"cookie without Secure: {cookie.split('=', 1)[0]}")
        if cookie.startswith("sessionid=") and "; httponly" not in attributes:
            problems.append("session cookie without HttpOnly")
    return problems


def error_page_problems(status: int, content_type: str, body: str) -> list[str]:
    """An error answer must be the site's German page (HTML) or a JSON error object (OParl)."""
    if status < 400:
        return []
    if content_type.startswith("application/json"):
        return []
    if content_type.startswith("text/html") and '<html lang="de"' in body:
        english = [marker for marker in ENGLISH_ERROR_MARKERS if marker in body]
        return [f"English error text {english}"] if english else []
    return [f"error {status} is not the German site page ({content_type or 'no content type'})"]


# ---------------------------------------------------------------- crawling


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes
    seconds: float

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


@dataclass
class Problem:
    persona: str
    url: str
    status: int
    message: str
    source: str = ""

    def __str__(self):
        via = f" (linked from {self.source})" if self.source else ""
        return f"[{self.persona}] {self.status} {self.url}: {self.message}{via}"


@dataclass
class Report:
    problems: list = field(default_factory=list)
    fetched: dict = field(default_factory=dict)  # persona → count
    statuses: dict = field(default_factory=dict)  # status → count
    kinds: dict = field(default_factory=dict)  # content type → [count, seconds]
    slowest: list = field(default_factory=list)  # (seconds, persona, url)
    lock: threading.Lock = field(default_factory=threading.Lock)  # the crawl's threads add to it


class Client:
    """One persona: its cookies, talking HTTP to gunicorn as the TLS proxy would."""

    def __init__(self, upstream: str, origin: str, persona: str, forwarded_for: str, timeout: float):
        self.upstream = urlsplit(upstream)
        self.origin = origin
        self.persona = persona
        self.forwarded_for = forwarded_for
        self.timeout = timeout
        self.cookies: dict[str, str] = {}

    def request(self, method: str, url: str, body: bytes | None = None, headers: dict | None = None) -> Response:
        target = urlsplit(url)
        path = (target.path or "/") + (f"?{target.query}" if target.query else "")
        connection = http.client.HTTPConnection(self.upstream.hostname, self.upstream.port, timeout=self.timeout)
        all_headers = {
            "Host": urlsplit(self.origin).netloc,
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": self.forwarded_for,
            "User-Agent": "helmstedt-smoke/1",
            "Accept-Language": "de",
            **({"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}),
            **(headers or {}),
        }
        started = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=all_headers)
            raw = connection.getresponse()
            data = raw.read()
            headers_out = {name: value for name, value in raw.getheaders() if name.lower() != "set-cookie"}
            headers_out["Set-Cookie-All"] = raw.headers.get_all("Set-Cookie") or []
            response = Response(raw.status, headers_out, data, time.monotonic() - started)
        finally:
            connection.close()
        for header in response.headers["Set-Cookie-All"]:
            cookie = SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                if morsel["max-age"] == "0" or not morsel.value or "1970" in morsel["expires"]:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response

    def log_in(self, username: str, password: str) -> None:
        form_url = self.origin + "/anmelden/"
        page = self.request("GET", form_url)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        if page.status != 200 or not token:
            raise RuntimeError(f"{username}: login form answered {page.status}")
        body = urlencode({"csrfmiddlewaretoken": token.group(1), "username": username, "password": password})
        answer = self.request(
            "POST",
            form_url,
            body.encode(),
            {"Content-Type": "application/x-www-form-urlencoded", "Referer": form_url, "Origin": self.origin},
        )
        if answer.status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"{username}: login answered {answer.status}, not a redirect with a session")


class Crawler:
    def __init__(self, *, upstream, origin, password, max_pages, max_variants, timeout, workers, report, deadline=None):
        self.upstream, self.origin, self.password = upstream, origin.rstrip("/"), password
        self.max_pages, self.max_variants, self.timeout, self.workers = max_pages, max_variants, timeout, workers
        self.report = report
        self.deadline = deadline  # time.monotonic() value after which no new batch starts
        self.static_seen: set[str] = set()  # static files are the same for everyone: fetched once

    def crawl(self, persona: str, number: int, starts: list[str]) -> None:
        client = Client(self.upstream, self.origin, persona, f"203.0.113.{10 + number}", self.timeout)
        if persona != "anonymous":
            client.log_in(persona, self.password)
        seen: set[str] = set()
        variants: dict[str, int] = {}
        frontier = [(self.origin + start, "") for start in starts]
        fetched = 0
        with ThreadPoolExecutor(self.workers) as pool:
            while frontier:
                batch = []
                for url, source in frontier:
                    if url not in seen and self._wanted(url, variants):
                        seen.add(url)
                        batch.append((url, source))
                if batch and self.deadline and time.monotonic() > self.deadline:
                    self._incomplete(persona, "time limit reached")
                    break
                capped = fetched + len(batch) > self.max_pages
                if capped:
                    self._incomplete(persona, f"page cap of {self.max_pages} reached")
                    batch = batch[: self.max_pages - fetched]
                fetched += len(batch)
                frontier = [
                    link for links in pool.map(lambda item: self._visit(client, *item), batch) for link in links
                ]
                if capped:
                    break
        self.report.fetched[persona] = fetched

    def _incomplete(self, persona: str, why: str) -> None:
        self.report.problems.append(Problem(persona, self.origin + "/", 0, f"{why}, crawl incomplete"))

    def _wanted(self, url: str, variants: dict[str, int]) -> bool:
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != self.origin or parts.path.startswith(SKIPPED_PATHS):
            return False
        if parts.path.startswith("/static/"):
            if url in self.static_seen:
                return False
            self.static_seen.add(url)
        if parts.query:  # filters, sorting, pages: a few variants of each path
            variants[parts.path] = variants.get(parts.path, 0) + 1
            if variants[parts.path] > self.max_variants:
                return False
        return True

    def _visit(self, client: Client, url: str, source: str) -> list[tuple[str, str]]:
        persona = client.persona
        try:
            response = client.request("GET", url)
        except (OSError, http.client.HTTPException) as exc:
            self.report.problems.append(Problem(persona, url, 0, f"no answer: {exc!r}", source))
            return []
        report = self.report
        with report.lock:
            report.statuses[response.status] = report.statuses.get(response.status, 0) + 1
            kind = report.kinds.setdefault(response.content_type, [0, 0.0])
            kind[0] += 1
            kind[1] += response.seconds
            report.slowest.append((response.seconds, persona, url))
        messages = header_problems(response.headers)
        text = response.text if response.content_type.startswith(("text/", "application/")) else ""
        messages += error_page_problems(response.status, response.content_type, text)
        if response.status >= 500:
            messages.append("server error")
        elif response.status in (400, 404, 405, 410):
            messages.append("broken link")
        if messages:
            with report.lock:
                report.problems.append(Problem(persona, url, response.status, "; ".join(messages), source))
        if 300 <= response.status < 400 and response.headers.get("Location"):
            return [(urljoin(url, response.headers["Location"]), url)]
        if response.status != 200:
            return []
        try:
            links = self._links(response, url)
        except (ValueError, ElementTree.ParseError) as exc:
            report.problems.append(Problem(persona, url, 200, f"unreadable {response.content_type}: {exc}", source))
            return []
        return [(link, url) for link in links]

    def _links(self, response: Response, url: str) -> list[str]:
        kind = response.content_type
        if kind == "text/html":
            return html_links(response.text, url)
        if kind in ("application/json", "application/ld+json"):
            return json_links(json.loads(response.text), self.origin)
        if kind in ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml"):
            return feed_links(response.text, url)
        if kind == "text/css":
            return css_links(response.text, url)
        return []


def wait_until_up(upstream: str, origin: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    client = Client(upstream, origin, "anonymous", "203.0.113.1", 5)
    while True:
        try:
            client.request("GET", origin + "/")
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upstream", required=True, help="where gunicorn listens, e.g. http://127.0.0.1:8123")
    parser.add_argument("--origin", help="the public origin the proxy serves (default: upstream as https)")
    parser.add_argument("--password", default="helmstedt", help="the demo personas' password")
    parser.add_argument("--personas", default=",".join(PERSONAS))
    parser.add_argument(
        "--start",
        action="append",
        help="where to start (repeatable); default / and the documented entry points /offene-daten/ and /oparl/",
    )
    parser.add_argument("--max-pages", type=int, default=1500, help="per persona")
    parser.add_argument("--max-variants", type=int, default=6, help="query strings per path")
    parser.add_argument("--timeout", type=float, default=120, help="per request (gunicorn's --timeout)")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--wait", type=float, default=30, help="seconds to wait for the server")
    parser.add_argument("--time-limit", type=float, default=900, help="seconds for the whole crawl")
    args = parser.parse_args(argv)
    origin = args.origin or args.upstream.replace("http://", "https://", 1)

    wait_until_up(args.upstream, origin, args.wait)
    report = Report()
    crawler = Crawler(
        upstream=args.upstream,
        origin=origin,
        password=args.password,
        max_pages=args.max_pages,
        max_variants=args.max_variants,
        timeout=args.timeout,
        workers=args.workers,
        report=report,
        deadline=time.monotonic() + args.time_limit,
    )
    started = time.monotonic()
    for number, persona in enumerate(args.personas.split(",")):
        persona_started = time.monotonic()
        crawler.crawl(persona, number, args.start or START_PATHS)
        print(f"  {persona:<15} {report.fetched[persona]:>5} URLs  {time.monotonic() - persona_started:6.1f} s")
    print(f"smoke: {sum(report.fetched.values())} requests in {time.monotonic() - started:.1f} s")
    print("  status:", ", ".join(f"{k}×{v}" for k, v in sorted(report.statuses.items())))
    for kind, (count, seconds) in sorted(report.kinds.items(), key=lambda item: -item[1][1]):
        print(f"  {count:>5} × {kind or '?':<40} {seconds:7.1f} s server time")
    for seconds, persona, url in sorted(report.slowest, reverse=True)[:5]:
        print(f"  slow:   {seconds:5.1f} s  [{persona}] {url}")
    for problem in report.problems:
        print(f"FAIL {problem}")
    if report.problems:
        print(f"smoke: {len(report.problems)} problems")
        return 1
    print("smoke: no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
