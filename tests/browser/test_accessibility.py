"""axe-core finds no accessibility violations on the foundation's pages, at desktop and at phone size."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    accessibility_violations,
    assert_no_accessibility_violations,
    sign_in,
    sign_up,
)
from tests.factories import make_user

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
PUBLIC_PAGES = [
    ("/", 200),
    ("/browsing-safely/", 200),
    ("/accounts/login/", 200),
    ("/accounts/signup/", 200),
    ("/no-such-page/", 404),
]


def test_public_pages_have_no_accessibility_violations(live_server, demo_site, page):
    """One browser visit for all of them (each test costs a database reset); every failing page is reported."""
    failures = []
    for path, status in PUBLIC_PAGES:
        response = page.goto(path)
        assert response.status == status, path
        report = accessibility_violations(page)
        if report:
            failures.append(f"--- {path}\n{report}")
    assert not failures, "axe-core found violations:\n" + "\n".join(failures)


def test_home_page_has_no_accessibility_violations_on_a_phone(live_server, demo_site, new_page):
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto("/")
    assert_no_accessibility_violations(page)


def test_403_page_has_no_accessibility_violations(live_server, demo_site, page):
    make_user("applicant@example.org")
    sign_in(page, "applicant@example.org")

    response = page.goto("/training/")
    assert response.status == 403
    assert_no_accessibility_violations(page)


def test_email_verification_pages_have_no_accessibility_violations(live_server, demo_site, page, mailoutbox):
    sign_up(page, "new.person@example.org")
    assert page.url == live_server.url + "/accounts/confirm-email/"
    assert_no_accessibility_violations(page)

    page.goto(re.search(r"/accounts/confirm-email/[^\s/]+/", mailoutbox[0].body).group())
    assert_no_accessibility_violations(page)


def test_two_factor_set_up_pages_have_no_accessibility_violations(live_server, demo_site, page):
    make_user("editor@example.org", roles=["Editors"])
    sign_in(page, "editor@example.org")

    page.goto("/admin/")
    assert page.url == live_server.url + "/accounts/2fa/totp/activate/?next=/admin/"
    assert_no_accessibility_violations(page)
    # allauth's "Confirm Access" page, which it shows once the sign-in is no longer recent.
    page.goto("/accounts/reauthenticate/")
    expect(page.locator("#id_password")).to_be_visible()
    assert_no_accessibility_violations(page)
