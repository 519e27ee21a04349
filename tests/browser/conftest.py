"""Browser test fixtures: the demo server, headless Debian Chromium, axe-core and opening block views.

    demo_url                       base URL of a demo server started for the session (fresh SQLite database)
    page                           a Playwright (sync) Page in a new Dutch (nl-NL) browser context
    axe_check(page, selector)      fails with a readable list unless axe finds zero WCAG 2.1 A/AA violations
    open_view(page, scenario_id, student, view="student_view")
                                   opens a scenario's view as a demo person, waits for load and network idle

Mark browser test modules with ``pytestmark = pytest.mark.browser``. One browser serves the whole session.
Browser tests run after all other tests: Playwright's sync API keeps an asyncio loop running in the test
thread while the browser is open, and Django refuses database access from inside a running loop.
"""
import os
from pathlib import Path

import pytest

from . import accessibility
from .demo_server import DemoServer

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCALE = "nl-NL"
TIMEOUT_MS = 15_000
BROWSER_DIR = Path(__file__).resolve().parent


def _is_browser_test(item):
    return BROWSER_DIR in Path(item.path).resolve().parents or item.get_closest_marker("browser") is not None


def pytest_collection_modifyitems(session, config, items):  # noqa: ARG001 - pytest's hook signature
    """Moves the browser tests behind all others (see the module docstring), keeping their order."""
    items[:] = [item for item in items if not _is_browser_test(item)] + [
        item for item in items if _is_browser_test(item)
    ]


@pytest.fixture(scope="session")
def demo_url(tmp_path_factory):
    """Starts the demo server (migrate --run-syncdb, runserver on a free port); its URL without trailing slash."""
    yield from running(DemoServer(tmp_path_factory.mktemp("demo-server")))


def running(server):
    """Starts ``server`` (a ``DemoServer``), yields its URL and stops it when the tests are done."""
    try:
        server.start()
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium, launched once. `make test` installs it; a missing browser is an error."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests drive Debian's chromium package "
            "(`make test` installs it through .ci/system-deps; or run `apt-get install chromium`).",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    except Exception:
        playwright.stop()
        raise
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def page(browser):
    """A fresh page in its own context (no cookies or storage shared between tests), in Dutch.

    ``page.js_errors`` collects uncaught JavaScript errors; ``open_view`` fails when loading a view causes any.
    """
    context = browser.new_context(locale=LOCALE)
    context.set_default_timeout(TIMEOUT_MS)
    new_page = context.new_page()
    new_page.js_errors = []
    new_page.on("pageerror", lambda error: new_page.js_errors.append(str(error)))
    yield new_page
    context.close()


@pytest.fixture
def axe_check():
    """``axe_check(page, selector)``: zero WCAG 2.1 A/AA violations inside ``selector`` (None: the whole page)."""

    def check(page, selector=None):
        if selector is not None and page.locator(selector).count() == 0:
            pytest.fail(f"axe_check: nothing matches {selector!r} at {page.url}", pytrace=False)
        found = accessibility.violations(page, selector)
        if found:
            pytest.fail(accessibility.report(found, selector, page.url), pytrace=False)

    return check


@pytest.fixture
def open_view(demo_url):
    """``open_view(page, scenario_id, student, view="student_view")``: the page, loaded and network-idle."""

    def open_(page, scenario_id, student, view="student_view"):
        url = f"{demo_url}/scenario/{scenario_id}/{view}/?student={student}"
        errors_before = len(getattr(page, "js_errors", []))
        response = page.goto(url, wait_until="load")
        if response is None or response.status != 200:
            status = response.status if response is not None else "no response"
            pytest.fail(f"{url} answered {status}", pytrace=False)
        page.wait_for_load_state("networkidle")
        new_errors = getattr(page, "js_errors", [])[errors_before:]
        if new_errors:
            pytest.fail(f"JavaScript errors while loading {url}:\n" + "\n".join(new_errors), pytrace=False)
        return page

    return open_
