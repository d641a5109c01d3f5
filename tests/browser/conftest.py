"""Fixtures for the real-browser tests: one headless Chromium per session, a fresh browser context per test.

Every context records the requests its pages make. A test fails if any request went to a host other than the
live server's: confidentiality rule "no page makes a request to a third-party host".
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests import snapshot
from tests.browser.helpers import third_party_requests

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
# Generous for a loaded CI machine, far shorter than Playwright's 30 s default.
TIMEOUT_MS = 10_000

# Per test: (the live server's host:port, the requests its browser contexts made).
_REQUESTS_KEY = pytest.StashKey[tuple]()
_REPORTED_KEY = pytest.StashKey[bool]()


@pytest.fixture(autouse=True)
def _browser_test_database(django_db_serialized_rollback):
    """The live server needs a transactional database, which is emptied after each test.

    Serialized rollback puts back what the migrations created (the role groups and their permissions, the site and
    its home page) before each test, so every browser test starts from the same database a fresh install has.
    """


@pytest.fixture
def demo_site(demo_snapshot, _browser_test_database):
    """The page tree of `make run` (`load_demo_site()`): built once per session, then put back from a snapshot of
    the database it produced before each test that asks for it (building it takes seconds; restoring it, a
    fraction). The snapshot is of every table, search index included.
    """
    snapshot.restore(demo_snapshot)


@pytest.fixture(scope="session", autouse=True)
def _leave_the_test_database_as_migrated(django_db_setup, django_db_blocker):
    """The last browser test leaves the database empty. With `--reuse-db` on PostgreSQL the next run would start
    from that (migrations are not run again), so put back what the migrations created before the session ends.
    """
    yield
    from django.core.management import call_command
    from django.db import connections

    with django_db_blocker.unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
            if contents and not in_memory:
                # Whatever the last test left (a flushed database, or a migration test's rows), start clean first.
                call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True, reset_sequences=False)
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(scope="session")
def playwright_instance():
    """Playwright, with Django's database connections kept the same while its event loop runs.

    Django keeps connections per thread, but per async context while an event loop runs in the thread; Playwright's
    sync API keeps one running for the whole session. Without this, the tests would get fresh connection objects,
    and those lack what serialized rollback needs (`_test_serialized_contents`): every test after the first would
    start from an empty database.
    """
    from django.db import connections
    from playwright.sync_api import sync_playwright

    thread_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        for alias, connection in thread_connections.items():
            connections[alias] = connection
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
        context.on("request", lambda req: requested.append((_document_url(req), req)))
        contexts.append(context)
        return context.new_page()

    yield open_page

    for context in contexts:
        context.close()
    # Requests made after the test body (or when it had already failed) are still reported, as a teardown error.
    if not request.node.stash.get(_REPORTED_KEY, False):
        _fail_on_third_party_requests(requested, allowed_netloc)


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
        item.stash[_REPORTED_KEY] = True
        _fail_on_third_party_requests(requested, allowed_netloc)
    return result


def _document_url(req):
    """The address of the page that made the request, as it was when the request was made."""
    from playwright.sync_api import Error

    try:
        return req.frame.url
    except Error:  # a service worker's request belongs to no frame
        return "(service worker)"


def _fail_on_third_party_requests(requested, allowed_netloc):
    foreign = set(third_party_requests([req.url for _, req in requested], allowed_netloc))
    if not foreign:
        return
    lines = []
    for document_url, req in requested:
        if req.url in foreign:
            blocked = " (blocked by the Content-Security-Policy, but the page asked for it)"
            lines.append(f"{document_url} -> {req.url}{blocked if req.failure == 'csp' else ''}")
    report = "\n  ".join(dict.fromkeys(lines))
    pytest.fail(f"Requests to third-party hosts (page -> request):\n  {report}", pytrace=False)
