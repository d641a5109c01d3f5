"""An unsaved CPD draft belongs to the account that typed it and does not outlive signing out of the tab."""

import pytest
from playwright.sync_api import expect

from portal.roles import MEMBERS
from tests.browser.helpers import sign_in, sign_out
from tests.factories import make_user

pytestmark = pytest.mark.browser

REFLECTION = "What I learned and how it changes my practice"
RESTORED = "We have put back what you typed earlier"


@pytest.fixture
def two_members(demo_site):
    return (
        make_user("alex@example.org", roles=[MEMBERS], display_name="Alex"),
        make_user("bo@example.org", roles=[MEMBERS], display_name="Bo"),
    )


def drafts_in_tab(page):
    return page.evaluate("() => Object.keys(window.sessionStorage).filter((name) => name.indexOf('cpd-draft:') === 0)")


def test_a_draft_comes_back_for_its_author_but_not_for_the_next_person_on_the_same_tab(page, two_members):
    sign_in(page, "alex@example.org")
    page.goto("/members/cpd/add/")
    page.get_by_label(REFLECTION).fill("Something personal Alex has not saved")
    page.goto("/members/cpd/")
    page.goto("/members/cpd/add/")
    expect(page.get_by_text(RESTORED)).to_be_visible()
    expect(page.get_by_label(REFLECTION)).to_have_value("Something personal Alex has not saved")

    sign_out(page)
    assert drafts_in_tab(page) == []
    sign_in(page, "bo@example.org")
    page.goto("/members/cpd/add/")

    expect(page.get_by_label(REFLECTION)).to_have_value("")
    expect(page.get_by_text(RESTORED)).to_be_hidden()
    assert "Something personal" not in page.content()


def test_a_draft_left_when_a_session_ran_out_is_not_offered_to_another_account(page, two_members):
    sign_in(page, "alex@example.org")
    page.goto("/members/cpd/add/")
    page.get_by_label(REFLECTION).fill("Something personal Alex has not saved")
    page.context.clear_cookies()  # the session times out; the tab and its storage remain

    sign_in(page, "bo@example.org")
    page.goto("/members/cpd/add/")

    expect(page.get_by_label(REFLECTION)).to_have_value("")
    expect(page.get_by_text(RESTORED)).to_be_hidden()
    assert drafts_in_tab(page) == []
