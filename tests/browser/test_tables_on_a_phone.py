"""Data tables on a 390 px phone: the page never scrolls sideways, each table scrolls in its own labelled region."""

import datetime
from decimal import Decimal

import pytest
from wagtail.models import Site

from groups.models import MeetingLog
from members.models import Competency
from portal.roles import FACILITATORS, MEMBERS
from tests.browser.helpers import assert_no_accessibility_violations, sign_in_with_code
from tests.factories import give_mfa, make_user
from tests.groups.conftest import add_facilitator, approve, sign
from tests.groups.factories import AgreementFactory, GroupIndexPageFactory, GroupPageFactory
from tests.members.factories import CPDRecordFactory

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
# Long names, as the national standards' competencies and real groups have them.
COMPETENCIES = ["Long-term condition self-management", "SMART goals and action planning", "Cross-cultural awareness"]


@pytest.fixture
def facilitator(_browser_test_database):
    """A member who facilitates a group: CPD across long-named competencies, two signed agreements, a meeting log."""
    person = make_user("frankie@example.org", roles=[MEMBERS, FACILITATORS], display_name="Frankie")
    give_mfa(person)
    index = GroupIndexPageFactory(parent=Site.objects.get(is_default_site=True).root_page)
    groups = [
        GroupPageFactory(parent=index, slug=slug, title=title, signage_wording=signage)
        for slug, title, signage in [
            ("african-communities-wellbeing", "African Communities Wellbeing Circle", "Thursday Wellbeing Meeting"),
            ("young-people-online", "Young People’s Online Peer Group", "Sunday Evening Chat"),
        ]
    ]
    for group in groups:
        AgreementFactory(group=group)
        approve(person, group)
        sign(person, group, name="Frankie")
    add_facilitator(person, groups[0])
    competencies = [Competency.objects.create(name=name) for name in COMPETENCIES]
    for days_ago, competency in enumerate(competencies, start=1):
        date = datetime.date.today() - datetime.timedelta(days=days_ago)
        CPDRecordFactory(user=person, hours=Decimal("2.5"), date=date).competencies.set([competency])
    for weeks in range(3):
        log = MeetingLog.objects.create(
            group=groups[0],
            date=datetime.date(2026, 9, 30) - datetime.timedelta(weeks=weeks),
            attendance=12,
            ground_rules_revisited=True,
            logged_by=person,
        )
        log.facilitators_present.set([person])
    return person, groups[0]


def assert_tables_fit_the_phone(page):
    """No sideways scrolling of the page; every table in a focusable region named by its caption, where each column
    header can be scrolled into view whole."""
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], page.url
    tables = page.locator("main table")
    assert tables.count() > 0, page.url
    for index in range(tables.count()):
        table = tables.nth(index)
        region = table.locator("xpath=..")
        assert region.get_attribute("role") == "region", page.url
        assert region.get_attribute("tabindex") == "0", page.url
        caption = table.locator("caption")
        assert region.get_attribute("aria-labelledby") == caption.get_attribute("id"), page.url
        headers = table.locator("thead th")
        for number in range(headers.count()):
            header = headers.nth(number)
            header.scroll_into_view_if_needed()
            inside, whole = header.evaluate(
                """th => {
                    const cell = th.getBoundingClientRect(), box = th.closest('[role=region]').getBoundingClientRect();
                    return [cell.left >= box.left - 1 && cell.right <= box.right + 1, th.scrollWidth <= th.clientWidth];
                }"""
            )
            assert inside and whole, f"{page.url}: column “{header.inner_text()}” cannot be read"


def test_tables_fit_a_phone_on_the_cpd_agreements_and_meeting_log_pages(live_server, new_page, facilitator):
    person, group = facilitator
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    sign_in_with_code(page, person.email)

    page.goto("/members/cpd/")
    page.get_by_text("Show the chart’s figures as a table").click()
    assert_tables_fit_the_phone(page)
    assert_no_accessibility_violations(page)

    page.goto("/members/agreements/")
    assert_tables_fit_the_phone(page)
    assert_no_accessibility_violations(page)

    page.goto(group.url + "facilitate/")
    assert page.get_by_role("region", name="The last meetings logged, with how many came").is_visible()
    assert_tables_fit_the_phone(page)
    assert_no_accessibility_violations(page)
