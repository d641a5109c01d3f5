"""Items 5 and 6: a supporter's people by initials, logging sessions with the identifying-text check, lone-working
check-in and check-out, and the periodic alert for an overdue check-out."""

import datetime

from django.core import mail
from django.utils import timezone

from one_to_one.models import CheckIn, MatchStatus, SupportSession
from one_to_one.support import alert_overdue_check_outs, identifying_details_found
from portal.periodic import run_due_jobs
from portal.roles import COORDINATORS
from tests.factories import make_user, sign_in_with_mfa
from tests.one_to_one.factories import make_match, make_referral, make_supporter


def session_data(**overrides):
    data = {
        "date": timezone.localdate().isoformat(),
        "minutes": "60",
        "place": "community",
        "agreed_actions": "J. to call the clinic.",
        "next_goals": "Talk about work.",
        "debrief_note": "",
    }
    return {**data, **overrides}


def test_supporter_sees_their_people_by_initials_only_and_sessions_left(client, db):
    supporter = make_supporter()
    match = make_match(supporter, make_referral(initials="J.D.", name="Jo Marker-Person", phone="07700900123"))
    SupportSession.objects.create(match=match, date=timezone.localdate(), minutes=60, place="phone")
    client.force_login(supporter)

    page = client.get("/members/one-to-one/").content.decode()
    detail = client.get(f"/members/one-to-one/{match.reference}/").content.decode()

    assert "J.D." in page and "5 of 6 sessions left" in page
    for text in (page, detail):
        assert "Jo Marker-Person" not in text and "07700900123" not in text


def test_logging_a_session_counts_down_the_sessions_left(client, db):
    supporter = make_supporter()
    match = make_match(supporter, planned_sessions=4)
    client.force_login(supporter)

    response = client.post(f"/members/one-to-one/{match.reference}/", session_data())

    assert response.status_code == 302
    assert match.sessions_left() == 3


def test_text_that_looks_identifying_warns_beside_the_field_and_saves_after_a_second_confirm(client, db):
    supporter = make_supporter()
    match = make_match(supporter)
    client.force_login(supporter)
    risky = session_data(agreed_actions="Call Maria Lopez on 07700 900123 or maria@example.org")

    first = client.post(f"/members/one-to-one/{match.reference}/", risky)

    assert first.status_code == 200
    text = first.content.decode()
    assert "looks like it holds an email address and a phone number and a full name" in text
    assert "Call Maria Lopez" in text  # what was typed is kept
    assert not match.sessions.exists()

    second = client.post(f"/members/one-to-one/{match.reference}/", {**risky, "checked_identifying": "on"})

    assert second.status_code == 302
    assert match.sessions.count() == 1


def test_ordinary_notes_do_not_warn():
    assert identifying_details_found("We walked to the park. Next time: talk about Tuesday plans.") == []


def test_a_future_session_date_is_explained_beside_the_field(client, db):
    supporter = make_supporter()
    match = make_match(supporter)
    client.force_login(supporter)
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()

    response = client.post(f"/members/one-to-one/{match.reference}/", session_data(date=tomorrow))

    assert "choose today or an earlier date" in response.content.decode()


def test_another_supporter_cannot_open_or_log_against_someone_elses_match(client, db):
    match = make_match(make_supporter("one@example.org"))
    client.force_login(make_supporter("two@example.org"))

    assert client.get(f"/members/one-to-one/{match.reference}/").status_code == 404
    assert client.post(f"/members/one-to-one/{match.reference}/", session_data()).status_code == 404
    assert not match.sessions.exists()


def check_in(client, match, starts, ends):
    fmt = "%Y-%m-%dT%H:%M"
    return client.post(
        f"/members/one-to-one/{match.reference}/check-in/",
        {
            "starts_at": timezone.localtime(starts).strftime(fmt),
            "where_roughly": "café by the station",
            "expected_end": timezone.localtime(ends).strftime(fmt),
        },
    )


def test_check_in_then_check_out_with_i_need_to_talk_puts_a_debrief_on_the_coordinators_list(client, db):
    supporter = make_supporter()
    match = make_match(supporter)
    client.force_login(supporter)
    now = timezone.now()

    assert check_in(client, match, now, now + datetime.timedelta(hours=1)).status_code == 302
    client.post(f"/members/one-to-one/{match.reference}/check-out/", {"needs_to_talk": "on"})

    record = CheckIn.objects.get()
    assert record.checked_out_at is not None and record.needs_to_talk
    coordinator_client = client.__class__()
    sign_in_with_mfa(coordinator_client, make_user("coordinator@example.org", roles=[COORDINATORS]))
    listing = coordinator_client.get("/admin/one-to-one/check-ins/?needs_to_talk=true").content.decode()
    assert "Checked out: needs to talk" in listing


