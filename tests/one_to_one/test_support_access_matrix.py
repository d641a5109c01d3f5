"""Who may open the supporters' side of one-to-one support: every URL, every kind of person. A person's supporter
sees their initials and sessions; nobody else on the member side does; editors see nothing of it; coordinators only
after 2FA."""

import pytest
from django.test import Client
from django.utils import timezone

from one_to_one.models import SupportSession
from one_to_one.support import end_match
from portal.roles import COORDINATORS, EDITORS, FACILITATORS, MEMBERS
from tests.factories import give_mfa, make_user, sign_in_with_mfa
from tests.one_to_one.factories import make_match, make_referral, make_supporter

SESSION_MARKER = "Marker session: walked by Willow Lane"
NAME_MARKER = "Quentin Marker-Person"

OK, DENIED, LOGIN, MFA = "ok", "denied", "login", "2fa"


def outcome(response):
    if response.status_code < 300:
        return OK
    if response.status_code < 400:
        location = response["Location"]
        return MFA if location.startswith("/accounts/2fa/") else LOGIN if "login" in location else "elsewhere"
    return DENIED if response.status_code < 500 else "error"


@pytest.fixture
def world(db):
    supporter = make_supporter("supporter@example.org")
    match = make_match(supporter, make_referral(initials="Q.M.", name=NAME_MARKER))
    SupportSession.objects.create(
        match=match, date=timezone.localdate(), minutes=50, place="community", agreed_actions=SESSION_MARKER
    )
    other_referral = make_referral(initials="Z.Z.")
    coordinator_before = make_user("c-before@example.org", roles=[COORDINATORS])
    give_mfa(coordinator_before)
    people = {
        "anonymous": None,
        "applicant": make_user("applicant@example.org"),
        "member_not_supporter": make_supporter("other-member@example.org"),
        "supporter": supporter,
        "facilitator": make_user("facilitator@example.org", roles=[MEMBERS, FACILITATORS]),
        "editor": make_user("editor@example.org", roles=[EDITORS]),
        "coordinator": make_user("coordinator@example.org", roles=[COORDINATORS]),
        "coordinator_before_2fa": coordinator_before,
    }
    return {"match": match, "other_referral": other_referral, "people": people}


def client_for(who, user):
    client = Client()
    if user is None:
        return client
    if who in {"facilitator", "editor", "coordinator"}:
        sign_in_with_mfa(client, user)
    else:
        client.force_login(user)
    return client


def urls(world):
    match = world["match"]
    return {
        "people": "/members/one-to-one/",
        "match": f"/members/one-to-one/{match.reference}/",
        "check_in": f"/members/one-to-one/{match.reference}/check-in/",
        "admin_matching": f"/admin/one-to-one/matching/{world['other_referral'].reference}/",
        "admin_matches": "/admin/one-to-one/matches/",
        "admin_check_ins": "/admin/one-to-one/check-ins/",
        "admin_supervision": "/admin/one-to-one/supervision/",
        "admin_profiles": "/admin/one-to-one/supporters/",
        "admin_to_be_matched": "/admin/one-to-one/to-be-matched/",
    }


ADMIN_ONLY = {
    "anonymous": {LOGIN},
    "applicant": {DENIED, LOGIN},
    "member_not_supporter": {DENIED, LOGIN},
    "supporter": {DENIED, LOGIN},
    "facilitator": {DENIED, LOGIN},
    "editor": {DENIED, LOGIN, "elsewhere"},
    "coordinator": {OK},
    "coordinator_before_2fa": {MFA},
}
SUPPORTER_ONLY = {
    "anonymous": {LOGIN},
    "applicant": {DENIED},
    "member_not_supporter": {DENIED},
    "supporter": {OK},
    "facilitator": {DENIED},
    "editor": {DENIED},
    "coordinator": {DENIED},
    "coordinator_before_2fa": {DENIED, MFA},
}
EXPECTED = {
    "people": {
        **dict.fromkeys(SUPPORTER_ONLY, frozenset({OK})),
        "anonymous": {LOGIN},
        "coordinator_before_2fa": {OK, MFA},
    },
    "match": SUPPORTER_ONLY,
    "check_in": SUPPORTER_ONLY,
    **dict.fromkeys(("admin_matching", "admin_matches", "admin_check_ins", "admin_supervision"), ADMIN_ONLY),
    **dict.fromkeys(("admin_profiles", "admin_to_be_matched"), ADMIN_ONLY),
}
# Who may ever see each marker, anywhere on the supporters' side.
MAY_SEE = {SESSION_MARKER: {"supporter"}, NAME_MARKER: set()}


def test_every_person_gets_what_is_declared_and_no_marker_leaks(world):
    wrong = []
    for who, user in world["people"].items():
        client = client_for(who, user)
        for name, url in urls(world).items():
            response = client.get(url)
            got = outcome(response)
            if got not in EXPECTED[name][who]:
                wrong.append(f"{name} as {who}: got {got}")
            text = response.content.decode(errors="ignore")
            wrong += [
                f"{name} as {who}: LEAK {m}" for m, allowed in MAY_SEE.items() if m in text and who not in allowed
            ]

    assert not wrong, "\n".join(wrong)


def test_the_supporter_sees_the_session_notes_on_their_persons_page(world):
    client = client_for("supporter", world["people"]["supporter"])

    assert SESSION_MARKER in client.get(urls(world)["match"]).content.decode()


def test_the_feedback_link_opens_for_anyone_holding_it_and_a_wrong_token_for_nobody(world):
    _ending, link = end_match(world["match"], reason="goals_met", next_steps="Keep going.", by=None)

    for who, user in world["people"].items():
        client = client_for(who, user)
        assert outcome(client.get("/feedback/not-a-real-token/")) == DENIED, who
        assert outcome(client.get(link)) == OK, who


def test_the_admin_menu_shows_one_to_one_to_coordinators_and_not_to_editors(world):
    editor = client_for("editor", world["people"]["editor"]).get("/admin/").content.decode()
    coordinator = client_for("coordinator", world["people"]["coordinator"]).get("/admin/").content.decode()

    assert "One-to-one matching" in coordinator and "To be matched" in coordinator
    assert "One-to-one matching" not in editor and "To be matched" not in editor
