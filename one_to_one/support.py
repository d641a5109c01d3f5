"""What coordinators and Peer Supporters do with a match: propose, end (with feedback invitation), check in and out,
and the periodic alert for overdue check-outs. Views call these; they hold no rules of their own."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from one_to_one.models import CheckIn, Ending, Feedback, Match, MatchStatus, Status
from one_to_one.models.support import checkout_grace
from portal.roles import COORDINATORS

# People who keep asking to be re-matched are flagged to coordinators from this many re-matches.
REMATCH_FLAG_AT = 2


class CannotPropose(Exception):
    pass


def propose_match(referral, supporter, *, by, planned_sessions, note_for_supporter=""):
    if referral.status != Status.SUITABLE:
        raise CannotPropose("Only a person found suitable can be matched.")
    if Match.objects.filter(referral=referral, status__in=(MatchStatus.PROPOSED, MatchStatus.ACTIVE)).exists():
        raise CannotPropose("This person already has a match proposed or under way.")
    with transaction.atomic():
        match = Match.objects.create(
            referral=referral,
            supporter=supporter,
            planned_sessions=planned_sessions,
            note_for_supporter=note_for_supporter,
            proposed_by=by,
        )
        match.events.create(to_status=MatchStatus.PROPOSED, by=by, note="Proposed by a coordinator.")
    return match


def end_match(match, *, reason, next_steps, signposting="", rematch=False, by, now=None):
    """Records the ending, ends the match, moves the referral on (to ENDED, or back to SUITABLE for a re-match) and
    invites the person's feedback. Returns (ending, feedback link path)."""
    now = now or timezone.now()
    with transaction.atomic():
        ending = Ending.objects.create(
            match=match,
            reason=reason,
            rematch=rematch,
            next_steps=next_steps,
            signposting=signposting,
            recorded_by=by,
            recorded_at=now,
        )
        match.move_to(MatchStatus.ENDED, by=by, note=ending.get_reason_display(), now=now)
        referral = match.referral
        referral.move_to(
            Status.SUITABLE if rematch else Status.ENDED, by=by, note="Re-match requested." if rematch else ""
        )
        _feedback, token = Feedback.invite(match, now=now)
        link = reverse("one_to_one_feedback", args=[token])
        if referral.email:
            transaction.on_commit(lambda: _send_feedback_invitation(referral.email, link))
    return ending, link


def _send_feedback_invitation(email, link):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    # Neutral words only: the person's inbox may be seen by others.
    send_mail(
        "Your feedback, please",
        "Thank you for meeting with us. We would like to hear how it went: this link works once, for a few weeks.\n\n"
        f"{base.rstrip('/')}{link}\n",
        None,
        [email],
    )


def rematch_counts(referral_ids=None, supporter_ids=None):
    """Re-matches asked for, by referral id and by supporter id (two dicts), in two queries."""
    endings = Ending.objects.filter(rematch=True)
    by_referral = dict(
        endings.filter(match__referral__in=referral_ids or [])
        .values_list("match__referral")
        .annotate(n=Count("pk"))
        .values_list("match__referral", "n")
    )
    by_supporter = dict(
        endings.filter(match__supporter__in=supporter_ids or [])
        .values_list("match__supporter")
        .annotate(n=Count("pk"))
        .values_list("match__supporter", "n")
    )
    return by_referral, by_supporter


# -- Lone working


def check_out(check_in, *, needs_to_talk=False, now=None):
    check_in.checked_out_at = now or timezone.now()
    check_in.needs_to_talk = needs_to_talk
    check_in.save(update_fields=["checked_out_at", "needs_to_talk"])
    return check_in


def overdue_check_ins(now=None):
    now = now or timezone.now()
    return CheckIn.objects.filter(checked_out_at__isnull=True, expected_end__lt=now - checkout_grace())


def alert_overdue_check_outs(now):
    """The periodic job: each overdue check-out alerts coordinators once, by email. The email names no one: it
    points to the admin list."""
    due = list(overdue_check_ins(now).filter(alerted_at__isnull=True).values_list("pk", flat=True))
    if not due:
        return {"alerted": 0}
    claimed = CheckIn.objects.filter(pk__in=due, alerted_at__isnull=True).update(alerted_at=now)
    coordinators = list(
        get_user_model()
        .objects.filter(Q(groups__name=COORDINATORS), is_active=True)
        .values_list("email", flat=True)
        .distinct()
    )
    if claimed and coordinators:
        base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
        send_mail(
            "A lone-working check-out is overdue",
            f"{claimed} check-out{'s are' if claimed != 1 else ' is'} overdue. Please contact the Peer Supporter.\n\n"
            f"{base.rstrip('/')}{reverse('one_to_one_checkins:index')}\n",
            None,
            coordinators,
        )
    return {"alerted": claimed}


# -- Free-text check (the toolkit: initials only, nothing that identifies anyone)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"(?:\+?\d[\s-]?){9,}")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")
# Capitalised pairs that are not names: a sentence start followed by a capital is common in notes.
_NOT_NAMES = {"I", "The", "We", "She", "He", "They", "It", "Next", "Peer", "Supporter"}


def identifying_details_found(text):
    """Plain descriptions of what looks identifying in `text`: a full name, an email address, a phone number."""
    found = []
    if not text:
        return found
    if _EMAIL.search(text):
        found.append("an email address")
    if _PHONE.search(text):
        found.append("a phone number")
    for candidate in _FULL_NAME.finditer(text):
        first, second = candidate.group(0).split()
        if first not in _NOT_NAMES and second not in _NOT_NAMES:
            found.append("a full name")
            break
    return found
