"""Staff powers need two-factor authentication set up *and passed in this session*, wherever they are used.

`client.force_login` is a password-only session here: the side door a staff member must not get through, even when
they have an authenticator set up.
"""

import time
from types import SimpleNamespace

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from django.contrib.auth.models import Permission

from groups.models import Membership
from portal.roles import COORDINATORS, EDITORS, FACILITATORS, MEMBERS
from tests.factories import DEFAULT_PASSWORD, current_totp_code, give_mfa, make_user, sign_in_with_mfa
from tests.groups import conftest as groups_fixtures
from tests.groups.conftest import VENUE_ADDRESS, add_facilitator
from tests.members import conftest as members_fixtures
from tests.members.conftest import make_record, record_form_data, upload

pytestmark = pytest.mark.django_db

# The groups' and members' fixtures: a published group with a venue, and a private folder for evidence files.
index, make_group, group = groups_fixtures.index, groups_fixtures.make_group, groups_fixtures.group
_private_media = members_fixtures._private_media

SET_UP_PAGE = "/accounts/2fa/totp/activate/"
CODE_PAGE = "/accounts/2fa/reauthenticate/"


@pytest.fixture
def evidence(client):
    """A member's CPD record with an uploaded certificate, made through the member's own form."""
    owner = make_user("owner@example.org", roles=[MEMBERS])
    record = make_record(owner)
    client.force_login(owner)
    client.post(f"/members/cpd/{record.pk}/edit/", record_form_data(evidence=[upload()]))
    client.logout()
    return record.evidence.get()


@pytest.fixture
def coordinator(db):
    return make_user("coordinator@example.org", roles=[COORDINATORS])


def ask_to_join(group):
    return Membership.ask_to_join(make_user("joiner@example.org", roles=[MEMBERS]), group)


def decide(client, group, membership):
    prefix = f"request-{membership.pk}"
    return client.post(f"{group.url}facilitate/requests/{membership.pk}/", {f"{prefix}-decision": "approve"})


def enter_code(client, authenticator, next_url):
    return client.post(f"{CODE_PAGE}?next={next_url}", {"code": current_totp_code(authenticator)})


def make_assessor():
    user = make_user("assessor@example.org")
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "view_application", "assess_application"])
    )
    return user


# --- A coordinator who has not set up 2FA, signed in with a password


def test_coordinator_without_2fa_cannot_download_a_members_evidence(client, coordinator, evidence):
    client.force_login(coordinator)

    response = client.get(f"/members/cpd/evidence/{evidence.pk}/")

    assert response.status_code != 200
    assert "Content-Disposition" not in response


def test_coordinator_without_2fa_cannot_see_a_groups_confidential_venue(client, coordinator, group):
    client.force_login(coordinator)

    response = client.get(group.url)

    assert response.status_code == 200
    assert VENUE_ADDRESS not in response.content.decode()


def test_coordinator_without_2fa_cannot_download_a_groups_calendar(client, coordinator, group):
    client.force_login(coordinator)

    response = client.get(group.url + "calendar/")

    assert response.status_code == 302
    assert response["Location"].startswith(SET_UP_PAGE)


def test_coordinator_without_2fa_cannot_decide_a_join_request(client, coordinator, group):
    membership = ask_to_join(group)
    client.force_login(coordinator)

    response = decide(client, group, membership)

    assert response.status_code == 302 and response["Location"].startswith(SET_UP_PAGE)
    membership.refresh_from_db()
    assert membership.status == Membership.Status.REQUESTED


def test_coordinator_without_2fa_is_sent_to_set_it_up_from_the_admin(client, coordinator):
    client.force_login(coordinator)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == f"{SET_UP_PAGE}?next=/admin/"


def test_coordinator_without_2fa_is_sent_to_set_it_up_from_a_facilitate_page(client, coordinator, group):
    client.force_login(coordinator)

    response = client.get(group.url + "facilitate/")

    assert response.status_code == 302
    assert response["Location"] == f"{SET_UP_PAGE}?next={group.url}facilitate/"


# --- A coordinator who has 2FA set up, but a password-only session (the side door)


def test_coordinator_with_2fa_but_a_password_only_session_is_sent_to_the_code_page(client, coordinator, group):
    give_mfa(coordinator)
    client.force_login(coordinator)

    assert client.get("/admin/")["Location"] == f"{CODE_PAGE}?next=/admin/"
    assert VENUE_ADDRESS not in client.get(group.url).content.decode()
    assert client.get(group.url + "calendar/")["Location"].startswith(CODE_PAGE)


def test_coordinator_with_2fa_but_a_password_only_session_cannot_download_evidence(client, coordinator, evidence):
    give_mfa(coordinator)
    client.force_login(coordinator)

    response = client.get(f"/members/cpd/evidence/{evidence.pk}/")

    assert response.status_code != 200
    assert "Content-Disposition" not in response


def test_coordinator_who_enters_a_valid_code_then_uses_their_powers(client, coordinator, group, evidence):
    authenticator = give_mfa(coordinator)
    membership = ask_to_join(group)
    client.force_login(coordinator)

    response = enter_code(client, authenticator, "/admin/")

    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert VENUE_ADDRESS in client.get(group.url).content.decode()
    assert client.get(f"/members/cpd/evidence/{evidence.pk}/").status_code == 200
    assert client.get(group.url + "calendar/").status_code == 200
    assert decide(client, group, membership).status_code == 302
    membership.refresh_from_db()
    assert membership.status == Membership.Status.APPROVED


def test_a_wrong_code_does_not_pass_the_second_factor(client, coordinator):
    give_mfa(coordinator)
    client.force_login(coordinator)

    client.post(f"{CODE_PAGE}?next=/admin/", {"code": "000000"})

    assert client.get("/admin/")["Location"].startswith(CODE_PAGE)


