"""The groups app through the portal's seams: dashboard panel, personal data, demo content."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import RequestFactory

from groups import access
from groups.models import FacilitatorAppointment, GroupPage, GroupVenue, MeetingLog, Membership, Signature
from portal.confidentiality import disclosing_terms_found
from portal.dashboard import dashboard_panels
from portal.personal_data import personal_data_handlers
from tests.factories import make_user
from tests.groups.conftest import AGREEMENT_TEXT, add_facilitator, approve, sign

pytestmark = pytest.mark.django_db


def panel_for(user):
    request = RequestFactory().get("/members/")
    request.user = user
    return next((panel for panel in dashboard_panels(request) if panel.title == "Your groups"), None)


def test_the_dashboard_panel_lists_a_members_groups_and_agreements_to_sign(group):
    member = make_user("member@example.org", roles=["Members"])
    approve(member, group)
    sign(member, group)
    group.agreement.publish_version(AGREEMENT_TEXT + "\nNew rule.")

    panel = panel_for(member)

    assert [status.group for status in panel.context["statuses"]] == [group]
    assert [status.is_resign for status in panel.context["pending"]] == [True]
    from django.template.loader import render_to_string

    html = render_to_string(panel.template_name, panel.context)
    assert "Sign the updated agreement of Friday Circle" in html


def test_no_dashboard_panel_for_someone_without_groups(db):
    assert panel_for(make_user("nobody@example.org")) is None


def handler():
    return next(handler for handler in personal_data_handlers() if handler.name == "groups")


def test_a_members_memberships_and_signatures_are_exported(group):
    member = make_user("member@example.org", roles=["Members"])
    approve(member, group)
    sign(member, group, name="Sam Smith")

    data = handler().export(member)

    assert data["memberships"][0]["group"] == "Friday Circle"
    assert data["memberships"][0]["status"] == "Approved"
    assert data["agreement_signatures"][0]["typed_name"] == "Sam Smith"
    assert data["agreement_signatures"][0]["text"] == AGREEMENT_TEXT
    import json

    json.dumps(data)


def test_a_facilitators_current_and_past_appointments_are_exported(make_group, group):
    facilitator = make_user("facilitator@example.org", roles=["Members"])
    add_facilitator(facilitator, group).stand_down(by=None)
    add_facilitator(facilitator, make_group(slug="monday", title="Monday Circle", signage="Monday Meeting"))

    appointments = handler().export(facilitator)["facilitator_appointments"]

    assert [(row["group"], row["stood_down_at"] is None) for row in appointments] == [
        ("Friday Circle", False),
        ("Monday Circle", True),
    ]


def test_erasing_a_coordinator_keeps_the_appointments_they_made_without_their_name(group):
    coordinator = make_user("coordinator@example.org", roles=["Coordinators"])
    facilitator = make_user("facilitator@example.org", roles=["Members"])
    appointment = add_facilitator(facilitator, group, by=coordinator)

    handler().erase(coordinator)

    appointment.refresh_from_db()
    assert appointment.is_current and appointment.appointed_by is None


def test_erasing_a_member_anonymises_signatures_removes_memberships_and_keeps_meeting_counts(group):
    member = make_user("member@example.org", roles=["Members"])
    facilitator = make_user("facilitator@example.org", roles=["Members", "Facilitators"])
    add_facilitator(facilitator, group)
    approve(member, group)
    sign(member, group, name="Sam Smith")
    log = MeetingLog.objects.create(group=group, attendance=6, logged_by=facilitator)
    log.facilitators_present.add(facilitator)
    other = make_user("other@example.org", roles=["Members"])
    approve(other, group)
    sign(other, group, name="Other Person")

    handler().erase(member)
    handler().erase(facilitator)

    assert not Membership.objects.filter(user=member).exists()
    erased = Signature.objects.get(version=group.agreement.current_version, user=None)
    assert erased.typed_name == "(removed)"
    assert Signature.objects.filter(user=other, typed_name="Other Person").exists()
    log.refresh_from_db()
    assert log.attendance == 6 and log.logged_by is None and not log.facilitators_present.exists()
    assert not FacilitatorAppointment.objects.filter(user=facilitator).exists()


def load(*args):
    call_command("load_demo_content", *args, stdout=io.StringIO())


def test_demo_content_has_groups_with_safe_signage_venues_agreements_and_demo_people(db):
    load("--with-demo-users")

    groups = list(GroupPage.objects.live())
    assert len(groups) >= 4
    for group in groups:
        assert disclosing_terms_found(group.signage_wording) == []
        assert GroupVenue.objects.filter(group=group).exists()
        assert group.agreement.current_version is not None
    women = GroupPage.objects.get(slug="women-together")
    assert access.facilitates(get_user_model().objects.get(email="facilitator@example.org"), women)
    member = Membership.objects.get(user__email="member@example.org", group=women)
    assert member.status == Membership.Status.APPROVED
    assert Signature.objects.filter(user=member.user, version=women.agreement.current_version).exists()

    counts = (
        GroupPage.objects.count(),
        Membership.objects.count(),
        Signature.objects.count(),
        GroupVenue.objects.count(),
        women.agreement.versions.count(),
        women.revisions.count(),
    )
    load("--with-demo-users")
    women.refresh_from_db()
    assert counts == (
        GroupPage.objects.count(),
        Membership.objects.count(),
        Signature.objects.count(),
        GroupVenue.objects.count(),
        women.agreement.versions.count(),
        women.revisions.count(),
    )
