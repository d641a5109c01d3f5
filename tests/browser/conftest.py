"""Fixtures for the real-browser tests: one headless Chromium per session, a fresh browser context per test.

Every context records the requests its pages make. A test fails if any request went to a host other than the
live server's: confidentiality rule "no page makes a request to a third-party host".
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in this thread; without this, Django's ORM refuses to run in the tests.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Addresses that never leave the browser.
LOCAL_SCHEMES = ("data", "blob", "about")
# Generous for a loaded CI machine, far shorter than Playwright's 30 s default.
TIMEOUT_MS = 10_000

# Per test: (the live server's host:port, the URLs its browser contexts requested).
_REQUESTS_KEY = pytest.StashKey[tuple]()
_REPORTED_KEY = pytest.StashKey[bool]()


def third_party_requests(urls, allowed_netloc):
    """The URLs that went anywhere but `allowed_netloc` (host:port), leaving out in-browser schemes."""
    return [url for url in urls if urlsplit(url).scheme not in LOCAL_SCHEMES and urlsplit(url).netloc != allowed_netloc]


@pytest.fixture(autouse=True)
def _browser_test_database(django_db_serialized_rollback):
    """The live server needs a transactional database, which is emptied after each test.

    Serialized rollback puts back what the migrations created (the role groups and their permissions, the site and
    its home page) before each test, so every browser test starts from the same database a fresh install has.
    """


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    """Debian's Chromium when it is installed, otherwise the one Playwright downloaded."""
    options = {"headless": True, "args": CHROMIUM_ARGS}
    if DEBIAN_CHROMIUM.exists():
        options["executable_path"] = str(DEBIAN_CHROMIUM)
    browser = playwright_instance.chromium.launch(**options)
    yield browser
    browser.close()


@pytest.fixture
def new_page(request, browser, live_server):
    """Open a page in a fresh browser context (options as for `browser.new_context`), pointed at the live server.

    Every request the context makes is recorded; see `pytest_runtest_call` below for the check.
    """
    allowed_netloc = urlsplit(live_server.url).netloc
    requested = []
    request.node.stash[_REQUESTS_KEY] = (allowed_netloc, requested)
    contexts = []

    def open_page(**context_options):
        context = browser.new_context(base_url=live_server.url, **context_options)
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        context.on("request", lambda req: requested.append(req.url))
        contexts.append(context)
        return context.new_page()

    yield open_page

    for context in contexts:
        context.close()
    # Requests made after the test body (or when it had already failed) are still reported, as a teardown error.
    if not request.node.stash.get(_REPORTED_KEY, False):
        foreign = third_party_requests(requested, allowed_netloc)
        if foreign:
            pytest.fail("Requests to third-party hosts:\n  " + "\n  ".join(foreign), pytrace=False)


@pytest.fixture
def page(new_page):
    """A page in a fresh browser context with JavaScript on and a desktop-sized window."""
    return new_page()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Fail the test itself (not only its teardown) when one of its pages called out to a third-party host."""
    result = yield
    if _REQUESTS_KEY in item.stash:
        allowed_netloc, requested = item.stash[_REQUESTS_KEY]
        foreign = third_party_requests(requested, allowed_netloc)
        item.stash[_REPORTED_KEY] = True
        if foreign:
            pytest.fail("Requests to third-party hosts:\n  " + "\n  ".join(foreign), pytrace=False)
    return result
