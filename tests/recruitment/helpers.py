"""Setup helpers for recruitment tests: a complete form post, and applications at any stage."""

from django.contrib.auth.models import Permission

from recruitment.models import Stage
from tests.factories import give_mfa, make_user
from tests.recruitment.factories import ApplicationFactory, AssessmentFactory


def make_assessor(email):
    """Someone on the interview panel: may use the admin and score candidates, but not decide or export."""
    user = make_user(email)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_application"),
        Permission.objects.get(codename="assess_application"),
    )
    give_mfa(user)
    return user


def complete_form_data(form_page, **overrides):
    data = {
        "action": "submit",
        "contact_name": "Alex",
        "contact_email": "alex@example.org",
        "contact_phone": "07700 900123",
        "availability": "Tuesday evenings",
        "health_consent": "on",
    }
    for field in form_page.get_form_fields():
        key = f"q-{field.clean_name}"
        if field.field_type == "checkboxes":
            data[key] = [field.choices.splitlines()[0]]
        else:
            data[key] = f"My answer to {field.label}"
    data.update(overrides)
    return data


def submitted_application(applicant, role, answers=None):
    return ApplicationFactory(applicant=applicant, role=role, answers=answers)


def assess(application, assessor, score=3):
    return AssessmentFactory(application=application, assessor=assessor, score=score)


def application_at(stage, applicant, role, coordinator, assessors=()):
    """An application moved through the pipeline, the proper way, as far as `stage`."""
    application = submitted_application(applicant, role)
    path = [Stage.SHORTLISTED, Stage.INTERVIEW_ARRANGED, Stage.ASSESSED]
    for step in path:
        if Stage(stage) == Stage.SUBMITTED:
            break
        if step == Stage.ASSESSED:
            for assessor in assessors:
                assess(application, assessor)
        application.move_to(step, by=coordinator, notify=False)
        if step == stage:
            break
    return application
