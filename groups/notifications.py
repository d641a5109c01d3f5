"""Emails about a person's request to join a group.

Subjects land in shared inboxes and on lock screens: each is checked with the one disclosing-terms check, and a
neutral subject is used whenever the group's wording would say too much.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from portal.confidentiality import disclosing_terms_found

NEUTRAL_SUBJECTS = {
    "approved": "Your request has been accepted",
    "declined": "An update on your request",
}


def safe_subject(wanted, fallback):
    return fallback if disclosing_terms_found(wanted) else wanted


def decision_subject(membership):
    decision = "approved" if membership.status == membership.Status.APPROVED else "declined"
    fallback = NEUTRAL_SUBJECTS[decision]
    return safe_subject(f"{membership.group.signage_wording}: {fallback.lower()}", fallback)


def send_decision_email(membership, request=None):
    group = membership.group
    if request is not None:
        page_url = request.build_absolute_uri(group.url)
        agreements_url = request.build_absolute_uri(reverse("groups_agreements"))
    else:
        page_url = group.full_url or ""
        agreements_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("groups_agreements")
    context = {
        "membership": membership,
        "signage_wording": group.signage_wording,
        "page_url": page_url,
        "agreements_url": agreements_url,
    }
    body = render_to_string("groups/email/decision.txt", context)
    send_mail(decision_subject(membership), body, None, [membership.user.email])
