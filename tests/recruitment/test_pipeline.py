"""The selection pipeline: one function moves an application, checks the move and writes history."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from portal.confidentiality import DEFAULT_DISCLOSING_TERMS, disclosing_terms_found
from portal.roles import TRAINEES
from recruitment.emails import STAGE_SUBJECTS, subject_for
from recruitment.models import ALLOWED_TRANSITIONS, InvalidTransition, Stage
from tests.factories import make_user
from tests.recruitment.helpers import application_at, assess, submitted_application

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (Stage.SUBMITTED, Stage.OFFERED),
        (Stage.SUBMITTED, Stage.INTERVIEW_ARRANGED),
        (Stage.SHORTLISTED, Stage.ASSESSED),
        (Stage.SHORTLISTED, Stage.NOT_NOW),
        (Stage.INTERVIEW_ARRANGED, Stage.OFFERED),
    ],
)
def test_moves_the_pipeline_does_not_allow_raise_and_leave_no_trace(start, target, applicant, role, coordinator):
    application = application_at(start, applicant, role, coordinator)
    events_before = application.events.count()

    with pytest.raises(InvalidTransition):
        application.move_to(target, by=coordinator)

    application.refresh_from_db()
    assert application.stage == start
    assert application.events.count() == events_before


def test_closed_applications_cannot_move_at_all(applicant, role, coordinator):
    application = submitted_application(applicant, role)
    application.move_to(Stage.WITHDRAWN, by=applicant, notify=False)

    for stage in Stage:
        with pytest.raises(InvalidTransition):
            application.move_to(stage, by=coordinator)
    assert all(not ALLOWED_TRANSITIONS[stage] for stage in (Stage.WITHDRAWN, Stage.BECAME_MEMBER, Stage.NOT_NOW))
    assert ALLOWED_TRANSITIONS[Stage.OFFERED] == {Stage.BECAME_MEMBER}  # only training ends an offer


def test_assessed_needs_two_different_assessors_who_scored_every_criterion(applicant, role, coordinator, assessor):
    application = application_at(Stage.INTERVIEW_ARRANGED, applicant, role, coordinator)
    assess(application, assessor)

    with pytest.raises(InvalidTransition, match="Two different assessors"):
        application.move_to(Stage.ASSESSED, by=coordinator)

    assess(application, coordinator)
    application.move_to(Stage.ASSESSED, by=coordinator, notify=False)
    assert application.stage == Stage.ASSESSED


def test_an_assessment_missing_a_criterion_does_not_count(applicant, role, coordinator, assessor):
    application = application_at(Stage.INTERVIEW_ARRANGED, applicant, role, coordinator)
    assess(application, assessor)
    partial = assess(application, coordinator)
    partial.scores.first().delete()

    assert not application.has_both_assessments()


def test_every_move_writes_history_with_who_when_and_feedback(applicant, role, coordinator, assessor):
    application = application_at(Stage.ASSESSED, applicant, role, coordinator, assessors=[assessor, coordinator])

    application.move_to(
        Stage.NOT_NOW, by=coordinator, feedback="Get more group experience", signposting="Try the local drop-in"
    )

    history = list(application.events.values_list("to_stage", "by__email"))
    assert [stage for stage, _by in history] == [
        Stage.SUBMITTED,
        Stage.SHORTLISTED,
        Stage.INTERVIEW_ARRANGED,
        Stage.ASSESSED,
        Stage.NOT_NOW,
    ]
    last = application.events.last()
    assert (last.feedback, last.signposting, last.by) == (
        "Get more group experience",
        "Try the local drop-in",
        coordinator,
    )
    assert application.decided_at is not None


def test_offering_training_puts_the_applicant_in_the_trainees_group(applicant, role, coordinator, assessor):
    application = application_at(Stage.ASSESSED, applicant, role, coordinator, assessors=[assessor, coordinator])

    application.move_to(Stage.OFFERED, by=coordinator, feedback="Welcome aboard")

    assert applicant.groups.filter(name=TRAINEES).exists()
    assert Group.objects.get(name=TRAINEES).user_set.filter(pk=applicant.pk).exists()


def test_each_stage_emails_the_applicant_once_the_change_is_saved(
    applicant, role, coordinator, django_capture_on_commit_callbacks
):
    application = submitted_application(applicant, role)

    with django_capture_on_commit_callbacks(execute=True):
        application.move_to(Stage.SHORTLISTED, by=coordinator)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == STAGE_SUBJECTS[Stage.SHORTLISTED]
    assert f"/volunteer/applications/{application.pk}/" in mail.outbox[0].body


@pytest.mark.parametrize("stage", list(STAGE_SUBJECTS))
def test_email_subjects_never_contain_a_disclosing_term(stage):
    assert not disclosing_terms_found(subject_for(stage), terms=DEFAULT_DISCLOSING_TERMS)
    assert not disclosing_terms_found(subject_for(stage))


def test_a_subject_that_would_disclose_falls_back_to_neutral_wording(monkeypatch):
    monkeypatch.setitem(STAGE_SUBJECTS, Stage.SHORTLISTED, "Your HIV peer support application")

    assert subject_for(Stage.SHORTLISTED) == "An update from the portal"


def test_email_bodies_leave_out_feedback_which_may_be_personal(
    applicant, role, coordinator, django_capture_on_commit_callbacks
):
    application = submitted_application(applicant, role)

    with django_capture_on_commit_callbacks(execute=True):
        application.move_to(Stage.NOT_SHORTLISTED, by=coordinator, feedback="About your diagnosis story")

    assert "diagnosis" not in mail.outbox[0].body


def test_the_same_person_cannot_hold_two_live_applications_for_a_role_even_bypassing_the_form(applicant, role):
    from django.db import IntegrityError, transaction

    submitted_application(applicant, role)

    with pytest.raises(IntegrityError), transaction.atomic():
        submitted_application(applicant, role)
    assert make_user("other@example.org")  # the database is still usable
