"""What the browser tests do often: sign up, sign in, answer allauth's password check, look at the header."""

from urllib.parse import urlsplit

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time
from axe_playwright_python.sync_playwright import Axe

from tests.factories import DEFAULT_PASSWORD

# Long, uncommon and unlike the email address, so Django's password validators accept it.
NEW_PASSWORD = "Lantern-otter-quarry-47"
# Addresses that never leave the browser.
LOCAL_SCHEMES = ("data", "blob", "about")


def third_party_requests(urls, allowed_netloc):
    """The URLs that went anywhere but `allowed_netloc` (host:port), leaving out in-browser schemes."""
    return [url for url in urls if urlsplit(url).scheme not in LOCAL_SCHEMES and urlsplit(url).netloc != allowed_netloc]


def header(page):
    return page.locator("header.site-header")


def sign_out(page):
    """Press "Sign out" in the header, a form that posts straight to allauth's logout view."""
    with page.expect_navigation():
        header(page).get_by_role("button", name="Sign out").click()


def submit(page, button_name):
    """Press a form's button and wait for the page the server answers with (even at the same address)."""
    with page.expect_navigation():
        page.get_by_role("button", name=button_name).click()


def sign_in(page, email, password=DEFAULT_PASSWORD):
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    submit(page, "Sign In")


def sign_in_with_code(page, email):
    """Staff sign in with a password and then a code from their authenticator app (see factories.give_mfa)."""
    sign_in(page, email)
    counters = list(yield_hotp_counters_from_time())
    counter = counters[len(counters) // 2]  # the current 30-second window
    page.locator("#id_code").fill(format_hotp_value(hotp_value("JBSWY3DPEHPK3PXP", counter)))
    submit(page, "Sign In")


def sign_up(page, email, password=NEW_PASSWORD):
    page.goto("/accounts/signup/")
    page.locator("#id_email").fill(email)
    page.locator("#id_password1").fill(password)
    page.locator("#id_password2").fill(password)
    submit(page, "Sign Up")


def confirm_password(page, password=DEFAULT_PASSWORD):
    """Answer allauth's "Confirm Access" page, which it shows before anyone adds an authenticator once the sign-in
    is no longer recent (ACCOUNT_REAUTHENTICATION_TIMEOUT)."""
    page.locator("#id_password").fill(password)
    submit(page, "Confirm")


_AXE = Axe()


def accessibility_violations(page):
    """axe-core's report of the page's violations, or "" when it has none."""
    results = _AXE.run(page)
    return results.generate_report() if results.violations_count else ""


def assert_no_accessibility_violations(page):
    report = accessibility_violations(page)
    assert not report, f"axe-core found violations on {page.url}:\n{report}"
