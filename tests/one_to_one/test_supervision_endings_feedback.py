"""Items 7 and 8: supervision notes the supporter sees; ending with a reason and next steps, re-matching with
history and the re-match flag; the person's single-use, expiring feedback link."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from one_to_one.models import Feedback, MatchStatus, Status, SupervisionNote, SupportSession
from one_to_one.support import end_match
from portal.personal_data import personal_data_handlers
from portal.roles import COORDINATORS
from tests.factories import make_user, sign_in_with_mfa
from tests.one_to_one.factories import make_match, make_referral, make_supporter


@pytest.fixture
def coordinator_client(db):
    client = Client()
    sign_in_with_mfa(client, make_user("coordinator@example.org", roles=[COORDINATORS]))
    return client


def test_coordinator_records_supervision_and_the_supporter_sees_their_copy(coordinator_client, client):
    supporter = make_supporter()
    other = make_supporter("other@example.org")

    response = coordinator_client.post(
        "/admin/one-to-one/supervision/new/",
        {
            "supporter": supporter.pk,
            "met_on": "2026-11-20",
            "notes": "Talked about boundaries.",
            "action_points": "Read the lone-working policy.",
        },
    )

    assert response.status_code == 302
    note = SupervisionNote.objects.get()
    assert note.recorded_by.email == "coordinator@example.org"
    client.force_login(supporter)
    assert "Read the lone-working policy." in client.get("/members/one-to-one/").content.decode()
    client.force_login(other)
    assert "Read the lone-working policy." not in client.get("/members/one-to-one/").content.decode()


def test_ending_records_why_moves_the_referral_to_ended_and_emails_a_neutral_feedback_link(
    coordinator_client, django_capture_on_commit_callbacks
):
    supporter = make_supporter()
    match = make_match(supporter, make_referral(email="jo@example.net"), planned_sessions=2)
    SupportSession.objects.create(match=match, date=timezone.localdate(), minutes=60, place="phone")

    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            f"/admin/one-to-one/matches/end/{match.pk}/",
            {"reason": "goals_met", "next_steps": "Join the Tuesday group.", "signposting": "Local wellbeing service"},
        )

    assert response.status_code == 302
    match.refresh_from_db()
    assert match.status == MatchStatus.ENDED
    assert match.referral.status == Status.ENDED
    assert match.ending.get_reason_display() == "Goals met"
    [email] = mail.outbox
    assert email.to == ["jo@example.net"]
    assert email.subject == "Your feedback, please"
    assert "/feedback/" in email.body
    for word in ("HIV", "peer support", "Peer Support"):
        assert word not in email.subject


def test_a_rematch_sends_the_person_back_to_be_matched_keeping_the_history_and_flags_repeat_rematches(
    coordinator_client,
):
    referral = make_referral()
    for n in range(2):
        match = make_match(make_supporter(f"s{n}@example.org"), referral)
        end_match(match, reason="broke_down", next_steps="Try someone else.", rematch=True, by=None)
        referral.refresh_from_db()
        assert referral.status == Status.SUITABLE

    assert referral.matches.count() == 2
    listing = coordinator_client.get("/admin/one-to-one/to-be-matched/").content.decode()
    assert "2 re-matches" in listing
    assert "person: 2 re-matches" in coordinator_client.get("/admin/one-to-one/matches/").content.decode()


def finished_match():
    match = make_match(make_supporter())
    _ending, link = end_match(match, reason="goals_met", next_steps="Keep going.", by=None)
    return match, link


def test_the_feedback_link_works_once_without_an_account(client, db):
    match, link = finished_match()

    assert client.get(link).status_code == 200
    response = client.post(
        link, {"rating": "5", "what_helped": "Being listened to.", "could_be_better": "", "may_quote": "on"}
    )

    assert response.status_code == 200
    feedback = Feedback.objects.get(match=match)
    assert (feedback.rating, feedback.what_helped, feedback.may_quote) == (5, "Being listened to.", True)
    assert client.get(link).status_code == 404
    assert client.post(link, {"rating": "1"}).status_code == 404
    assert Feedback.objects.get(match=match).rating == 5


def test_the_feedback_link_expires_and_is_not_stored_in_the_clear(client, db):
    match, link = finished_match()
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert len(token) >= 40
    assert not Feedback.objects.filter(token_hash=token).exists()

    Feedback.objects.filter(match=match).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))

    assert client.get(link).status_code == 404


def test_the_feedback_form_explains_a_missing_rating_and_keeps_what_was_typed(client, db):
    _match, link = finished_match()

    response = client.post(link, {"what_helped": "The walks."})

    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert "The walks." in response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0") or "no-store" in response["Cache-Control"]


def test_supporters_data_is_exported_and_erased(db):
    supporter = make_supporter(languages="Portuguese")
    match = make_match(supporter)
    SupervisionNote.objects.create(supporter=supporter, met_on=timezone.localdate(), notes="Marker supervision")
    [handler] = [h for h in personal_data_handlers() if h.name == "one-to-one support"]

    exported = handler.export(supporter)

    assert exported["profile"]["languages"] == "Portuguese"
    assert exported["supervision_notes"][0]["notes"] == "Marker supervision"
    assert exported["people_supported"][0]["known_as"] == "J.D."
    assert "Jo Marker-Person" not in str(exported)

    handler.erase(supporter)
    supporter.delete()

    assert not SupervisionNote.objects.exists()
    match.refresh_from_db()
    assert match.supporter is None  # the person's own record stays with the coordinators


def test_dashboard_panel_shows_people_sessions_to_log_and_check_outs_due(client, db):
    from one_to_one.models import CheckIn

    supporter = make_supporter()
    match = make_match(supporter)
    CheckIn.objects.create(
        match=match, supporter=supporter, starts_at=timezone.now(), where_roughly="park", expected_end=timezone.now()
    )
    client.force_login(supporter)

    page = client.get("/members/").content.decode()

    assert "Your one-to-one support" in page
    assert "6 sessions left to log" in page
    assert "Check out now" in page
