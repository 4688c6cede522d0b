"""Browser tests: Playwright for Python driving Debian's Chromium against a live server."""

import os

import pytest
from playwright.sync_api import sync_playwright

from helmstedt_strategy.personas import DEMO_PASSWORD, ensure_persona

# Playwright's sync API runs an event loop in this thread; the ORM calls of the
# fixtures are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def live_server(request, _collected_static):
    """pytest-django's live server, with static files served as in production.

    Its default static handler reads the source folders (finders), which know no hashed
    names; here /static/ goes through the application, where whitenoise serves the
    collected files (STATIC_ROOT, manifest storage) exactly as under gunicorn.
    """
    from pytest_django.live_server_helper import LiveServer

    address = request.config.getvalue("liveserver") or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost"
    server = LiveServer(address, start=False)
    server.thread.static_handler = lambda application: application
    server.start()
    yield server
    server.stop()


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (the browser tests are never skipped)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """new_page() → a page in a fresh browser context (its own cookies), base URL set to the live server."""
    contexts, console_errors = [], []

    def make(width=1280, height=900):
        context = browser.new_context(
            base_url=live_server.url, locale="de-DE", viewport={"width": width, "height": height}
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda msg: _collect_console_error(page, msg, console_errors))
        page.on("pageerror", lambda exc: console_errors.append(f"{page.url}: {exc}"))
        return page

    yield make
    for context in contexts:
        context.close()
    # A blocked script or style (CSP), a JavaScript error or a missing asset fails the test.
    assert console_errors == [], console_errors


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def personas(transactional_db):
    """All demo personas with the demo password, so the tests log in through the real form."""
    from django.contrib.auth.hashers import make_password

    users = {}
    for role in ["strategie", "redaktion", "kreistag", "kreisausschuss"]:
        user = ensure_persona(role, password=None)
        user.password = make_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        users[role] = user
    return users


def _collect_console_error(page, msg, errors):
    if msg.type != "error":
        return
    if msg.text.startswith("Failed to load resource") and msg.location.get("url") == page.url:
        return  # the page itself answered 403/404/409 on purpose; its assets must still load
    errors.append(f"{page.url}: {msg.text} ({msg.location.get('url')})")


def login(page, username: str, password: str = DEMO_PASSWORD):
    page.goto("/anmelden/")
    page.get_by_label("Benutzername").fill(username)
    page.get_by_label("Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").last.click()
    page.wait_for_load_state()


def axe_violations(page) -> list[dict]:
    # From our own origin: the CSP refuses inline scripts, which is what add_script_tag(path=…) injects.
    page.add_script_tag(url="/static/e2e-vendor/axe.min.js")
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
        ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))",
        WCAG_TAGS,
    )


def assert_accessible(page):
    violations = axe_violations(page)
    assert violations == [], f"axe-core violations on {page.url}: {violations}"
