"""One-to-one support in a real browser (the supporters' side): match, accept, check in and out, log a session,
end, the person's feedback; and an overdue check-out reaching the coordinators' list. axe checks each new page."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from one_to_one.models import CheckIn, Match
from portal.roles import COORDINATORS
from tests.browser.helpers import assert_no_accessibility_violations, sign_in, submit
from tests.factories import current_totp_code, give_mfa, make_user
from tests.one_to_one.factories import make_referral, make_supporter
from tests.worker import worker_tick

pytestmark = pytest.mark.browser


def sign_in_coordinator(page, authenticator):
    sign_in(page, "coordinator@example.org")
    page.locator("#id_code").fill(current_totp_code(authenticator))
    submit(page, "Sign In")


def test_support_match_to_feedback_and_an_overdue_check_out_alert(live_server, new_page):
    make_supporter("supporter@example.org", languages="English, Portuguese")
    referral = make_referral(initials="R.T.", email="rt@example.net")
    authenticator = give_mfa(make_user("coordinator@example.org", roles=[COORDINATORS]))
    coordinator = new_page()
    sign_in_coordinator(coordinator, authenticator)

    coordinator.goto(f"/admin/one-to-one/matching/{referral.reference}/")
    expect(coordinator.locator("main")).to_contain_text("2 of 2 places free")
    submit(coordinator, "Propose match with supporter@example.org")

    member = new_page(viewport={"width": 390, "height": 844})
    sign_in(member, "supporter@example.org")
    member.goto("/members/one-to-one/")
    assert_no_accessibility_violations(member)
    submit(member, "Accept supporting R.T.")
    expect(member.locator("h1")).to_have_text("Supporting R.T.")
    assert_no_accessibility_violations(member)

    member.get_by_role("link", name="Check in before a meeting").click()
    expect(member.locator("h1")).to_have_text("Check in before a meeting")
    assert_no_accessibility_violations(member)
    member.get_by_label("Roughly where").fill("café by the park")
    submit(member, "Check in")
    member.get_by_label("I need to talk to a coordinator about this meeting").check()
    submit(member, "Check out")
    expect(member.locator(".messages")).to_contain_text("A coordinator will be in touch")

    member.get_by_label("Length (minutes)").fill("60")
    member.get_by_role("radio", name="In the community").check()
    member.get_by_label("Actions agreed").fill("Call Maria Lopez next week")
    submit(member, "Log the session")
    expect(member.locator("form.form--wide")).to_contain_text("looks like it holds a full name")
    member.get_by_label("Actions agreed").fill("M. to call the clinic")
    submit(member, "Log the session")
    expect(member.locator("main")).to_contain_text("5 of 6 planned sessions left")

    match = Match.objects.get(referral=referral)
    coordinator.goto(f"/admin/one-to-one/matches/end/{match.pk}/")
    coordinator.get_by_label("Goals met").check()
    coordinator.get_by_label("Next steps for the next 3–6 months").fill("Join the Tuesday group.")
    submit(coordinator, "End support")
    message = coordinator.locator(".messages").inner_text()
    link = re.search(r"(/feedback/[\w-]+/)", message).group(1)

    person = new_page(viewport={"width": 390, "height": 844})
    person.goto(link)
    assert_no_accessibility_violations(person)
    person.get_by_label("Very helpful", exact=True).check()
    person.get_by_label("What helped?").fill("Being listened to.")
    submit(person, "Send")
    expect(person.locator("h1")).to_have_text("Thank you")
    assert person.request.get(link).status == 404

    # An overdue check-out: the worker's job alerts coordinators and it shows on their list.
    other = make_supporter("second@example.org")
    second = Match.objects.create(referral=make_referral(initials="K.L."), supporter=other, status="active")
    started = timezone.now() - timedelta(hours=3)
    CheckIn.objects.create(
        match=second,
        supporter=other,
        starts_at=started,
        where_roughly="library",
        expected_end=started + timedelta(hours=1),
    )
    worker_tick(at=timezone.now())
    coordinator.goto("/admin/one-to-one/check-ins/")
    expect(coordinator.locator("main")).to_contain_text("OVERDUE: not checked out")
