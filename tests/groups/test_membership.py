"""Asking to join, being approved or declined (with a reason the person sees), and the emails about it."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from groups.models import Membership
from groups.notifications import decision_subject
from portal.confidentiality import disclosing_terms_found
from tests.factories import make_user, sign_in_with_mfa
from tests.groups.conftest import add_facilitator

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(db):
    return make_user("member@example.org", roles=["Members"], display_name="Morgan Lee")


@pytest.fixture
def facilitator(group):
    person = make_user("facilitator@example.org", roles=["Members", "Facilitators"])
    add_facilitator(person, group)
    return person


def decide(client, group, membership, decision, reason=""):
    prefix = f"request-{membership.pk}"
    return client.post(
        f"{group.url}facilitate/requests/{membership.pk}/",
        {f"{prefix}-decision": decision, f"{prefix}-reason": reason},
    )


def test_a_signed_in_person_asks_to_join_and_the_page_says_the_request_is_waiting(client, group, member):
    client.force_login(member)

    response = client.post(group.url + "join/", follow=True)

    assert Membership.objects.get(user=member, group=group).status == Membership.Status.REQUESTED
    assert "You have asked to join" in response.content.decode()


def test_an_anonymous_visitor_asking_to_join_is_sent_to_sign_in(client, group):
    response = client.post(group.url + "join/")

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Membership.objects.exists()


def test_the_facilitator_approves_a_request_and_the_member_gets_a_neutral_email(client, group, member, facilitator):
    membership = Membership.ask_to_join(member, group)
    sign_in_with_mfa(client, facilitator)

    response = decide(client, group, membership, "approve")

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == Membership.Status.APPROVED
    assert [event.to_status for event in membership.events.all()] == ["requested", "approved"]
    assert membership.events.last().by == facilitator
    (email,) = mail.outbox
    assert email.to == ["member@example.org"]
    assert email.subject == "Friday Wellbeing Meeting: your request has been accepted"
    assert disclosing_terms_found(email.subject) == []
    assert "/members/agreements/" in email.body


def test_a_declined_person_sees_the_reason_on_the_group_page(client, group, member, facilitator):
    membership = Membership.ask_to_join(member, group)
    sign_in_with_mfa(client, facilitator)
    decide(client, group, membership, "decline", reason="The group is full until March; try Monday Online.")

    client.force_login(member)
    html = client.get(group.url).content.decode()

    assert "Your request was declined" in html
    assert "The group is full until March; try Monday Online." in html
    assert "Ask to join again" in html
    assert mail.outbox[0].subject == "Friday Wellbeing Meeting: an update on your request"


def test_declining_without_a_reason_is_refused_and_keeps_the_request_open(client, group, member, facilitator):
    membership = Membership.ask_to_join(member, group)
    sign_in_with_mfa(client, facilitator)

    response = decide(client, group, membership, "decline", reason="   ")

    assert response.status_code == 400
    assert "Give a reason: the person will see it." in response.content.decode()
    membership.refresh_from_db()
    assert membership.status == Membership.Status.REQUESTED
    assert mail.outbox == []


def test_a_facilitator_cannot_decide_requests_for_another_group(client, make_group, member, group):
    other = make_group(slug="other", title="Other", signage="Other Meeting")
    stranger = make_user("stranger@example.org", roles=["Members", "Facilitators"])
    add_facilitator(stranger, other)
    membership = Membership.ask_to_join(member, group)
    sign_in_with_mfa(client, stranger)

    assert decide(client, group, membership, "approve").status_code == 403
    assert decide(client, other, membership, "approve").status_code == 404
    membership.refresh_from_db()
    assert membership.status == Membership.Status.REQUESTED


def test_only_allowed_steps_can_be_taken_and_each_is_recorded(group, member):
    membership = Membership.ask_to_join(member, group)

    with pytest.raises(ValidationError):
        membership.change_status(Membership.Status.LEFT, by=None)
    membership.decline(by=None, reason="Full")
    with pytest.raises(ValidationError):
        membership.approve(by=None)
    Membership.ask_to_join(member, group)
    membership.refresh_from_db()
    membership.approve(by=None)

    assert [event.to_status for event in membership.events.all()] == ["requested", "declined", "requested", "approved"]
    assert membership.reason == ""


def test_an_email_subject_falls_back_to_neutral_wording_when_the_signage_would_now_disclose(group, member):
    from wagtail.models import Site

    from home.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.disclosing_terms += "\nWellbeing"
    settings.save()
    membership = Membership.ask_to_join(member, group)
    membership.approve(by=None)

    assert decision_subject(membership) == "Your request has been accepted"


def test_sending_a_decision_with_neither_approve_nor_decline_chosen_says_so_and_keeps_the_note(
    client, group, member, facilitator
):
    membership = Membership.ask_to_join(member, group)
    sign_in_with_mfa(client, facilitator)

    response = client.post(
        f"{group.url}facilitate/requests/{membership.pk}/",
        {f"request-{membership.pk}-reason": "The group is full until March."},
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert "Choose approve or decline." in html
    assert f'aria-describedby="id_request-{membership.pk}-decision_error"' in html
    assert "The group is full until March." in html
    membership.refresh_from_db()
    assert membership.status == Membership.Status.REQUESTED
    assert membership.events.count() == 1
    assert not mail.outbox


def test_the_decision_form_leaves_a_missing_choice_to_the_server_to_explain(client, group, member, facilitator):
    Membership.ask_to_join(member, group)
    sign_in_with_mfa(client, facilitator)

    html = client.get(group.url + "facilitate/").content.decode()

    decision_form = html[html.index("Requests to join") : html.index("Approved members")]
    assert "novalidate" in decision_form


def test_requests_and_members_show_initials_from_the_words_of_the_name_told_apart_when_shared(
    client, group, facilitator
):
    for email, name in [("morgan@example.org", "Morgan (member)"), ("max@example.org", "max!")]:
        Membership.ask_to_join(make_user(email, roles=["Members"], display_name=name), group).approve(by=None)
    for email, name in [("tam@example.org", "Tam"), ("tom@example.org", "Tom-Jo (new) O'Neil"), ("t@example.org", "T")]:
        Membership.ask_to_join(make_user(email, roles=["Members"], display_name=name), group)
    sign_in_with_mfa(client, facilitator)

    html = client.get(group.url + "facilitate/").content.decode()

    assert "<td>M.</td>" in html and "<td>M. (2)</td>" in html
    assert "Request from T.," in html and "Request from T.O.," in html and "Request from T. (2)," in html
    assert "M(" not in html and "T(" not in html


def test_an_approved_member_is_not_offered_to_join_again(client, group, member):
    Membership.ask_to_join(member, group).approve(by=None)
    client.force_login(member)

    html = client.get(group.url).content.decode()

    assert "Ask to join" not in html
    assert "You are a member of this group." in html
