"""The coordinator's work in Wagtail admin: list, open (logged), shortlist, interview, assess twice, decide, export."""

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from portal.roles import TRAINEES
from recruitment.models import Application, ApplicationAccessLog, Assessment, RoleDescriptionPage, Stage
from tests.factories import make_user, sign_in_with_mfa
from tests.recruitment.helpers import application_at, assess, submitted_application

pytestmark = pytest.mark.django_db

ADMIN = "/admin/recruitment/applications/"


def days_ahead(days):
    """A local date and time `days` from now, as the datetime-local input sends it, and as the applicant reads it."""
    moment = timezone.localtime() + timedelta(days=days)
    moment = moment.replace(hour=14, minute=30)
    return moment.strftime("%Y-%m-%dT%H:%M"), moment.strftime("%-d %B %Y, %H:%M")


def scores_post(application, score="3", notes="Clear examples"):
    data = {"notes": "Overall fine"}
    for criterion in application.role.criteria.all():
        data[f"score_{criterion.pk}"] = score
        data[f"notes_{criterion.pk}"] = notes
    return data


def test_coordinator_lists_submitted_applications_but_never_drafts(client, coordinator, applicant, role):
    submitted = submitted_application(applicant, role)
    Application.objects.create(applicant=make_user("drafty@example.org"), role=role, role_title=role.title)
    sign_in_with_mfa(client, coordinator)

    response = client.get(ADMIN)

    assert response.status_code == 200
    assert submitted.reference in response.content.decode()
    assert response.context["object_list"].count() == 1


def test_coordinator_filters_by_role_stage_and_date(client, coordinator, applicant, role):
    other_role = RoleDescriptionPage.objects.get(slug="group-facilitator")
    mentor = submitted_application(applicant, role)
    facilitator = submitted_application(make_user("bo@example.org"), other_role)
    facilitator.move_to(Stage.SHORTLISTED, by=coordinator, notify=False)
    sign_in_with_mfa(client, coordinator)

    by_role = client.get(ADMIN, {"role": role.pk}).context["object_list"]
    by_stage = client.get(ADMIN, {"stage": "shortlisted"}).context["object_list"]
    by_date = client.get(ADMIN, {"submitted_at_from": "2000-01-01", "submitted_at_to": "2000-12-31"})

    assert list(by_role) == [mentor]
    assert list(by_stage) == [facilitator]
    assert by_date.context["object_list"].count() == 0


def test_listing_queries_do_not_grow_with_the_number_of_applications(
    client, coordinator, role, django_assert_max_num_queries
):
    for number in range(12):
        submitted_application(make_user(f"person{number}@example.org"), role)
    sign_in_with_mfa(client, coordinator)

    with django_assert_max_num_queries(40):
        assert client.get(ADMIN).status_code == 200


def test_opening_an_application_is_recorded_in_the_access_log(client, coordinator, applicant, role):
    application = submitted_application(applicant, role)
    sign_in_with_mfa(client, coordinator)

    response = client.get(f"{ADMIN}inspect/{application.pk}/")

    assert response.status_code == 200
    assert "Answer to" in response.content.decode()
    entry = ApplicationAccessLog.objects.get()
    assert (entry.user, entry.application, entry.action) == (coordinator, application, ApplicationAccessLog.VIEWED)
    assert entry.at is not None
    assert client.get("/admin/recruitment/access-log/").status_code == 200


