"""Demo content for the volunteer section, and the admin seams (form submissions stay out of Wagtail's forms)."""

import io

import pytest
from django.core.management import call_command
from wagtail.contrib.forms.utils import get_forms_for_user

from portal.roles import EDITORS
from recruitment.models import Application, ApplicationFormPage, RoleDescriptionPage, Stage
from tests.factories import make_user, sign_in_with_mfa

pytestmark = pytest.mark.django_db


def test_demo_users_come_with_applications_at_several_stages():
    call_command("load_demo_content", "--with-demo-users", stdout=io.StringIO())

    stages = dict(Application.objects.values_list("applicant__email", "stage"))
    assert stages["applicant@example.org"] == Stage.SUBMITTED
    assert stages["trainee@example.org"] == Stage.OFFERED
    assert stages["member@example.org"] == Stage.INTERVIEW_ARRANGED
    assert RoleDescriptionPage.objects.live().count() == 3
    assert all(role.criteria.exists() and role.application_form for role in RoleDescriptionPage.objects.all())

    call_command("load_demo_content", "--with-demo-users", stdout=io.StringIO())
    assert Application.objects.count() == 3


def test_editors_do_not_see_application_answers_in_wagtails_form_submissions(site_with_roles):
    editor = make_user("eden@example.org", roles=[EDITORS])

    forms = get_forms_for_user(editor)

    assert not forms.type(ApplicationFormPage).exists()


def test_editors_build_roles_and_application_forms_in_the_page_editor(client, site_with_roles):
    from tests.factories import give_mfa

    editor = make_user("eden@example.org", roles=[EDITORS])
    give_mfa(editor)
    role = RoleDescriptionPage.objects.get(slug="peer-mentor")
    sign_in_with_mfa(client, editor)

    role_editor = client.get(f"/admin/pages/{role.pk}/edit/")
    form_editor = client.get(f"/admin/pages/{role.application_form.pk}/edit/")

    assert role_editor.status_code == 200 and "Person specification" in role_editor.content.decode()
    assert form_editor.status_code == 200 and "may contain health information" in form_editor.content.decode().lower()
    assert RoleDescriptionPage.can_create_at(role.get_parent())
    assert not ApplicationFormPage.can_create_at(role)  # one form per role, and it is already there


def test_coordinator_sees_an_export_button_on_the_application_list(client, coordinator):
    sign_in_with_mfa(client, coordinator)

    assert "/admin/recruitment/applications/export/" in client.get("/admin/recruitment/applications/").content.decode()


def test_the_dashboard_shows_the_your_applications_panel(client, applicant, role):
    from tests.recruitment.helpers import submitted_application

    submitted_application(applicant, role)
    client.force_login(applicant)

    page = client.get("/members/").content.decode()

    assert "Your applications" in page and role.title in page
