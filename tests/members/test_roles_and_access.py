"""Role groups, the 403 page for people outside a page's group, and two-factor authentication for staff."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

from portal.roles import COORDINATORS, EDITORS, MEMBERS, ROLE_GROUPS, TRAINEES
from tests.factories import make_user, sign_in_with_mfa

pytestmark = pytest.mark.django_db


def test_the_five_role_groups_exist_after_migrate():
    assert set(ROLE_GROUPS) <= set(Group.objects.values_list("name", flat=True))
    assert set(ROLE_GROUPS) == {"Trainees", "Members", "Facilitators", "Coordinators", "Editors"}


def test_editors_can_use_the_admin_and_publish_pages():
    editor = make_user("editor@example.org", roles=[EDITORS])
    root = Page.get_first_root_node()

    publish = GroupPagePermission.objects.filter(group__name=EDITORS, page=root, permission__codename="publish_page")
    assert editor.has_perm("wagtailadmin.access_admin")
    assert editor.has_perm("wagtaildocs.add_document")
    assert publish.exists()


def test_coordinators_can_use_the_admin_but_members_cannot():
    coordinator = make_user("coordinator@example.org", roles=[COORDINATORS])
    member = make_user("member@example.org", roles=[MEMBERS])

    assert coordinator.has_perm("wagtailadmin.access_admin")
    assert not member.has_perm("wagtailadmin.access_admin")


def test_signed_in_person_without_the_group_sees_403_not_a_redirect_loop(client, demo_site):
    client.force_login(make_user("applicant@example.org"))

    response = client.get("/training/")

    assert response.status_code == 403
    assert "You do not have access to this page" in response.content.decode()
    # And the login page does not bounce a signed-in person elsewhere, so no loop can form.
    assert client.get("/accounts/login/?next=/training/").status_code == 200


def test_anonymous_visitor_to_a_group_page_is_asked_to_sign_in(client, demo_site):

    response = client.get("/training/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/training/")


def test_trainee_can_open_the_training_section(client, demo_site):
    client.force_login(make_user("trainee@example.org", roles=[TRAINEES]))

    response = client.get("/training/")

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_staff_without_two_factor_authentication_are_sent_to_set_it_up(client):
    client.force_login(make_user("editor@example.org", roles=[EDITORS]))

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/?next=/admin/"


def test_staff_with_two_factor_authentication_can_use_the_admin(client):
    editor = make_user("editor@example.org", roles=[EDITORS])
    sign_in_with_mfa(client, editor)

    assert client.get("/admin/").status_code == 200


def test_superusers_need_two_factor_authentication_too(client):
    admin = make_user("root@example.org", is_superuser=True, is_staff=True)
    client.force_login(admin)

    assert client.get("/admin/pages/")["Location"] == "/accounts/2fa/totp/activate/?next=/admin/pages/"


def test_wagtails_own_login_form_is_replaced_by_the_one_with_two_factor_authentication(client):
    response = client.get("/admin/login/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"


def test_admin_sends_anonymous_visitors_to_the_portal_login(client):
    response = client.get("/admin/")

    assert response["Location"].startswith("/accounts/login/")


def test_djangos_own_admin_is_not_exposed(client):
    assert client.get("/django-admin/").status_code == 404


def test_staff_create_a_user_in_wagtail_admin_with_a_display_name_and_no_real_name(client):
    admin = make_user("root@example.org", is_superuser=True, is_staff=True)
    sign_in_with_mfa(client, admin)
    form_page = client.get("/admin/users/new/")
    assert 'name="display_name"' in form_page.content.decode()

    response = client.post(
        "/admin/users/new/",
        {
            "email": "new.volunteer@example.org",
            "display_name": "Robin",
            "first_name": "",
            "last_name": "",
            "password1": "a-long-unusual-passphrase",
            "password2": "a-long-unusual-passphrase",
            "groups": [Group.objects.get(name=MEMBERS).pk],
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    created = get_user_model().objects.get(email="new.volunteer@example.org")
    assert created.display_name == "Robin"
    assert created.groups.filter(name=MEMBERS).exists()
