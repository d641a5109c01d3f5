"""Emails to the applicant at each stage.

Subjects show up on lock screens and in shared inboxes: they are fixed, neutral wording, never the role title or
anything the applicant or staff typed, and each is checked by the portal's one disclosing-terms checker.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from portal.confidentiality import disclosing_terms_found
from recruitment.models import Stage

STAGE_SUBJECTS = {
    Stage.SUBMITTED: "We have received your volunteer application",
    Stage.SHORTLISTED: "Good news about your volunteer application",
    Stage.NOT_SHORTLISTED: "An update on your volunteer application",
    Stage.INTERVIEW_ARRANGED: "Your volunteer interview",
    Stage.ASSESSED: "Your volunteer application: next steps",
    Stage.OFFERED: "An offer of volunteer training",
    Stage.BECAME_MEMBER: "Welcome: your volunteer application is complete",
    Stage.NOT_NOW: "An update on your volunteer application",
    Stage.NOT_SUITABLE: "An update on your volunteer application",
    Stage.WITHDRAWN: "Your volunteer application has been withdrawn",
}
NEUTRAL_SUBJECT = "An update from the portal"


def subject_for(stage):
    subject = STAGE_SUBJECTS.get(Stage(stage), NEUTRAL_SUBJECT)
    return NEUTRAL_SUBJECT if disclosing_terms_found(subject) else subject


def send_stage_email(application, event):
    stage = Stage(event.to_stage)
    if stage not in STAGE_SUBJECTS:
        return
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("recruitment_application", args=[application.pk])
    body = render_to_string(
        "recruitment/emails/stage_change.txt", {"application": application, "event": event, "link": link}
    )
    send_mail(subject_for(stage), body, None, [application.applicant.email])
