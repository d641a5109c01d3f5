"""An applicant signs in, fills the role's form (core + editor questions), saves a draft, resumes and submits."""

import pytest
from django.core import mail

from recruitment.forms import HEALTH_CONSENT_VERSION, HEALTH_CONSENT_WORDING
from recruitment.models import Application, ApplicationFormSubmission, Stage
from tests.recruitment.helpers import complete_form_data

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_is_sent_to_sign_in_and_back_to_the_form(client, form_page):
    response = client.get(form_page.url)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={form_page.url}"


def test_signup_link_on_the_role_page_returns_to_the_form(client, role):
    page = client.get(role.url).content.decode()

    assert f'href="/accounts/signup/?next={role.application_form.url}"' in page


def test_form_asks_the_fixed_core_and_the_editors_questions(client, applicant, form_page):
    client.force_login(applicant)

    page = client.get(form_page.url).content.decode()

    for label in ("Your name", "Email address", "When are you available?", form_page.get_form_fields()[0].label):
        assert label in page
    assert "One-to-one Peer Mentor" in page
    assert "special-category" in page and "HIV" in page
    consent_input = page[page.index('name="health_consent"') - 200 : page.index('name="health_consent"') + 100]
    assert "checked" not in consent_input


def test_submitting_records_the_application_answers_consent_and_history(
    client, applicant, form_page, django_capture_on_commit_callbacks
):
    client.force_login(applicant)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_page.url, complete_form_data(form_page))

    application = Application.objects.get(applicant=applicant)
    assert response.status_code == 302 and response["Location"] == f"/volunteer/applications/{application.pk}/"
    assert application.stage == Stage.SUBMITTED and application.submitted_at
    assert application.health_consent_given_at and application.health_consent_version == HEALTH_CONSENT_VERSION
    submission = ApplicationFormSubmission.objects.get(application=application)
    assert submission.user == applicant
    assert all(value.startswith("My answer") for value in submission.form_data.values())
    assert [event.to_stage for event in application.events.all()] == [Stage.SUBMITTED]
    assert mail.outbox[-1].to == [applicant.email]


def test_missing_consent_is_refused_and_everything_typed_is_kept(client, applicant, form_page):
    client.force_login(applicant)
    data = complete_form_data(form_page, availability="Only on Thursdays")
    del data["health_consent"]
    first_question = f"q-{form_page.get_form_fields()[0].clean_name}"
    data[first_question] = "Because I remember how it felt"

    response = client.post(form_page.url, data)

    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Tick the box to agree" in page
    assert "Only on Thursdays" in page and "Because I remember how it felt" in page
    assert not Application.objects.exists()


def test_a_draft_saves_without_checks_and_resumes_with_the_answers(client, applicant, form_page):
    client.force_login(applicant)
    first_question = f"q-{form_page.get_form_fields()[0].clean_name}"

    response = client.post(form_page.url, {"action": "save_draft", "availability": "Mondays", first_question: "Half"})

    assert response.status_code == 302
    application = Application.objects.get(applicant=applicant)
    assert application.stage == Stage.DRAFT
    assert not application.events.exists() and not mail.outbox
    resumed = client.get(form_page.url).content.decode()
    assert "continuing a draft" in resumed and "Mondays" in resumed and "Half" in resumed


def test_submitting_a_resumed_draft_keeps_one_application(client, applicant, form_page):
    client.force_login(applicant)
    client.post(form_page.url, {"action": "save_draft", "availability": "Mondays"})

    client.post(form_page.url, complete_form_data(form_page))

    application = Application.objects.get(applicant=applicant)
    assert application.stage == Stage.SUBMITTED and application.draft_data == {}


def test_one_live_application_per_role_per_person(client, applicant, form_page):
    client.force_login(applicant)
    client.post(form_page.url, complete_form_data(form_page))

    response = client.get(form_page.url)
    again = client.post(form_page.url, complete_form_data(form_page))

    assert response.status_code == 302 and "/volunteer/applications/" in response["Location"]
    assert again.status_code == 302
    assert Application.objects.filter(applicant=applicant).count() == 1


def test_after_withdrawing_a_person_may_apply_again(client, applicant, form_page):
    client.force_login(applicant)
    client.post(form_page.url, complete_form_data(form_page))
    first = Application.objects.get(applicant=applicant)
    client.post(f"/volunteer/applications/{first.pk}/withdraw/")

    client.post(form_page.url, complete_form_data(form_page))

    assert Application.objects.filter(applicant=applicant).count() == 2
    assert Application.objects.live().get(applicant=applicant).stage == Stage.SUBMITTED


def test_the_consent_wording_names_the_special_category_data():
    assert "HIV" in HEALTH_CONSENT_WORDING and "special-category" in HEALTH_CONSENT_WORDING
