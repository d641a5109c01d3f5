"""Facilitators log meetings as counts; coordinators see every group's log and monthly counts as CSV."""

import datetime

import pytest
from django.utils import timezone

from groups.models import MeetingLog
from tests.factories import make_user, sign_in_with_mfa
from tests.groups.conftest import add_facilitator

pytestmark = pytest.mark.django_db


@pytest.fixture
def facilitator(group):
    person = make_user("facilitator@example.org", roles=["Members", "Facilitators"], display_name="Frankie")
    add_facilitator(person, group)
    return person


def test_a_facilitator_logs_a_meeting_as_a_count_with_who_facilitated(client, group, facilitator):
    sign_in_with_mfa(client, facilitator)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    response = client.post(
        group.url + "facilitate/",
        {
            "date": yesterday.isoformat(),
            "attendance": "9",
            "facilitators_present": [str(facilitator.pk)],
            "ground_rules_revisited": "on",
            "issues_for_coordinator": "Room was cold.",
        },
        follow=True,
    )

    log = MeetingLog.objects.get()
    assert (log.group, log.date, log.attendance, log.ground_rules_revisited) == (group, yesterday, 9, True)
    assert list(log.facilitators_present.all()) == [facilitator]
    assert log.logged_by == facilitator
    assert "9 attending" in response.content.decode()


@pytest.mark.parametrize(
    ("attendance", "date", "message"),
    [
        ("-3", "", "Ensure this value is greater than or equal to 0."),
        ("many", "", "Enter a whole number."),
        ("5", "2999-01-01", "Log a meeting on or after the day it happened."),
        ("5", "not a date", "Enter a valid date."),
    ],
)
def test_bad_meeting_log_input_is_explained_beside_the_field_and_kept(
    client, group, facilitator, attendance, date, message
):
    sign_in_with_mfa(client, facilitator)

    response = client.post(group.url + "facilitate/", {"date": date or "2026-01-05", "attendance": attendance})

    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f'value="{attendance}"' in html or attendance in html
    assert not MeetingLog.objects.exists()


def test_only_the_groups_own_facilitators_can_be_ticked_as_present(client, group, facilitator):
    stranger = make_user("stranger@example.org", roles=["Members", "Facilitators"])
    sign_in_with_mfa(client, facilitator)

    response = client.post(
        group.url + "facilitate/",
        {"date": "2026-01-05", "attendance": "4", "facilitators_present": [str(stranger.pk)]},
    )

    assert response.status_code == 400
    assert not MeetingLog.objects.exists()


def test_the_coordinator_sees_every_groups_log_and_downloads_monthly_counts(client, make_group):
    first = make_group()
    second = make_group(slug="second", title="Second Group", signage="Second Meeting")
    MeetingLog.objects.create(group=first, date=datetime.date(2026, 3, 3), attendance=5)
    MeetingLog.objects.create(group=first, date=datetime.date(2026, 3, 17), attendance=7)
    MeetingLog.objects.create(group=second, date=datetime.date(2026, 4, 1), attendance=3)
    coordinator = make_user("coordinator@example.org", roles=["Coordinators"])
    sign_in_with_mfa(client, coordinator)

    listing = client.get("/admin/support-groups/meeting-log/").content.decode()
    counts = client.get("/admin/groups/monthly-counts/?export=csv")

    assert "Friday Circle" in listing and "Second Group" in listing
    assert counts["Content-Disposition"] == 'attachment; filename="meeting-counts.csv"'
    rows = counts.content.decode().splitlines()
    assert rows[0] == "Month,Group,Meetings,Total attendance"
    assert "2026-03,Friday Circle,2,12" in rows
    assert "2026-04,Second Group,1,3" in rows


def test_a_facilitator_number_too_big_for_the_database_is_refused_with_a_message(client, group, facilitator):
    client.force_login(facilitator)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    response = client.post(
        group.url + "facilitate/",
        {"date": yesterday.isoformat(), "attendance": "9", "facilitators_present": ["9" * 30]},
    )

    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not MeetingLog.objects.exists()