def test_an_expected_end_before_the_start_is_explained(client, db):
    supporter = make_supporter()
    match = make_match(supporter)
    client.force_login(supporter)
    now = timezone.now()

    response = check_in(client, match, now, now - datetime.timedelta(hours=1))

    assert "must be after the start" in response.content.decode()
    assert not CheckIn.objects.exists()


def test_an_overdue_check_out_alerts_coordinators_once_after_the_grace_period(db, settings):
    settings.ONE_TO_ONE_CHECKOUT_GRACE_MINUTES = 30
    make_user("coordinator@example.org", roles=[COORDINATORS])
    supporter = make_supporter()
    match = make_match(supporter)
    start = timezone.now()
    CheckIn.objects.create(
        match=match,
        supporter=supporter,
        starts_at=start,
        where_roughly="park",
        expected_end=start + datetime.timedelta(hours=1),
    )

    assert alert_overdue_check_outs(start + datetime.timedelta(minutes=89)) == {"alerted": 0}
    assert alert_overdue_check_outs(start + datetime.timedelta(minutes=91)) == {"alerted": 1}
    assert alert_overdue_check_outs(start + datetime.timedelta(minutes=120)) == {"alerted": 0}

    [email] = mail.outbox
    assert email.to == ["coordinator@example.org"]
    assert "overdue" in email.subject
    assert "park" not in email.body and match.referral.initials not in email.body


def test_the_alert_runs_on_the_periodic_runner_and_shows_on_the_coordinators_list(client, db):
    make_user("coordinator@example.org", roles=[COORDINATORS])
    supporter = make_supporter()
    match = make_match(supporter)
    start = timezone.now() - datetime.timedelta(hours=3)
    CheckIn.objects.create(
        match=match,
        supporter=supporter,
        starts_at=start,
        where_roughly="park",
        expected_end=start + datetime.timedelta(hours=1),
    )

    outcomes = {outcome.name: outcome for outcome in run_due_jobs(timezone.now())}

    assert outcomes["lone-working check-out alerts"].counts == {"alerted": 1}
    sign_in_with_mfa(client, make_user("c2@example.org", roles=[COORDINATORS]))
    assert "OVERDUE: not checked out" in client.get("/admin/one-to-one/check-ins/").content.decode()


def test_the_people_list_takes_the_same_queries_for_5_or_50_people(client, db):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    supporter = make_supporter(places=60)
    for _ in range(5):
        make_match(supporter)
    client.force_login(supporter)
    client.get("/members/one-to-one/")  # the session's first request does one-off work
    with CaptureQueriesContext(connection) as five:
        client.get("/members/one-to-one/")
    for _ in range(45):
        make_match(supporter)
    with CaptureQueriesContext(connection) as fifty:
        page = client.get("/members/one-to-one/")

    assert page.content.decode().count("sessions left") == 50
    assert len(fifty) == len(five)


def test_a_proposed_match_is_shown_to_accept_or_decline_not_as_a_person_to_log_for(client, db):
    supporter = make_supporter()
    match = make_match(supporter, status=MatchStatus.PROPOSED)
    client.force_login(supporter)

    page = client.get("/members/one-to-one/").content.decode()

    assert "Accept supporting J.D." in page
    assert client.get(f"/members/one-to-one/{match.reference}/").status_code == 404


def test_a_debrief_note_reaches_the_coordinators_list_and_no_other_member(client, db):
    supporter = make_supporter()
    match = make_match(supporter)
    client.force_login(supporter)
    client.post(f"/members/one-to-one/{match.reference}/", session_data(debrief_note="Marker: I found it hard today."))

    coordinator = client.__class__()
    sign_in_with_mfa(coordinator, make_user("coordinator@example.org", roles=[COORDINATORS]))
    assert "Marker: I found it hard today." in coordinator.get("/admin/one-to-one/debriefs/").content.decode()
    assert (
        "Marker: I found it hard today." not in client.get(f"/members/one-to-one/{match.reference}/").content.decode()
    )


def test_a_check_in_whose_expected_finish_has_passed_is_refused(client, db):
    supporter = make_supporter()
    match = make_match(supporter)
    client.force_login(supporter)
    now = timezone.now()

    response = check_in(client, match, now - datetime.timedelta(days=9, hours=1), now - datetime.timedelta(days=9))

    assert response.status_code == 200
    assert "The expected finish has already passed" in response.content.decode()
    assert not CheckIn.objects.exists()
