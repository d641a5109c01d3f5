"""Item 4: suggested supporters, hard limits first, then preferences with plain reasons; proposing a match."""

from one_to_one.matching import Preferences, eligible_profiles, rank, referral_preferences, suggestions_for
from one_to_one.models import MatchStatus, Referral, Status, SupporterProfile
from portal.roles import MEMBERS
from recruitment.models.vetting import VettingStatus
from tests.factories import make_user, sign_in_with_mfa
from tests.one_to_one.factories import make_dbs_check, make_match, make_referral, make_supporter


def emails(suggestions):
    return [suggestion.supporter.email for suggestion in suggestions]


def test_only_opted_in_trained_vetted_supporters_with_a_free_place_are_suggested(db):
    make_supporter("ready@example.org")
    make_supporter("not-opted-in@example.org", opted_in=False)
    make_supporter("no-dbs@example.org", dbs=False)
    make_supporter("not-a-member@example.org", member=False)
    in_progress = make_supporter("in-progress@example.org", dbs=False)
    make_dbs_check(in_progress, status=VettingStatus.IN_PROGRESS)
    expired = make_supporter("expired@example.org", dbs=False)
    make_dbs_check(expired, renewal_in_days=-1)
    full = make_supporter("full@example.org", places=1)
    make_match(full)

    assert emails(suggestions_for(make_referral())) == ["ready@example.org"]


def test_a_check_in_progress_is_not_current(db):
    user = make_supporter("waiting@example.org", dbs=False)
    make_dbs_check(user, status=VettingStatus.IN_PROGRESS)

    assert not eligible_profiles().exists()


def test_preferences_rank_supporters_and_give_plain_reasons(db):
    make_supporter("plain@example.org")
    make_supporter(
        "match@example.org",
        languages="English, Portuguese",
        available_days=["tue", "sat"],
        interests="Art, cooking",
    )
    preferences = Preferences(languages="portuguese", available_days=("tue",), interests="art")

    first, second = rank(preferences, eligible_profiles())

    assert first.supporter.email == "match@example.org"
    assert first.reasons_text == "speaks Portuguese · free on Tuesdays · shares an interest in Art · 2 of 2 places free"
    assert second.reasons_text == "2 of 2 places free"


def test_places_free_counts_proposed_and_active_matches(db):
    supporter = make_supporter(places=2)
    make_match(supporter, status=MatchStatus.PROPOSED)

    [suggestion] = suggestions_for(make_referral())

    assert suggestion.reasons[-1] == "1 of 2 places free"


def test_preferences_are_read_defensively_from_a_referral_without_those_fields(db):
    assert referral_preferences(Referral(name="x")) == Preferences()


def test_coordinator_proposes_a_match_and_the_supporter_accepts_it_moving_the_referral_to_matched(client, db):
    supporter = make_supporter()
    referral = make_referral()
    sign_in_with_mfa(client, make_user("coordinator@example.org", roles=["Coordinators"]))

    page = client.get(f"/admin/one-to-one/matching/{referral.reference}/")
    assert "2 of 2 places free" in page.content.decode()
    response = client.post(
        f"/admin/one-to-one/matching/{referral.reference}/", {"supporter": supporter.pk, "planned_sessions": 8}
    )
    assert response.status_code == 302
    match = referral.matches.get()
    assert (match.status, match.planned_sessions) == (MatchStatus.PROPOSED, 8)

    client.force_login(supporter)
    accepted = client.post(f"/members/one-to-one/{match.reference}/respond/", {"answer": "accept"}, follow=True)

    assert "You are now supporting J.D." in [str(message) for message in accepted.context["messages"]]
    match.refresh_from_db()
    referral.refresh_from_db()
    assert match.status == MatchStatus.ACTIVE
    assert referral.status == Status.MATCHED
    assert [e.to_status for e in match.events.all()] == [MatchStatus.PROPOSED, MatchStatus.ACTIVE]


def test_a_supporter_who_declines_frees_the_person_for_another_match(client, db):
    supporter = make_supporter()
    match = make_match(supporter, status=MatchStatus.PROPOSED)
    client.force_login(supporter)

    client.post(f"/members/one-to-one/{match.reference}/respond/", {"answer": "decline"})

    match.refresh_from_db()
    assert match.status == MatchStatus.DECLINED
    assert match.referral.status == Status.SUITABLE


def test_a_supporter_not_in_the_suggestions_cannot_be_proposed(client, db):
    no_dbs = make_supporter(dbs=False)
    referral = make_referral()
    sign_in_with_mfa(client, make_user("coordinator@example.org", roles=["Coordinators"]))

    response = client.post(
        f"/admin/one-to-one/matching/{referral.reference}/", {"supporter": no_dbs.pk, "planned_sessions": 6}
    )

    assert response.status_code == 200
    assert "cannot take this person" in response.content.decode()
    assert not referral.matches.exists()


def test_opening_the_matching_screen_is_logged(client, db):
    from one_to_one.models import ReferralAccessLog

    referral = make_referral()
    coordinator = make_user("coordinator@example.org", roles=["Coordinators"])
    sign_in_with_mfa(client, coordinator)

    client.get(f"/admin/one-to-one/matching/{referral.reference}/")

    assert ReferralAccessLog.objects.filter(referral=referral, user=coordinator, action="viewed").exists()


def test_matching_suggestions_take_the_same_queries_for_5_or_50_supporters(db, django_assert_max_num_queries):
    for n in range(5):
        make_supporter(f"s{n}@example.org")
    with django_assert_max_num_queries(3):
        assert len(suggestions_for(Referral(name="x"))) == 5
    for n in range(5, 50):
        make_supporter(f"s{n}@example.org")
    with django_assert_max_num_queries(3):
        assert len(suggestions_for(Referral(name="x"))) == 50


def test_profile_page_saves_the_members_profile(client, db):
    user = make_user("m@example.org", roles=[MEMBERS])
    client.force_login(user)

    response = client.post(
        "/members/one-to-one/profile/",
        {"opted_in": "on", "places": "2", "languages": "Portuguese", "available_days": ["tue"], "interests": "art"},
    )

    assert response.status_code == 302
    profile = SupporterProfile.objects.get(user=user)
    assert (profile.opted_in, profile.places, profile.available_days) == (True, 2, ["tue"])


def test_profile_form_keeps_what_was_typed_and_explains_a_bad_number(client, db):
    client.force_login(make_user("m@example.org", roles=[MEMBERS]))

    response = client.post("/members/one-to-one/profile/", {"places": "40", "languages": "Portuguese"})

    assert response.status_code == 200
    assert "Portuguese" in response.content.decode()
    assert "less than or equal to 6" in response.content.decode()