# --- Every kind of staff power: held back until the code, given after it


def editor():
    return make_user("editor@example.org", roles=[EDITORS])


def superuser():
    return make_user("root@example.org", is_superuser=True, is_staff=True)


@pytest.mark.parametrize(
    ("make_staff", "path"),
    [
        (editor, "/admin/pages/"),
        (make_assessor, "/admin/recruitment/applications/"),
        (superuser, "/admin/users/"),
    ],
    ids=["editor", "assessor", "superuser"],
)
def test_staff_with_a_password_only_session_reach_the_admin_only_after_a_code(client, make_staff, path):
    staff = make_staff()
    authenticator = give_mfa(staff)
    client.force_login(staff)

    assert client.get(path)["Location"] == f"{CODE_PAGE}?next={path}"
    enter_code(client, authenticator, path)
    assert client.get(path).status_code == 200


def test_superuser_with_a_password_only_session_holds_no_staff_role(client, group):
    root = superuser()
    give_mfa(root)
    client.force_login(root)

    assert VENUE_ADDRESS not in client.get(group.url).content.decode()
    assert client.get(group.url + "facilitate/")["Location"].startswith(CODE_PAGE)


def test_facilitator_with_a_password_only_session_reaches_their_facilitate_page_only_after_a_code(client, group):
    facilitator = make_user("facilitator@example.org", roles=[MEMBERS, FACILITATORS])
    add_facilitator(facilitator, group)
    authenticator = give_mfa(facilitator)
    client.force_login(facilitator)

    assert client.get(group.url + "facilitate/")["Location"] == f"{CODE_PAGE}?next={group.url}facilitate/"
    assert VENUE_ADDRESS not in client.get(group.url).content.decode()

    enter_code(client, authenticator, group.url + "facilitate/")

    assert client.get(group.url + "facilitate/").status_code == 200
    assert VENUE_ADDRESS in client.get(group.url).content.decode()


def test_staff_signed_in_with_password_and_code_use_their_powers_at_once(client, coordinator, group):
    sign_in_with_mfa(client, coordinator)

    assert client.get("/admin/").status_code == 200
    assert VENUE_ADDRESS in client.get(group.url).content.decode()


# --- Everyone else is unaffected; the way out and the way through stay open


def test_members_and_applicants_are_not_asked_for_a_second_factor(client, group):
    member = make_user("member@example.org", roles=[MEMBERS])
    applicant = make_user("applicant@example.org")
    for person in (member, applicant):
        client.force_login(person)
        assert client.get("/members/").status_code == 200
        assert client.get("/members/cpd/").status_code in (200, 403)
        assert client.get(group.url).status_code == 200


def test_public_pages_account_pages_and_sign_out_stay_reachable_while_the_code_is_pending(client, coordinator, group):
    give_mfa(coordinator)
    client.force_login(coordinator)

    assert client.get("/").status_code == 200
    assert client.get(group.url).status_code == 200
    assert client.get("/members/").status_code == 200
    assert client.get(CODE_PAGE).status_code == 200
    assert client.get("/accounts/email/").status_code == 200

    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


# allauth records a new authenticator once its transaction commits, so this test commits as production does.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_session_counts_as_passed_right_after_setting_up_an_authenticator(client, coordinator, group):
    client.post("/accounts/login/", {"login": coordinator.email, "password": DEFAULT_PASSWORD})
    assert client.get("/admin/")["Location"].startswith(SET_UP_PAGE)
    assert client.get(SET_UP_PAGE).status_code == 200
    code = current_totp_code(Authenticator(data={"secret": client.session[SECRET_SESSION_KEY]}))

    client.post(SET_UP_PAGE, {"code": code})

    assert Authenticator.objects.filter(user=coordinator, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200
    assert VENUE_ADDRESS in client.get(group.url).content.decode()


def test_a_superuser_without_the_code_this_session_is_not_let_through_a_members_only_page(client, index):
    """Wagtail lets superusers past every group restriction; while the code is owed they are like anyone else."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name=MEMBERS)])
    superuser = make_user("root@example.org", is_superuser=True)
    give_mfa(superuser)
    client.force_login(superuser)  # a password-only session

    refused = client.get(index.url)
    sign_in_with_mfa(client, superuser)
    allowed = client.get(index.url)

    assert refused.status_code == 302
    assert refused["Location"] == f"/accounts/2fa/reauthenticate/?next={index.url}"
    assert allowed.status_code == 200


# --- Setting up the authenticator straight after signing in


def test_staff_who_just_signed_in_set_up_an_authenticator_without_giving_their_password_again(client, coordinator):
    client.post("/accounts/login/", {"login": coordinator.email, "password": DEFAULT_PASSWORD})
    assert client.get("/admin/")["Location"].startswith(SET_UP_PAGE)

    set_up = client.get(SET_UP_PAGE)

    assert set_up.status_code == 200
    assert client.session[SECRET_SESSION_KEY] in set_up.content.decode()
    assert 'name="code"' in set_up.content.decode()


def test_staff_asked_again_for_their_password_once_the_sign_in_is_no_longer_recent(client, coordinator, monkeypatch):
    from allauth.account import app_settings as account_settings
    from allauth.account.internal.flows import reauthentication

    client.post("/accounts/login/", {"login": coordinator.email, "password": DEFAULT_PASSWORD})
    later = time.time() + account_settings.REAUTHENTICATION_TIMEOUT + 1
    monkeypatch.setattr(reauthentication, "time", SimpleNamespace(time=lambda: later))

    set_up = client.get(SET_UP_PAGE)

    assert set_up.status_code == 302
    assert set_up["Location"].startswith("/accounts/reauthenticate/")
