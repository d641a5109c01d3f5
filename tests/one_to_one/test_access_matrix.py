"""Who may open the intake's URLs: the public forms for anyone; a referred person's record for coordinators with
2FA only. The person's name must appear in no other cell."""

import pytest

from portal.roles import COORDINATORS, EDITORS, FACILITATORS, MEMBERS
from tests.factories import give_mfa, make_user, sign_in_with_mfa
from tests.one_to_one.factories import InitialMeetingFactory, ReferralFactory

pytestmark = pytest.mark.django_db

NAME = "Perpetua Quillfeather"
OK, DENIED, LOGIN, MFA = "ok", "denied", "login", "2fa"

PEOPLE = (
    "anonymous",
    "applicant",
    "member who is not their supporter",
    "a Peer Supporter",
    "facilitator",
    "editor",
    "coordinator",
    "coordinator before 2FA",
)
# Without admin access (everyone but editors and coordinators) Wagtail sends people to sign in; editors are refused.
STAFF_ONLY = (LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, DENIED, OK, MFA)
PUBLIC = (OK,) * len(PEOPLE)

MATRIX = {
    "/get-support/": PUBLIC,
    "/get-support/refer/": PUBLIC,
    "/get-support/thanks/": PUBLIC,
    "/admin/one-to-one/referrals/": STAFF_ONLY,
    "/admin/one-to-one/referrals/inspect/{pk}/": STAFF_ONLY,
    "/admin/one-to-one/referrals/first-contact/{pk}/": STAFF_ONLY,
    "/admin/one-to-one/referrals/initial-meeting/{pk}/": STAFF_ONLY,
    "/admin/one-to-one/referrals/decide/{pk}/": STAFF_ONLY,
    "/admin/one-to-one/referrals/export/{pk}/": STAFF_ONLY,
    "/admin/one-to-one/referrals/erase/{pk}/": STAFF_ONLY,
    "/admin/one-to-one/access-log/": STAFF_ONLY,
}


def make_people():
    applicant = make_user("applicant@example.org")
    facilitator = make_user("facilitator@example.org", roles=[MEMBERS, FACILITATORS])
    editor = make_user("editor@example.org", roles=[EDITORS])
    coordinator = make_user("coordinator@example.org", roles=[COORDINATORS])
    before_2fa = make_user("coordinator-password@example.org", roles=[COORDINATORS])
    give_mfa(before_2fa)
    return {
        "anonymous": None,
        "applicant": applicant,
        "member who is not their supporter": make_user("member@example.org", roles=[MEMBERS]),
        # Supporters know people by initials in /members/one-to-one/; the record itself is never theirs to open.
        "a Peer Supporter": make_user("supporter@example.org", roles=[MEMBERS]),
        "facilitator": (facilitator, True),
        "editor": (editor, True),
        "coordinator": (coordinator, True),
        "coordinator before 2FA": before_2fa,
    }


def sign_in(client, person):
    if person is None:
        return
    if isinstance(person, tuple):
        sign_in_with_mfa(client, person[0])
    else:
        client.force_login(person)


def outcome(response):
    if response.status_code == 200:
        return OK
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/accounts/2fa/"):
            return MFA
        if "login" in location:
            return LOGIN
        return DENIED  # Wagtail sends staff without the permission back to the dashboard
    if response.status_code in (403, 404):
        return DENIED
    return response.status_code


def test_every_person_gets_what_the_matrix_says_and_the_name_leaks_nowhere(client):
    referral = InitialMeetingFactory(referral=ReferralFactory(name=NAME)).referral
    people = make_people()
    wrong = []
    for index, who in enumerate(PEOPLE):
        client.logout()
        sign_in(client, people[who])
        for template, expected in MATRIX.items():
            url = template.format(pk=referral.pk)
            response = client.get(url)
            got = outcome(response)
            if got != expected[index]:
                wrong.append(f"{url} as {who}: got {got}, expected {expected[index]}")
            if who != "coordinator" and NAME in response.content.decode(errors="ignore"):
                wrong.append(f"{url} as {who}: LEAK of the person's name")

    assert not wrong, "\n".join(wrong)


def test_the_one_to_one_menu_is_shown_to_coordinators_and_hidden_from_editors(client):
    editor = make_user("editor@example.org", roles=[EDITORS])
    coordinator = make_user("coordinator@example.org", roles=[COORDINATORS])

    sign_in_with_mfa(client, editor)
    editors_admin = client.get("/admin/").content.decode()
    client.logout()
    sign_in_with_mfa(client, coordinator)
    coordinators_admin = client.get("/admin/").content.decode()

    assert "/admin/one-to-one/referrals/" not in editors_admin
    assert "/admin/one-to-one/referrals/" in coordinators_admin
