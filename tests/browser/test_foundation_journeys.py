"""Journeys through the foundation of the portal, in a real Chromium: quick exit, accounts, staff MFA, access."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    NEW_PASSWORD,
    header,
    sign_in,
    sign_out,
    sign_up,
    submit,
    third_party_requests,
)
from tests.factories import current_totp_code, give_mfa, make_user

pytestmark = pytest.mark.browser

CONFIRM_LINK = re.compile(r"https?://[^\s/]+(/accounts/confirm-email/[^\s/]+/)")


@pytest.fixture
def exit_url(settings, live_server):
    """A neutral page on the live server itself, so leaving never calls out to a real third-party site."""
    settings.QUICK_EXIT_URL = live_server.url + "/robots.txt"
    return settings.QUICK_EXIT_URL


def history_length(page):
    return page.evaluate("window.history.length")


# --- The home page


def test_home_page_shows_its_heading_the_exit_button_and_a_skip_link_first_in_tab_order(live_server, demo_site, page):
    page.goto("/")

    expect(page.locator("h1")).to_be_visible()
    expect(page.get_by_role("link", name="Exit this page")).to_be_visible()

    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    expect(focused).to_have_text("Skip to main content")
    expect(focused).to_have_attribute("href", "#main-content")


# --- Quick exit


def test_exit_button_replaces_the_page_in_history(live_server, page, exit_url):
    page.goto("/")
    page.goto("/browsing-safely/")
    length_before = history_length(page)

    page.get_by_role("link", name="Exit this page").click()

    page.wait_for_url(exit_url)
    assert history_length(page) == length_before, "leaving must replace the page in history, not add to it"
    page.go_back()
    assert page.url == live_server.url + "/", "Back must skip the page the person left"


def test_pressing_shift_three_times_leaves_the_site_the_same_way(live_server, page, exit_url):
    page.goto("/")
    page.goto("/browsing-safely/")
    length_before = history_length(page)

    for _ in range(3):
        page.keyboard.press("Shift")

    page.wait_for_url(exit_url)
    assert history_length(page) == length_before
    page.go_back()
    assert page.url == live_server.url + "/"


def test_another_key_between_shift_presses_starts_the_count_again(live_server, page, exit_url):
    page.goto("/browsing-safely/")

    for key in ["Shift", "Shift", "a", "Shift"]:
        page.keyboard.press(key)
    page.wait_for_timeout(300)  # time enough for a navigation to begin, had one been asked for
    assert page.url == live_server.url + "/browsing-safely/"

    # Two more presses make three in a row since the "a": now it leaves.
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_url(exit_url)


def test_without_javascript_the_exit_button_is_an_ordinary_link(live_server, new_page, exit_url):
    page = new_page(java_script_enabled=False)
    page.goto("/browsing-safely/")

    button = page.get_by_role("link", name="Exit this page")
    expect(button).to_have_attribute("href", exit_url)
    button.click()
    page.wait_for_url(exit_url)


# --- Accounts


def test_a_new_person_signs_up_verifies_their_email_signs_in_and_signs_out(live_server, page, new_page, mailoutbox):
    email = "new.person@example.org"

    sign_up(page, email)
    expect(page.locator("h1")).to_have_text("Verify Your Email Address")
    expect(page.locator("main")).to_contain_text("We have sent an email to you for verification")

    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [email]
    found = CONFIRM_LINK.search(message.body)
    assert found, f"no confirmation link in:\n{message.body}"

    # They open the link from their email app: a browser that is not the one they signed up in.
    email_app = new_page()
    email_app.goto(found.group(1))
    expect(email_app.locator("main")).to_contain_text(email)
    submit(email_app, "Confirm")
    expect(email_app.locator("main")).to_contain_text(f"You have confirmed {email}")
    expect(header(email_app)).not_to_contain_text("Sign out")

    sign_in(page, email, NEW_PASSWORD)
    assert page.url == live_server.url + "/members/", "signing in leads to the person's dashboard"
    expect(header(page).get_by_role("button", name="Sign out")).to_be_visible()

    sign_out(page)
    expect(header(page).get_by_role("link", name="Sign in")).to_be_visible()
    expect(header(page)).not_to_contain_text("Sign out")


def test_signing_in_before_verifying_the_email_is_refused(live_server, page, mailoutbox):
    email = "not.yet.verified@example.org"
    sign_up(page, email)

    sign_in(page, email, NEW_PASSWORD)

    assert page.url == live_server.url + "/accounts/confirm-email/"
    expect(page.locator("h1")).to_have_text("Verify Your Email Address")
    expect(header(page)).not_to_contain_text("Sign out")
    page.goto("/")
    expect(header(page).get_by_role("link", name="Sign in")).to_be_visible()


# --- Staff and two-factor authentication


def test_staff_without_two_factor_authentication_are_sent_to_set_it_up(live_server, page):
    make_user("editor@example.org", roles=["Editors"])
    sign_in(page, "editor@example.org")
    expect(header(page).get_by_role("button", name="Sign out")).to_be_visible()

    page.goto("/admin/")

    # Straight after signing in, no second request for the password (issue #12, item 12).
    assert page.url == live_server.url + "/accounts/2fa/totp/activate/?next=/admin/"
    expect(page.locator("h1")).to_have_text("Activate Authenticator App")
    expect(page.locator("main")).to_contain_text("authenticator app")


def test_staff_with_two_factor_authentication_give_a_code_at_sign_in_then_reach_the_admin(live_server, page):
    authenticator = give_mfa(make_user("editor@example.org", roles=["Editors"]))

    sign_in(page, "editor@example.org")

    assert page.url == live_server.url + "/accounts/2fa/authenticate/"
    expect(page.locator("h1")).to_have_text("Two-Factor Authentication")
    expect(page.locator("main")).to_contain_text("enter an authenticator code")
    expect(header(page)).not_to_contain_text("Sign out")

    page.locator("#id_code").fill(current_totp_code(authenticator))
    submit(page, "Sign In")
    expect(header(page).get_by_role("button", name="Sign out")).to_be_visible()
    # The admin lets them in (fetched without rendering it: its avatars are the subject of the next test).
    admin = page.request.get("/admin/", max_redirects=0)
    assert admin.status == 200


def test_the_wagtail_admin_makes_no_request_to_a_third_party_host(live_server, page):
    authenticator = give_mfa(make_user("editor@example.org", roles=["Editors"]))
    sign_in(page, "editor@example.org")
    page.locator("#id_code").fill(current_totp_code(authenticator))
    submit(page, "Sign In")

    # The dashboard and the account page both show the person's avatar.
    for path in ["/admin/", "/admin/account/"]:
        response = page.goto(path)
        assert response.status == 200
        page.wait_for_load_state("networkidle")
    # The `page` fixture fails the test if any of these pages asked another host for anything.


# --- Restricted pages


def test_a_signed_in_person_without_the_pages_role_sees_a_403_page_not_a_redirect_loop(live_server, demo_site, page):
    make_user("applicant@example.org")
    sign_in(page, "applicant@example.org")

    response = page.goto("/training/")

    assert response.status == 403
    assert page.url == live_server.url + "/training/"
    expect(page.locator("h1")).to_have_text("You do not have access to this page")


# --- The third-party request guard itself


def test_the_guard_recognises_requests_to_other_hosts():
    allowed = "localhost:8081"
    urls = [
        "http://localhost:8081/",
        "data:image/png;base64,AAAA",
        "blob:http://localhost:8081/1234",
        "about:blank",
        "http://localhost:9999/",
        "https://www.bbc.co.uk/weather",
    ]
    assert third_party_requests(urls, allowed) == ["http://localhost:9999/", "https://www.bbc.co.uk/weather"]
