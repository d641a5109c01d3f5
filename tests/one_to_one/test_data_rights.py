"""Item 9: a coordinator exports everything held about one person and erases it; closed records are purged."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from one_to_one.models import InitialMeeting, Referral, ReferralAccessLog, ReferralEvent, Status
from one_to_one.records import collect_record, record_sections, register_record_section
from one_to_one.retention import RETENTION_KIND
from portal.retention import purge_expired_data
from portal.roles import COORDINATORS
from tests.factories import make_user, sign_in_with_mfa
from tests.one_to_one.factories import InitialMeetingFactory, ReferralFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/one-to-one/referrals/"


@pytest.fixture
def coordinator(client):
    return sign_in_with_mfa(client, make_user("coord@example.org", roles=[COORDINATORS]))


@pytest.fixture
def assessed_referral(coordinator):
    meeting = InitialMeetingFactory(
        referral=ReferralFactory(name="Ana Maria Silva"), hopes="Confidence to tell a friend."
    )
    meeting.referral.move_to(Status.CONTACTED, by=coordinator, note="Phoned.")
    return meeting.referral


def test_the_export_is_one_neutrally_named_file_with_everything_held(client, coordinator, assessed_referral):
    response = client.get(f"{INDEX}export/{assessed_referral.pk}/")

    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition == f'attachment; filename="record-{assessed_referral.short_reference}.json"'
    record = json.loads(response.content)
    assert record["reference"] == assessed_referral.reference
    assert record["sections"]["referral"][0]["name"] == "Ana Maria Silva"
    assert record["sections"]["referral"][0]["clinic_attended"] == "Mortimer Market Centre"
    assert record["sections"]["history"][0]["note"] == "Phoned."
    assert record["sections"]["initial meeting"][0]["hopes"] == "Confidence to tell a friend."
    assert ReferralAccessLog.objects.filter(action=ReferralAccessLog.EXPORTED).count() == 1


def test_another_part_of_the_app_adds_its_own_section_to_the_export(assessed_referral):
    sections = record_sections()
    try:
        register_record_section("sessions", lambda referral: [{"reference": referral.short_reference}])
        record = collect_record(assessed_referral)
    finally:
        import one_to_one.records as records

        records._SECTIONS.clear()
        records._SECTIONS.update(sections)

    assert record["sections"]["sessions"] == [{"reference": assessed_referral.short_reference}]


def test_erasing_deletes_everything_and_the_log_keeps_only_the_reference(client, coordinator, assessed_referral):
    reference = assessed_referral.reference
    client.get(f"{INDEX}inspect/{assessed_referral.pk}/")

    refused = client.post(f"{INDEX}erase/{assessed_referral.pk}/", {})
    assert refused.status_code == 200 and Referral.objects.count() == 1

    response = client.post(f"{INDEX}erase/{assessed_referral.pk}/", {"confirm": "on"})

    assert response.status_code == 302
    assert Referral.objects.count() == 0
    assert InitialMeeting.objects.count() == 0 and ReferralEvent.objects.count() == 0
    log = list(ReferralAccessLog.objects.order_by("at", "pk").values_list("action", "referral", "referral_reference"))
    assert log == [("viewed", None, reference), ("erased", None, reference)]


def test_closed_referrals_are_purged_after_the_retention_period_and_open_ones_kept(settings, coordinator):
    settings.ONE_TO_ONE_CLOSED_RECORD_RETENTION_DAYS = 730
    old = ReferralFactory()
    old.move_to(Status.NOT_FOR_US, by=coordinator)
    recent = ReferralFactory()
    recent.move_to(Status.WITHDRAWN, by=coordinator)
    waiting = ReferralFactory(created_at=timezone.now() - timedelta(days=1000))
    Referral.objects.filter(pk=old.pk).update(closed_at=timezone.now() - timedelta(days=731))

    removed = purge_expired_data(now=timezone.now())

    assert removed[RETENTION_KIND] == 1
    assert set(Referral.objects.values_list("pk", flat=True)) == {recent.pk, waiting.pk}
