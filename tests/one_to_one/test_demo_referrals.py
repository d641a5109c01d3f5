"""The demo has referrals at each intake state, once, however often it is loaded."""

import io

import pytest
from django.core.management import call_command

from one_to_one.models import InitialMeeting, Referral, Status

pytestmark = pytest.mark.django_db


def test_demo_referrals_cover_each_intake_state_and_load_once():
    call_command("load_demo_content", "--with-demo-users", stdout=io.StringIO())
    call_command("load_demo_content", "--with-demo-users", stdout=io.StringIO())

    # The intake's six, and the supporters' demo adds one person already matched, with sessions.
    statuses = sorted(Referral.objects.values_list("status", flat=True))
    assert statuses == sorted(
        [Status.NEW, Status.NEW, Status.CONTACTED, Status.SUITABLE, Status.DEFERRED, Status.NOT_FOR_US, Status.MATCHED]
    )
    assert any(referral.is_waiting_too_long() for referral in Referral.objects.all())
    assert InitialMeeting.objects.count() == 3
