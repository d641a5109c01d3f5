"""Item 3: coordinators see referrals with days waiting, record first contact and the initial meeting, and decide."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from one_to_one.models import InitialMeeting, Referral, ReferralAccessLog, Status
from portal.roles import COORDINATORS
from tests.factories import make_user, sign_in_with_mfa
from tests.one_to_one.factories import ReferralFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/one-to-one/referrals/"


@pytest.fixture
def coordinator(client):
    return sign_in_with_mfa(client, make_user("coord@example.org", roles=[COORDINATORS]))


def test_the_list_shows_days_waiting_and_highlights_those_waiting_too_long(client, coordinator, settings):
    settings.ONE_TO_ONE_WAITING_ALERT_DAYS = 7
    long_wait = ReferralFactory(name="Long Wait", created_at=timezone.now() - timedelta(days=9))
    ReferralFactory(name="Just Arrived", created_at=timezone.now() - timedelta(days=2))

    page = client.get(INDEX).content.decode()

    assert long_wait.short_reference in page
    assert page.count("data-waiting-too-long") == 1
    assert ">9 <span" in page


def test_the_list_filters_by_status(client, coordinator):
    new = ReferralFactory()
    deferred = ReferralFactory()
    deferred.move_to(Status.CONTACTED, by=coordinator)
    deferred.move_to(Status.DEFERRED, by=coordinator)

    page = client.get(INDEX, {"status": "deferred"}).content.decode()

    assert deferred.short_reference in page
    assert new.short_reference not in page


def test_the_list_never_shows_names(client, coordinator):
    ReferralFactory(name="Ana Maria Silva")

    assert "Silva" not in client.get(INDEX).content.decode()


def test_the_list_makes_as_many_queries_for_fifty_referrals_as_for_five(client, coordinator):
    ReferralFactory.create_batch(5)
    client.get(INDEX)
    with CaptureQueriesContext(connection) as five:
        client.get(INDEX)
    ReferralFactory.create_batch(45)
    with CaptureQueriesContext(connection) as fifty:
        response = client.get(INDEX)

    assert response.status_code == 200
    assert len(fifty) == len(five)


def test_opening_a_record_is_logged(client, coordinator):
    referral = ReferralFactory()

    response = client.get(f"{INDEX}inspect/{referral.pk}/")

    assert response.status_code == 200
    assert referral.name in response.content.decode()
    entry = ReferralAccessLog.objects.get()
    assert (entry.user, entry.action, entry.referral_reference) == (coordinator, "viewed", referral.reference)


def test_coordinator_records_first_contact_meeting_and_decides_suitable(
    client, coordinator, django_capture_on_commit_callbacks
):
    referral = ReferralFactory(email="ana@example.org", may_email=True)

    client.post(f"{INDEX}first-contact/{referral.pk}/", {"note": "Spoke on the phone."})
    referral.refresh_from_db()
    assert referral.status == Status.CONTACTED and referral.first_contact_at is not None

    client.post(
        f"{INDEX}initial-meeting/{referral.pk}/",
        {
            "met_on": "2026-11-20",
            "changes_wanted": "Feel less alone.",
            "how_supporter_could_help": "Listen.",
            "hopes": "Confidence.",
            "where_at_end": "Going to a group.",
            "other_support": "GP.",
        },
    )
    assert InitialMeeting.objects.get(referral=referral).changes_wanted == "Feel less alone."

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{INDEX}decide/{referral.pk}/", {"decision": "suitable"})

    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.status == Status.SUITABLE
    assert list(referral.events.values_list("to_status", flat=True)) == ["contacted", "suitable"]
    [message] = mail.outbox
    assert message.subject == "About your request"
    assert "HIV" not in message.body and "Ana" not in message.body


def test_deferring_needs_a_review_date_and_signposting(client, coordinator):
    referral = ReferralFactory()
    referral.move_to(Status.CONTACTED, by=coordinator)

    refused = client.post(f"{INDEX}decide/{referral.pk}/", {"decision": "deferred", "signposting": ""})
    accepted = client.post(
        f"{INDEX}decide/{referral.pk}/",
        {"decision": "deferred", "review_on": "2027-01-10", "signposting": "Local counselling service."},
    )

    assert refused.status_code == 200
    assert "Give a date to review" in refused.content.decode()
    assert accepted.status_code == 302
    referral.refresh_from_db()
    assert referral.status == Status.DEFERRED
    assert str(referral.review_on) == "2027-01-10"
    assert referral.signposting == "Local counselling service."


def test_not_for_us_is_signposted_and_closes_the_referral(client, coordinator):
    referral = ReferralFactory()
    referral.move_to(Status.CONTACTED, by=coordinator)

    client.post(f"{INDEX}decide/{referral.pk}/", {"decision": "not_for_us", "signposting": "A counselling service."})

    referral.refresh_from_db()
    assert referral.status == Status.NOT_FOR_US and referral.closed_at is not None


def test_a_decision_the_pathway_does_not_allow_is_a_message_not_an_error(client, coordinator):
    referral = ReferralFactory()  # still new: no contact made yet

    response = client.post(f"{INDEX}decide/{referral.pk}/", {"decision": "suitable"})

    assert response.status_code == 200
    assert "cannot move" in response.content.decode()
    referral.refresh_from_db()
    assert referral.status == Status.NEW


def test_coordinators_read_the_access_log(client, coordinator):
    referral = ReferralFactory()
    client.get(f"{INDEX}inspect/{referral.pk}/")

    page = client.get("/admin/one-to-one/access-log/").content.decode()

    assert referral.reference in page
    assert Referral.objects.count() == 1
