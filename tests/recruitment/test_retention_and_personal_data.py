"""Retention of closed applications, and the applicant's data in "Download my data" / "Delete my account"."""

import io
import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.personal_data import personal_data_handlers
from portal.retention import purge_expired_data
from recruitment.models import (
    Application,
    ApplicationAccessLog,
    ApplicationEvent,
    ApplicationFormSubmission,
    Assessment,
    Stage,
    VettingCheck,
)
from recruitment.retention import RETENTION_KIND
from tests.factories import make_user
from tests.recruitment.helpers import application_at, assess, submitted_application

pytestmark = pytest.mark.django_db


def closed_long_ago(application, stage, days):
    application.move_to(stage, by=application.applicant, notify=False)
    Application.objects.filter(pk=application.pk).update(decided_at=timezone.now() - timedelta(days=days))


def test_withdrawn_and_unsuccessful_applications_are_erased_after_the_period(applicant, role, coordinator):
    old_withdrawn = submitted_application(applicant, role)
    closed_long_ago(old_withdrawn, Stage.WITHDRAWN, days=200)
    old_declined = submitted_application(make_user("b@example.org"), role)
    closed_long_ago(old_declined, Stage.NOT_SHORTLISTED, days=190)
    recent = submitted_application(make_user("c@example.org"), role)
    closed_long_ago(recent, Stage.WITHDRAWN, days=30)
    live = submitted_application(make_user("d@example.org"), role)

    removed = purge_expired_data()

    assert removed[RETENTION_KIND] == 2
    assert set(Application.objects.values_list("pk", flat=True)) == {recent.pk, live.pk}
    assert not ApplicationFormSubmission.objects.filter(application__isnull=True).exists()
    assert not ApplicationEvent.objects.filter(application_id__in=[old_withdrawn.pk, old_declined.pk]).exists()


def test_successful_applications_are_kept(applicant, role, coordinator, assessor):
    offered = application_at(Stage.ASSESSED, applicant, role, coordinator, assessors=[assessor, coordinator])
    closed_long_ago(offered, Stage.OFFERED, days=400)

    assert purge_expired_data()[RETENTION_KIND] == 0
    assert Application.objects.filter(pk=offered.pk).exists()


def test_the_period_comes_from_settings(settings, applicant, role):
    settings.RECRUITMENT_CLOSED_APPLICATION_RETENTION_DAYS = 10
    application = submitted_application(applicant, role)
    closed_long_ago(application, Stage.WITHDRAWN, days=11)

    assert purge_expired_data()[RETENTION_KIND] == 1


def test_purge_command_prints_counts_only(applicant, role):
    application = submitted_application(applicant, role)
    closed_long_ago(application, Stage.WITHDRAWN, days=365)
    out = io.StringIO()

    call_command("purge_expired_data", stdout=out)

    assert f"{RETENTION_KIND}: 1" in out.getvalue()
    assert applicant.email not in out.getvalue() and "Alex" not in out.getvalue()


def handler():
    return next(handler for handler in personal_data_handlers() if handler.name == "recruitment")


def test_export_holds_applications_answers_history_and_dbs_checks(applicant, role, coordinator):
    application = application_at(Stage.SHORTLISTED, applicant, role, coordinator)
    VettingCheck.objects.create(
        person=applicant,
        level="enhanced",
        certificate_date="2026-01-01",
        certificate_reference="001234",
        renewal_date="2029-01-01",
    )

    data = handler().export(applicant)

    json.dumps(data)
    exported = data["applications"][0]
    assert exported["reference"] == application.reference
    assert any(answer.startswith("Answer to") for answer in exported["answers"].values())
    assert [step["stage"] for step in exported["history"]] == ["Submitted", "Shortlisted"]
    assert data["dbs_checks"][0]["certificate_reference"] == "001234"


def test_erase_removes_the_persons_recruitment_data_but_not_others(applicant, role, coordinator, assessor):
    mine = application_at(Stage.ASSESSED, applicant, role, coordinator, assessors=[assessor, coordinator])
    other = submitted_application(make_user("other@example.org"), role)
    VettingCheck.objects.create(
        person=applicant,
        level="basic",
        certificate_date="2026-01-01",
        certificate_reference="9",
        renewal_date="2027-01-01",
    )
    ApplicationAccessLog.record(coordinator, ApplicationAccessLog.VIEWED, mine)

    handler().erase(applicant)

    assert list(Application.objects.all()) == [other]
    assert not ApplicationFormSubmission.objects.filter(user=applicant).exists()
    assert not Assessment.objects.exists() and not VettingCheck.objects.exists()
    assert ApplicationEvent.objects.filter(application=other).exists()
    log = ApplicationAccessLog.objects.get()
    assert log.application is None and log.application_reference == mine.reference


def test_export_holds_what_each_assessor_recorded_shown_by_role_never_by_name(applicant, role, coordinator):
    """A subject access request covers opinions about the person, but not who the other people are."""
    first = make_user("robin.first@example.org", first_name="Robin", last_name="Firstassessor")
    second = make_user("kit.second@example.org", first_name="Kit", last_name="Secondassessor")
    application = application_at(Stage.SHORTLISTED, applicant, role, coordinator)
    application.move_to(Stage.INTERVIEW_ARRANGED, by=coordinator, notify=False)
    for assessor, score, notes in ((first, 2, "Needs more group experience"), (second, 4, "Warm and clear")):
        assessment = assess(application, assessor, score=score)
        assessment.notes = f"Overall: {notes}"
        assessment.save()
        assessment.scores.update(notes=notes)
    application.move_to(Stage.ASSESSED, by=second, notify=False)

    data = handler().export(applicant)

    exported = data["applications"][0]["assessments"]
    criteria = role.criteria.count()
    assert [assessment["assessor"] for assessment in exported] == ["Assessor 1", "Assessor 2"]
    assert [assessment["overall_notes"] for assessment in exported] == [
        "Overall: Needs more group experience",
        "Overall: Warm and clear",
    ]
    assert [assessment["total"] for assessment in exported] == [2 * criteria, 4 * criteria]
    assert exported[0]["scores"][0]["score"] == 2 and exported[0]["scores"][0]["notes"] == "Needs more group experience"
    assert exported[1]["scores"][0]["criterion"] == role.criteria.first().description
    text = json.dumps(data)
    for person in (first, second, coordinator):
        assert person.email not in text
    for name in ("Robin", "Firstassessor", "Kit", "Secondassessor", "casey"):
        assert name not in text
    assert [step["by"] for step in data["applications"][0]["history"]][-2:] == ["Coordinator", "Assessor 2"]
