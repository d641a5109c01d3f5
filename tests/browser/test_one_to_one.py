"""One-to-one intake in a real browser: a person asks for support, a coordinator sees them waiting, holds the initial
meeting and marks them suitable."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from one_to_one.models import Referral, Status
from portal.roles import COORDINATORS
from tests.browser.helpers import assert_no_accessibility_violations, sign_in, submit
from tests.factories import current_totp_code, give_mfa, make_user

pytestmark = pytest.mark.browser


def ask_for_support(page):
    page.goto("/get-support/")
    expect(page.locator("h1")).to_have_text("Get support")
    assert_no_accessibility_violations(page)
    page.get_by_label("Your name").fill("Ana Maria Silva")
    page.get_by_label("Phone number").fill("07700 900123")
    page.get_by_label("When is it safe to contact you?").fill("Weekday mornings")
    page.get_by_label("What would you like help with?").fill("Someone to talk to.")
    page.get_by_label("Tuesday").check()
    page.get_by_label("Languages you would like to speak").fill("Portuguese")
    page.get_by_label("Which clinic or service do you attend?").fill("Riverside clinic")
    page.locator("#id_health_consent").check()
    submit(page, "Send my request")


def test_referral_a_person_asks_for_support_and_a_coordinator_assesses_them_as_suitable(live_server, page):
    # A first try without consent is refused beside the box, keeping what was typed.
    page.goto("/get-support/")
    page.get_by_label("Your name").fill("Ana Maria Silva")
    submit(page, "Send my request")
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.get_by_label("Your name")).to_have_value("Ana Maria Silva")
    assert_no_accessibility_violations(page)

    ask_for_support(page)
    assert page.url == live_server.url + "/get-support/thanks/"
    expect(page.locator("main")).not_to_contain_text("Ana")
    assert_no_accessibility_violations(page)

    referral = Referral.objects.get()
    Referral.objects.filter(pk=referral.pk).update(created_at=timezone.now() - timedelta(days=8))

    authenticator = give_mfa(make_user("casey@example.org", roles=[COORDINATORS]))
    sign_in(page, "casey@example.org")
    page.locator("#id_code").fill(current_totp_code(authenticator))
    submit(page, "Sign In")

    page.goto("/admin/one-to-one/referrals/")
    row = page.locator("tr", has_text=referral.short_reference)
    expect(row).to_contain_text("8")
    expect(row).to_contain_text("waiting too long")
    expect(page.locator("main")).not_to_contain_text("Silva")

    with page.expect_navigation():
        row.get_by_role("link", name=f"Referral {referral.short_reference}").click()
    expect(page.locator("main")).to_contain_text("Ana Maria Silva")

    with page.expect_navigation():
        page.get_by_role("link", name="Record first contact").click()
    page.locator("#id_note").fill("Spoke on the phone; meeting on Tuesday.")
    submit(page, "Record first contact")

    with page.expect_navigation():
        page.get_by_role("link", name="Record the initial meeting").click()
    page.locator("#id_changes_wanted").fill("Feel less alone with it.")
    page.locator("#id_hopes").fill("Confidence to tell a friend.")
    page.locator("#id_where_at_end").fill("Going to a group.")
    submit(page, "Initial meeting")
    expect(page.locator("[data-initial-meeting]")).to_contain_text("Feel less alone with it.")

    with page.expect_navigation():
        page.get_by_role("link", name="Decide").click()
    page.get_by_label("Suitable: to be matched").check()
    submit(page, "Decide")

    expect(page.locator("[data-status]")).to_have_text("Suitable: to be matched")
    referral.refresh_from_db()
    assert referral.status == Status.SUITABLE
