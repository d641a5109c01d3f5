"""Editors publish group pages but never reach a venue (rule 2): no venue permission, no facilitator field."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from wagtail.test.utils.form_data import querydict_from_html

from groups import access
from groups.models import FacilitatorAppointment
from tests.factories import make_user, sign_in_with_mfa
from tests.groups.conftest import VENUE_ADDRESS

pytestmark = pytest.mark.django_db

VENUES = "/admin/support-groups/venues/"


@pytest.fixture
def editor(db):
    return make_user("editor@example.org", roles=["Members", "Editors"])


@pytest.fixture
def editor_client(client, editor):
    sign_in_with_mfa(client, editor)
    return client


def venue_permissions(role):
    return Permission.objects.filter(
        group__name=role, content_type__app_label="groups", content_type__model="groupvenue"
    )


def test_after_migrating_editors_hold_no_venue_permission_and_coordinators_keep_theirs(db):
    assert list(venue_permissions("Editors")) == []
    assert {permission.codename for permission in venue_permissions("Coordinators")} == {
        "add_groupvenue",
        "change_groupvenue",
        "view_groupvenue",
    }


def test_only_coordinators_hold_the_facilitator_appointment_permissions(db):
    holders = Group.objects.filter(
        permissions__content_type__app_label="groups", permissions__content_type__model="facilitatorappointment"
    )
    assert set(holders.values_list("name", flat=True)) == {"Coordinators"}


@pytest.mark.parametrize("screen", ["", "new/", "edit/{pk}/"])
def test_an_editor_is_refused_the_venue_screens(editor_client, group, screen):
    # Wagtail answers a refusal inside admin by sending the person to the dashboard with an error, not a bare 403.
    response = editor_client.get(VENUES + screen.format(pk=group.venue.pk), follow=True)

    assert response.redirect_chain == [("/admin/", 302)]
    html = response.content.decode()
    assert "you do not have permission to access this area" in html
    assert "Hidden Mews" not in html and VENUES not in html


def test_a_coordinator_still_manages_venues(client, group):
    sign_in_with_mfa(client, make_user("coordinator@example.org", roles=["Coordinators"]))

    assert "Hidden Mews" in client.get(f"{VENUES}edit/{group.venue.pk}/").content.decode()


def test_the_group_page_form_has_no_facilitator_field(editor_client, group):
    response = editor_client.get(f"/admin/pages/{group.pk}/edit/")

    form = BeautifulSoup(response.content, "html.parser").find("form", id="page-edit-form")
    names = {field["name"] for field in form.select("[name]")}
    assert "title" in names
    assert not [name for name in names if "facilitator" in name]


def test_an_editor_posting_themselves_as_facilitator_changes_nothing(editor_client, editor, group):
    editor.groups.add(Group.objects.get(name="Facilitators"))  # as if they facilitated another group
    data = querydict_from_html(
        editor_client.get(f"/admin/pages/{group.pk}/edit/").content.decode(), form_id="page-edit-form"
    ).copy()
    data.setlist("facilitators", [str(editor.pk)])
    data["action-publish"] = "1"

    response = editor_client.post(f"/admin/pages/{group.pk}/edit/", {name: data.getlist(name) for name in data})

    assert response.status_code == 302
    assert not FacilitatorAppointment.objects.exists()
    assert not access.facilitates(editor, group)
    assert VENUE_ADDRESS.split(",")[0] not in editor_client.get(group.url).content.decode()
