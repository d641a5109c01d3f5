"""The applicant's recruitment data for "Download my data" and "Delete my account" (DESIGN.md seam)."""

from portal.personal_data import PersonalDataHandler
from portal.roles import is_coordinator
from recruitment.models import Application, ApplicationFormSubmission, VettingCheck


def _when(value):
    return value.isoformat() if value else None


def export_recruitment_data(user):
    applications = (
        Application.objects.filter(applicant=user)
        .select_related("submission", "form_page")
        .prefetch_related("events__by", "assessments__scores")
        .order_by("created_at")
    )
    return {
        "applications": [_application(user, application) for application in applications],
        "dbs_checks": [
            {
                "level": check.get_level_display(),
                "certificate_issued": check.certificate_date.isoformat(),
                "certificate_reference": check.certificate_reference,
                "renew_by": check.renewal_date.isoformat(),
                "status": check.get_status_display(),
            }
            for check in VettingCheck.objects.filter(person=user)
        ],
    }


def _application(user, application):
    # Under UK GDPR a subject access request includes opinions about the person (the assessors' scores and
    # notes), but not other people's identities: assessors and staff are shown by their role, never by name.
    assessments = sorted(application.assessments.all(), key=lambda assessment: (assessment.created_at, assessment.pk))
    assessor_labels = {
        assessment.assessor_id: f"Assessor {number}"
        for number, assessment in enumerate(assessments, start=1)
        if assessment.assessor_id
    }
    return {
        "reference": application.reference,
        "role": application.role_title,
        "stage": application.get_stage_display(),
        "started": _when(application.created_at),
        "sent": _when(application.submitted_at),
        "decided": _when(application.decided_at),
        "name": application.contact_name,
        "email": application.contact_email,
        "phone": application.contact_phone,
        "availability": application.availability,
        "health_consent_given": _when(application.health_consent_given_at),
        "health_consent_wording_version": application.health_consent_version,
        "interview": {
            "when": _when(application.interview_at),
            "how": application.get_interview_format_display() if application.interview_format else "",
            "where": application.interview_place,
        },
        "draft": application.draft_data,
        "answers": _answers(application),
        "history": [
            {
                "stage": event.get_to_stage_display(),
                "at": _when(event.at),
                "by": _who(event.by, user, assessor_labels),
                "details": event.detail,
                "feedback": event.feedback,
                "signposting": event.signposting,
            }
            for event in application.events.all()
        ],
        "assessments": [
            {
                "assessor": f"Assessor {number}",
                "recorded": _when(assessment.updated_at),
                "overall_notes": assessment.notes,
                "total": assessment.total,
                "scores": [
                    {
                        "criterion": score.criterion_text,
                        "score": score.score,
                        "meaning": score.get_score_display(),
                        "notes": score.notes,
                    }
                    for score in assessment.scores.all()
                ],
            }
            for number, assessment in enumerate(assessments, start=1)
        ],
    }


def _who(person, user, assessor_labels):
    """Who made a change, by role: the person themselves, a coordinator, an assessor, or the project's staff."""
    if person is None:
        return ""
    if person.pk == user.pk:
        return "You"
    if is_coordinator(person):
        return "Coordinator"
    return assessor_labels.get(person.pk, "Project staff")


def _answers(application):
    submission = getattr(application, "submission", None)
    if submission is None:
        return {}
    labels = {}
    if application.form_page is not None:
        labels = {field.clean_name: field.label for field in application.form_page.get_form_fields()}
    return {labels.get(name, name): value for name, value in submission.form_data.items()}


def erase_recruitment_data(user):
    """Applications (with their answers, history and assessments) and DBS records go. Access-log lines stay,
    without a link to the application, so the record of who looked at what survives."""
    ApplicationFormSubmission.objects.filter(user=user).delete()
    Application.objects.filter(applicant=user).delete()
    VettingCheck.objects.filter(person=user).delete()


def recruitment_personal_data_handler():
    return PersonalDataHandler(name="recruitment", export=export_recruitment_data, erase=erase_recruitment_data)
