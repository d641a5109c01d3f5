"""Coordinators approve or decline requests in Wagtail admin, through the same step as the facilitate page."""

import pytest
from django.core import mail
from django.utils import timezone

from groups.models import Membership
from portal.confidentiality import disclosing_terms_found
from tests.factories import give_mfa, make_user, sign_in_with_mfa
from tests.groups.conftest import add_facilitator

pytestmark = pytest.mark.django_db

MEMBERSHIPS = "/admin/support-groups/memberships/"


@pytest.fixture
def member(db):
    return make_user("member@example.org", roles=["Members"], display_name="Morgan Lee")


@pytest.fixture
def request_to_join(group, member):
    return Membership.ask_to_join(member, group)


@pytest.fixture
def coordinator(db):
    person = make_user("coordinator@example.org", roles=["Members", "Coordinators"])
    give_mfa(person)
    return person


@pytest.fixture
def coordinator_client(client, coordinator):
    sign_in_with_mfa(client, coordinator)
    return client


def decide_url(membership):
    return f"{MEMBERSHIPS}edit/{membership.pk}/"


def decide(client, membership, decision, reason=""):
    return client.post(decide_url(membership), {"decision": decision, "reason": reason})


def test_a_coordinator_approves_a_request_in_admin_and_the_member_gets_a_neutral_email(
    coordinator_client, coordinator, request_to_join
):
    before = timezone.now()

    response = decide(coordinator_client, request_to_join, "approve")

    assert response.status_code == 302
    request_to_join.refresh_from_db()
    assert request_to_join.status == Membership.Status.APPROVED
    assert request_to_join.decided_at >= before
    step = request_to_join.events.last()
    assert (step.from_status, step.to_status, step.by) == ("requested", "approved", coordinator)
    assert step.at >= before
    (email,) = mail.outbox
    assert email.to == ["member@example.org"]
    assert email.subject == "Friday Wellbeing Meeting: your request has been accepted"
    assert disclosing_terms_found(email.subject) == []


def test_the_memberships_list_in_admin_leads_the_coordinator_to_the_decision_form(coordinator_client, request_to_join):
    listing = coordinator_client.get(MEMBERSHIPS).content.decode()
    assert decide_url(request_to_join) in listing

    html = coordinator_client.get(decide_url(request_to_join)).content.decode()

    assert "Approve" in html and "Decline" in html
    assert "Reason, if you decline" in html
    assert 'name="status"' not in html


def test_declining_in_admin_needs_a_reason_which_the_member_then_sees_on_the_group_page(
    client, coordinator, request_to_join, member, group
):
    sign_in_with_mfa(client, coordinator)
    refused = decide(client, request_to_join, "decline", reason="   ")

    assert refused.status_code == 200
    assert "Give a reason: the person will see it." in refused.content.decode()
    request_to_join.refresh_from_db()
    assert request_to_join.status == Membership.Status.REQUESTED
    assert mail.outbox == []

    decide(client, request_to_join, "decline", reason="The group is full until March; try Monday Online.")

    request_to_join.refresh_from_db()
    assert request_to_join.status == Membership.Status.DECLINED
    assert request_to_join.events.last().by == coordinator
    assert mail.outbox[0].subject == "Friday Wellbeing Meeting: an update on your request"
    client.force_login(member)
    html = client.get(group.url).content.decode()
    assert "Your request was declined" in html
    assert "The group is full until March; try Monday Online." in html


def test_an_approved_membership_cannot_be_approved_again_and_the_coordinator_is_told_why(
    coordinator_client, request_to_join
):
    request_to_join.approve(by=None)
    steps = request_to_join.events.count()

    response = decide(coordinator_client, request_to_join, "approve")

    assert response.status_code == 200
    assert "only a request waiting for an answer can be approved or declined" in response.content.decode()
    assert request_to_join.events.count() == steps
    assert mail.outbox == []


def test_the_admin_form_cannot_change_the_state_reason_or_history_directly(coordinator_client, request_to_join):
    request_to_join.approve(by=None)
    steps = request_to_join.events.count()

    coordinator_client.post(
        decide_url(request_to_join),
        {"status": "declined", "reason": "Sneaky", "decided_at": "2020-01-01 00:00", "user": "1", "group": "1"},
    )

    request_to_join.refresh_from_db()
    assert request_to_join.status == Membership.Status.APPROVED
    assert request_to_join.reason == ""
    assert request_to_join.events.count() == steps


def test_nobody_adds_a_membership_in_admin_it_starts_when_a_person_asks(client, request_to_join):
    superuser = make_user("root@example.org", is_superuser=True, is_staff=True)
    sign_in_with_mfa(client, superuser)

    assert client.get(f"{MEMBERSHIPS}new/").status_code != 200
    assert f"{MEMBERSHIPS}new/" not in client.get(MEMBERSHIPS).content.decode()


@pytest.mark.parametrize("who", ["facilitator", "member", "editor"])
def test_people_without_the_membership_permissions_cannot_reach_or_use_the_admin_decision(
    client, group, request_to_join, who
):
    if who == "facilitator":
        person = make_user("facilitator@example.org", roles=["Members", "Facilitators"])
        add_facilitator(person, group)
    elif who == "member":
        person = make_user("other@example.org", roles=["Members"])
    else:
        person = make_user("editor@example.org", roles=["Editors"])
        sign_in_with_mfa(client, person)

    for url in (MEMBERSHIPS, decide_url(request_to_join)):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "Morgan Lee" not in response.content.decode()
    decide(client, request_to_join, "approve")

    request_to_join.refresh_from_db()
    assert request_to_join.status == Membership.Status.REQUESTED
    assert request_to_join.events.count() == 1
    assert mail.outbox == []
