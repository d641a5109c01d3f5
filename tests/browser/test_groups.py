"""Support groups in a real Chromium: the signage check in the admin, joining, approval, signing, re-signing; axe."""

import re

import pytest
from playwright.sync_api import expect

from groups.models import FacilitatorAppointment, GroupPage
from tests.browser.helpers import assert_no_accessibility_violations, sign_in, sign_in_with_code, submit
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.browser

DEMO_GROUP = "women-together"  # demo content: signage "Tuesday Wellbeing Meeting", venue at Riverside Community Centre
VENUE_TEXT = "Riverside Community Centre"


@pytest.fixture
def groups_site(_browser_test_database):
    """The demo groups on the fresh site's home page: only this app's demo content, so other apps' cannot slow it."""
    import io

    from wagtail.models import Site

    from demo.groups import add_groups

    add_groups(Site.objects.get(is_default_site=True).root_page.specific, io.StringIO())


def demo_group():
    return GroupPage.objects.get(slug=DEMO_GROUP)


def test_an_editor_entering_disclosing_signage_is_blocked_with_the_term_named(live_server, page, groups_site):
    give_mfa(make_user("editor@example.org", roles=["Editors"]))
    sign_in_with_code(page, "editor@example.org")
    group = demo_group()

    page.goto(f"/admin/pages/{group.pk}/edit/")
    page.locator("#id_signage_wording").fill("HIV Women's Group")
    submit(page, "Save draft")

    expect(page.get_by_text("“HIV” would reveal what this is about").first).to_be_visible()
    expect(page.locator("#id_signage_wording")).to_have_value("HIV Women's Group")
    assert demo_group().get_latest_revision_as_object().signage_wording == "Tuesday Wellbeing Meeting"


def test_a_member_joins_is_approved_signs_sees_the_venue_and_is_asked_to_resign_a_new_version(
    live_server, new_page, groups_site
):
    group = demo_group()
    make_user("newcomer@example.org", roles=["Members"], display_name="Nia Okafor")
    facilitator = make_user("runner@example.org", roles=["Members", "Facilitators"])
    give_mfa(facilitator)
    FacilitatorAppointment.appoint(facilitator, group, by=None)
    group.save_revision().publish()

    member_page = new_page()
    sign_in(member_page, "newcomer@example.org")
    member_page.goto(group.url)
    expect(member_page.get_by_text(VENUE_TEXT)).to_have_count(0)
    submit(member_page, "Ask to join this group")
    expect(member_page.get_by_text("You have asked to join")).to_be_visible()

    facilitator_page = new_page()
    sign_in_with_code(facilitator_page, "runner@example.org")
    facilitator_page.goto(group.url + "facilitate/")
    facilitator_page.get_by_role("radio", name="Approve", exact=True).check()
    submit(facilitator_page, "Send decision")
    expect(facilitator_page.get_by_role("cell", name="N.O.", exact=True)).to_be_visible()

    member_page.goto(group.url)
    expect(member_page.get_by_text(VENUE_TEXT)).to_have_count(0)
    member_page.get_by_role("link", name="Read and sign the agreement").click()
    member_page.get_by_label("I agree to keep to this agreement").check()
    member_page.get_by_label("Your name").fill("Nia")
    submit(member_page, "Sign the agreement")
    expect(member_page.get_by_text(VENUE_TEXT)).to_be_visible()
    expect(member_page.get_by_role("link", name="Add the meetings to your calendar")).to_be_visible()

    agreement = demo_group().agreement
    agreement.publish_version(agreement.current_version.text + "\nWe keep to time.", change_note="Timekeeping.")

    member_page.goto("/members/agreements/")
    expect(member_page.get_by_text("The agreement has changed (now version 2)")).to_be_visible()
    member_page.get_by_role("link", name="Review and sign again").click()
    expect(member_page.get_by_role("heading", name="What changed since you signed version 1")).to_be_visible()
    expect(member_page.locator("ins")).to_contain_text("We keep to time.")
    member_page.goto(group.url)
    expect(member_page.get_by_text(VENUE_TEXT)).to_have_count(0)


def test_the_group_list_a_group_page_and_the_agreement_page_have_no_accessibility_violations(
    live_server, page, groups_site
):
    group = demo_group()
    member = make_user("newcomer@example.org", roles=["Members"])
    from groups.models import Membership

    Membership.ask_to_join(member, group).approve(by=None)

    page.goto("/groups/")
    assert_no_accessibility_violations(page)
    page.goto("/groups/?format=drop-in&day=1")
    assert_no_accessibility_violations(page)
    page.goto(group.url)
    assert_no_accessibility_violations(page)

    sign_in(page, "newcomer@example.org")
    page.goto(f"/members/agreements/group/{group.pk}/")
    assert_no_accessibility_violations(page)
    submit(page, "Sign the agreement")  # nothing filled in: the errors must be accessible too
    assert_no_accessibility_violations(page)
    page.goto("/members/agreements/")
    assert_no_accessibility_violations(page)
    page.goto(group.url)
    expect(page.get_by_text(VENUE_TEXT)).to_have_count(0)


def test_a_facilitator_goes_from_the_dashboard_to_the_group_tools_and_is_not_asked_to_join(
    live_server, page, groups_site
):
    from groups.models import Membership

    group = demo_group()
    facilitator = make_user("runner@example.org", roles=["Members", "Facilitators"])
    give_mfa(facilitator)
    FacilitatorAppointment.appoint(facilitator, group, by=None)
    Membership.ask_to_join(make_user("morgan@example.org", roles=["Members"], display_name="Morgan (member)"), group)

    sign_in_with_code(page, "runner@example.org")
    page.goto("/members/")
    with page.expect_navigation():
        page.get_by_role("link", name=f"Members and meeting log of {group.title}").click()

    assert page.url == live_server.url + group.url + "facilitate/"
    expect(page.get_by_role("heading", name="Members and meeting log")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^Request from M\.,"))).to_be_visible()

    # Sending a decision with neither approve nor decline chosen explains itself beside the choice (item 10).
    page.get_by_label("Reason, if you decline").fill("Full until March")
    submit(page, "Send decision")
    expect(page.get_by_text("Choose approve or decline.")).to_be_visible()
    expect(page.get_by_label("Reason, if you decline")).to_have_value("Full until March")
    assert_no_accessibility_violations(page)

    page.get_by_role("link", name=f"Back to {group.title}").click()
    expect(page.get_by_text("You facilitate this group.")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Ask to join"))).to_have_count(0)
