"""Who sees what of a group: every person × every confidential thing. A leak in any cell fails a test."""

import pytest
from django.urls import reverse

from groups.models import MeetingLog
from tests.factories import give_mfa, make_user, sign_in_with_mfa
from tests.groups.conftest import VENUE_ADDRESS, add_facilitator, approve, sign

pytestmark = pytest.mark.django_db

PEOPLE = [
    "anonymous",
    "member_not_in_group",
    "approved_unsigned",
    "approved_signed",
    "facilitator_of_another_group",
    "facilitator_of_this_group",
    "coordinator",
]

# What each person may see: venue on the page, the .ics file, the member list, the group's meeting log, the CSV.
ALLOWED = {
    "anonymous": set(),
    "member_not_in_group": set(),
    "approved_unsigned": set(),
    "approved_signed": {"venue", "calendar"},
    "facilitator_of_another_group": set(),
    "facilitator_of_this_group": {"venue", "calendar", "member_list", "meeting_log"},
    "coordinator": {"venue", "calendar", "member_list", "meeting_log", "csv"},
}

LOG_ISSUE = "Kettle in the meeting room is broken"


@pytest.fixture
def world(make_group):
    group = make_group()
    other = make_group(slug="other-group", title="Other Group", signage="Monday Meeting")
    MeetingLog.objects.create(group=group, attendance=7, issues_for_coordinator=LOG_ISSUE)
    signed = make_user("signed@example.org", roles=["Members"], display_name="Signe Dahl")
    approve(signed, group)
    sign(signed, group)
    unsigned = make_user("unsigned@example.org", roles=["Members"], display_name="Una Sign")
    approve(unsigned, group)
    outsider = make_user("outsider@example.org", roles=["Members"])
    this_facilitator = make_user("this-facilitator@example.org", roles=["Members", "Facilitators"])
    add_facilitator(this_facilitator, group)
    other_facilitator = make_user("other-facilitator@example.org", roles=["Members", "Facilitators"])
    add_facilitator(other_facilitator, other)
    coordinator = make_user("coordinator@example.org", roles=["Coordinators"])
    give_mfa(coordinator)
    people = {
        "anonymous": None,
        "member_not_in_group": outsider,
        "approved_unsigned": unsigned,
        "approved_signed": signed,
        "facilitator_of_another_group": other_facilitator,
        "facilitator_of_this_group": this_facilitator,
        "coordinator": coordinator,
    }
    return group, people


def as_person(client, people, who):
    if who.startswith(("facilitator", "coordinator")):
        sign_in_with_mfa(client, people[who])
    elif people[who] is not None:
        client.force_login(people[who])
    return client


def sees_venue(client, group):
    response = client.get(group.url)
    assert response.status_code == 200
    return VENUE_ADDRESS.split(",")[0] in response.content.decode()


def gets_calendar(client, group):
    response = client.get(group.url + "calendar/")
    allowed = response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    if not allowed:
        assert response.status_code in (302, 403)
        assert b"Hidden Mews" not in response.content
    return allowed


def sees_member_list(client, group):
    response = client.get(group.url + "facilitate/")
    if response.status_code == 200:
        assert "Approved members" in response.content.decode()
        return True
    assert response.status_code in (302, 403)
    assert b"SD" not in response.content or b"Approved members" not in response.content
    return False


def sees_meeting_log(client, group):
    response = client.get(group.url + "facilitate/")
    return response.status_code == 200 and "Recent meetings" in response.content.decode()


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode(errors="ignore")


def gets_csv(client, group):
    response = client.get("/admin/support-groups/meeting-log/?export=csv")
    text = body(response)
    allowed = response.status_code == 200 and LOG_ISSUE in text
    if not allowed:
        assert LOG_ISSUE not in text
    counts = client.get(reverse("groups_monthly_counts") + "?export=csv")
    assert (counts.status_code == 200 and b"Friday Circle" in counts.content) == allowed
    return allowed


CHECKS = {
    "venue": sees_venue,
    "calendar": gets_calendar,
    "member_list": sees_member_list,
    "meeting_log": sees_meeting_log,
    "csv": gets_csv,
}


@pytest.mark.parametrize("who", PEOPLE)
def test_each_person_sees_exactly_what_their_role_allows(client, world, who):
    group, people = world
    as_person(client, people, who)

    seen = {what for what, check in CHECKS.items() if check(client, group)}

    assert seen == ALLOWED[who], (
        f"{who}: leaked {seen - ALLOWED[who] or 'nothing'}, missing {ALLOWED[who] - seen or 'nothing'}"
    )


def test_the_member_list_shows_initials_and_signing_status_only(client, world):
    group, people = world
    sign_in_with_mfa(client, people["facilitator_of_this_group"])

    html = client.get(group.url + "facilitate/").content.decode()

    assert "S.D." in html and "U.S." in html
    assert "Signed" in html and "Not signed yet" in html
    assert "signed@example.org" not in html and "Signe Dahl" not in html
