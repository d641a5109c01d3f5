"""Nasty input to the application form never causes a 500, and stored script is never run on any page."""

import pytest

from recruitment.models import Application, Stage
from tests.recruitment.helpers import complete_form_data

pytestmark = pytest.mark.django_db

# A NUL character is refused before any form sees it: tests/security/test_request_guards.py.
SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
NASTY_VALUES = {
    "100 kB of text": "a" * 100_000,
    "control characters": "line\x01\x02\x1b[31m\x7f end",
    "HTML and script": SCRIPT,
    "emoji and other scripts": "🙂🏳️‍🌈 مرحبا 你好 \u202e reversed",
    "only whitespace": "   \t\n  ",
    "a very long single line": "x" * 5000 + "\r\n" * 200,
    "a template tag": "{{ request.user.email }} {% csrf_token %}",
}


def form_fields(form_page):
    core = ["contact_name", "contact_email", "contact_phone", "availability", "health_consent"]
    return core + [f"q-{field.clean_name}" for field in form_page.get_form_fields()]


@pytest.mark.parametrize("action", ["submit", "save_draft"])
@pytest.mark.parametrize("kind", list(NASTY_VALUES))
def test_nasty_values_in_any_field_never_cause_a_server_error(client, applicant, form_page, action, kind):
    client.force_login(applicant)
    for field in form_fields(form_page):
        data = complete_form_data(form_page, action=action)
        data[field] = NASTY_VALUES[kind]

        response = client.post(form_page.url, data)

        assert response.status_code in (200, 302), (field, response.status_code)
        Application.objects.filter(applicant=applicant).delete()


@pytest.mark.parametrize(
    "overrides",
    [
        {"contact_email": ["a@example.org", "b@example.org"]},
        {"health_consent": "maybe"},
        {"availability": ["one", "two", "three"]},
        {"action": "delete_everything"},
        {"action": ""},
        {"contact_phone": "0" * 500},
        {"contact_email": "not-an-email"},
    ],
)
def test_wrong_types_and_shapes_are_refused_with_a_message_or_handled(client, applicant, form_page, overrides):
    client.force_login(applicant)

    response = client.post(form_page.url, complete_form_data(form_page, **overrides))

    assert response.status_code in (200, 302)


def test_a_choice_that_was_never_offered_is_refused(client, applicant, role):
    form_page = role.get_siblings().get(slug="telephone-online-supporter").specific.application_form
    checkboxes = next(field for field in form_page.get_form_fields() if field.field_type == "checkboxes")
    client.force_login(applicant)

    response = client.post(form_page.url, complete_form_data(form_page, **{f"q-{checkboxes.clean_name}": "Midnight"}))

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_a_100_kb_answer_is_refused_with_a_clear_message_and_kept(client, applicant, form_page):
    client.force_login(applicant)
    field = f"q-{form_page.get_form_fields()[0].clean_name}"

    response = client.post(form_page.url, complete_form_data(form_page, **{field: "a" * 100_000}))

    assert response.status_code == 200
    assert "at most 5000 characters" in response.content.decode()
    assert not Application.objects.exists()


def test_too_many_form_fields_are_refused_without_a_server_error(client, applicant, form_page):
    client.force_login(applicant)
    data = complete_form_data(form_page)
    data.update({f"junk{number}": "x" for number in range(11_000)})

    response = client.post(form_page.url, data)

    assert response.status_code == 400


def test_stored_script_is_shown_as_text_to_the_applicant_and_the_coordinator(client, applicant, coordinator, form_page):
    client.force_login(applicant)
    data = complete_form_data(form_page, contact_name=SCRIPT, availability=SCRIPT)
    for field in form_page.get_form_fields():
        data[f"q-{field.clean_name}"] = SCRIPT
    client.post(form_page.url, data)
    application = Application.objects.get(applicant=applicant)
    assert application.stage == Stage.SUBMITTED

    pages = [client.get(f"/volunteer/applications/{application.pk}/"), client.get("/volunteer/applications/")]
    client.force_login(coordinator)
    pages += [
        client.get(f"/admin/recruitment/applications/inspect/{application.pk}/"),
        client.get("/admin/recruitment/applications/"),
    ]

    for response in pages:
        html = response.content.decode()
        assert response.status_code == 200
        assert "<script>alert" not in html and "onerror=alert" not in html.replace("&lt;img src=x onerror=alert", "")
    assert "&lt;script&gt;alert" in pages[0].content.decode()
    assert "&lt;script&gt;alert" in pages[2].content.decode()


def test_stored_script_in_feedback_is_shown_as_text(client, applicant, coordinator, role):
    from tests.recruitment.helpers import submitted_application

    application = submitted_application(applicant, role)
    application.move_to(Stage.NOT_SHORTLISTED, by=coordinator, feedback=SCRIPT, signposting=SCRIPT, notify=False)
    client.force_login(applicant)

    html = client.get(f"/volunteer/applications/{application.pk}/").content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