def test_coordinator_shortlists_then_arranges_a_phone_interview(
    client, coordinator, applicant, role, django_capture_on_commit_callbacks
):
    application = submitted_application(applicant, role)
    interview_at, shown_as = days_ahead(4)
    sign_in_with_mfa(client, coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{ADMIN}shortlist/{application.pk}/", {"feedback": "Looking forward to talking"})
        response = client.post(
            f"{ADMIN}interview/{application.pk}/",
            {"interview_at": interview_at, "interview_format": "phone", "interview_place": "We will call you"},
        )

    application.refresh_from_db()
    assert response.status_code == 302
    assert application.stage == Stage.INTERVIEW_ARRANGED
    assert application.interview_format == "phone" and application.interview_place == "We will call you"
    assert shown_as in application.events.last().detail
    assert len(mail.outbox) == 2


def test_an_interview_in_the_past_is_refused_beside_the_field_and_nothing_changes(
    client, coordinator, applicant, role, django_capture_on_commit_callbacks
):
    application = application_at(Stage.SHORTLISTED, applicant, role, coordinator)
    yesterday, _shown_as = days_ahead(-1)
    sign_in_with_mfa(client, coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{ADMIN}interview/{application.pk}/",
            {"interview_at": yesterday, "interview_format": "phone", "interview_place": "We will call you"},
        )

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["interview_at"] == ["That date and time has passed: choose one in the future."]
    assert form["interview_place"].value() == "We will call you"
    application.refresh_from_db()
    assert application.stage == Stage.SHORTLISTED and application.interview_at is None
    assert not mail.outbox


def test_coordinator_declines_with_feedback_and_signposting(client, coordinator, applicant, role):
    application = submitted_application(applicant, role)
    sign_in_with_mfa(client, coordinator)

    client.post(
        f"{ADMIN}decline/{application.pk}/", {"feedback": "Not enough detail", "signposting": "The drop-in on Fridays"}
    )

    application.refresh_from_db()
    event = application.events.last()
    assert application.stage == Stage.NOT_SHORTLISTED
    assert (event.feedback, event.signposting) == ("Not enough detail", "The drop-in on Fridays")


def test_declining_without_feedback_is_refused_with_a_message(client, coordinator, applicant, role):
    application = submitted_application(applicant, role)
    sign_in_with_mfa(client, coordinator)

    response = client.post(f"{ADMIN}decline/{application.pk}/", {"feedback": ""})

    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    application.refresh_from_db()
    assert application.stage == Stage.SUBMITTED


def test_two_assessors_score_every_criterion_and_the_record_shows_both_and_totals(
    client, coordinator, assessor, applicant, role
):
    application = application_at(Stage.INTERVIEW_ARRANGED, applicant, role, coordinator)
    criteria_count = role.criteria.count()

    sign_in_with_mfa(client, assessor)
    client.post(f"{ADMIN}assess/{application.pk}/", scores_post(application, "2"))
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEW_ARRANGED
    sign_in_with_mfa(client, coordinator)
    client.post(f"{ADMIN}assess/{application.pk}/", scores_post(application, "4"))

    application.refresh_from_db()
    assert application.stage == Stage.ASSESSED
    assert Assessment.objects.filter(application=application).count() == 2
    record = client.get(f"{ADMIN}inspect/{application.pk}/")
    totals = [total for _assessment, total in record.context["per_assessor"]]
    assert sorted(totals) == [2 * criteria_count, 4 * criteria_count]
    assert record.context["combined_total"] == 6 * criteria_count


def test_an_assessment_must_score_every_criterion_between_1_and_4(client, assessor, coordinator, applicant, role):
    application = application_at(Stage.INTERVIEW_ARRANGED, applicant, role, coordinator)
    data = scores_post(application, "5")
    sign_in_with_mfa(client, assessor)

    response = client.post(f"{ADMIN}assess/{application.pk}/", data)

    assert response.status_code == 200
    assert not Assessment.objects.exists()


def test_a_decision_needs_both_assessments_and_the_coordinators_confirmation(
    client, coordinator, assessor, applicant, role
):
    application = application_at(Stage.INTERVIEW_ARRANGED, applicant, role, coordinator)
    sign_in_with_mfa(client, coordinator)
    decision = {"decision": "offered", "feedback": "Welcome", "signposting": "", "confirm": "on"}

    too_early = client.post(f"{ADMIN}decide/{application.pk}/", decision)
    assert too_early.status_code == 200
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEW_ARRANGED

    assess(application, assessor)
    assess(application, coordinator)
    application.move_to(Stage.ASSESSED, by=coordinator, notify=False)
    unconfirmed = client.post(f"{ADMIN}decide/{application.pk}/", {**decision, "confirm": ""})
    assert unconfirmed.status_code == 200
    application.refresh_from_db()
    assert application.stage == Stage.ASSESSED

    client.post(f"{ADMIN}decide/{application.pk}/", decision)
    application.refresh_from_db()
    assert application.stage == Stage.OFFERED
    assert applicant.groups.filter(name=TRAINEES).exists()


def test_not_suitable_needs_signposting(client, coordinator, assessor, applicant, role):
    application = application_at(Stage.ASSESSED, applicant, role, coordinator, assessors=[assessor, coordinator])
    sign_in_with_mfa(client, coordinator)

    response = client.post(
        f"{ADMIN}decide/{application.pk}/",
        {"decision": "not_suitable", "feedback": "Not the right fit", "signposting": "", "confirm": "on"},
    )

    assert response.status_code == 200
    assert "Give signposting" in response.content.decode()


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_export_leaves_out_health_answers_unless_asked_and_logs_it(client, coordinator, applicant, role):
    sensitive = next(field for field in role.application_form.get_form_fields() if field.is_sensitive)
    answers = {field.clean_name: f"Answer to {field.label}" for field in role.application_form.get_form_fields()}
    answers[sensitive.clean_name] = "My private health story"
    submitted_application(applicant, role, answers=answers)
    sign_in_with_mfa(client, coordinator)

    plain = client.post(f"{ADMIN}export/", {})
    full = client.post(f"{ADMIN}export/", {"include_sensitive": "on"})

    assert plain["Content-Type"].startswith("text/csv")
    assert "My private health story" not in plain.content.decode()
    assert sensitive.label not in read_csv(plain)[0]
    assert "My private health story" in full.content.decode()
    actions = list(ApplicationAccessLog.objects.order_by("at").values_list("action", "user"))
    assert actions == [
        (ApplicationAccessLog.EXPORTED, coordinator.pk),
        (ApplicationAccessLog.EXPORTED_SENSITIVE, coordinator.pk),
    ]


def test_export_cells_cannot_run_as_spreadsheet_formulas(client, coordinator, applicant, role):
    application = submitted_application(applicant, role)
    application.contact_name = '=HYPERLINK("http://evil")'
    application.save()
    sign_in_with_mfa(client, coordinator)

    rows = read_csv(client.post(f"{ADMIN}export/", {}))

    assert rows[1][5].startswith("'=")
