"""Intake: a referral arrives, a coordinator makes first contact, holds the initial meeting and decides.

Each step goes through `Referral.move_to` (the one state change); the person is told in neutral words when they
gave an email address and agreed to be emailed. Subjects and bodies are fixed wording: nothing anyone typed, no
name, nothing that says what the support is about (confidentiality rule 1).
"""

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from one_to_one.models import InitialMeeting, Status

NEUTRAL_SUBJECT = "About your request"
DECISIONS = (Status.SUITABLE, Status.DEFERRED, Status.NOT_FOR_US)

# Which fixed message the person gets, by what happened.
MESSAGES = {
    "received": "one_to_one/emails/received.txt",
    Status.SUITABLE: "one_to_one/emails/suitable.txt",
    Status.DEFERRED: "one_to_one/emails/deferred.txt",
    Status.NOT_FOR_US: "one_to_one/emails/not_for_us.txt",
}


def tell_person(referral, what):
    """Email the person, in neutral words, if they gave an address and agreed; after the change is committed."""
    if not (referral.email and referral.may_email):
        return
    body = render_to_string(MESSAGES[what], {})
    address = referral.email
    transaction.on_commit(lambda: send_mail(NEUTRAL_SUBJECT, body, None, [address]))


def receive(referral):
    """A new referral from a form: saved, and the person (if they wish) told it arrived."""
    with transaction.atomic():
        referral.save()
        tell_person(referral, "received")
    return referral


def record_first_contact(referral, *, by, when=None, note=""):
    with transaction.atomic():
        referral.first_contact_at = when or timezone.now()
        referral.save(update_fields=["first_contact_at"])
        return referral.move_to(Status.CONTACTED, by=by, note=note)


def record_initial_meeting(referral, *, by, **answers):
    """The toolkit's initial-meeting questions, kept once per referral (recording again updates them)."""
    meeting, _created = InitialMeeting.objects.update_or_create(
        referral=referral, defaults={**answers, "recorded_by": by, "recorded_at": timezone.now()}
    )
    return meeting


def decide(referral, decision, *, by, note="", review_on=None, signposting=""):
    """Suitable, deferred (with a review date and signposting) or not for us (with signposting)."""
    decision = Status(decision)
    if decision not in DECISIONS:
        raise ValueError(f"{decision} is not an intake decision")
    with transaction.atomic():
        referral.review_on = review_on if decision == Status.DEFERRED else None
        referral.signposting = signposting
        referral.save(update_fields=["review_on", "signposting"])
        event = referral.move_to(decision, by=by, note=note)
        tell_person(referral, decision)
    return event
