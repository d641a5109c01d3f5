"""The supporters' side of one-to-one support: a Peer Supporter's profile, matches and their history, sessions,
lone-working check-ins, supervision notes, endings and the person's feedback.

A match is the one place where a referral meets a supporter. Its status changes only through `Match.move_to`, which
checks the move and writes a `MatchEvent`; accepting a match moves the referral to MATCHED, ending it moves the
referral to ENDED (or back to SUITABLE for a re-match), so the referral's own history stays whole.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from one_to_one.models.referrals import Referral, Status, new_reference

WEEKDAYS = [
    ("mon", "Monday"),
    ("tue", "Tuesday"),
    ("wed", "Wednesday"),
    ("thu", "Thursday"),
    ("fri", "Friday"),
    ("sat", "Saturday"),
    ("sun", "Sunday"),
]


class SupporterProfile(models.Model):
    """What a Peer Supporter tells coordinators about their one-to-one work, for matching. Their own data."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supporter_profile")
    opted_in = models.BooleanField("I would like to support people one-to-one", default=False)
    places = models.PositiveSmallIntegerField(
        "how many people I can support at a time", default=1, help_text="Between 0 and 6."
    )
    gender = models.CharField("gender (optional, in your own words)", max_length=60, blank=True)
    languages = models.CharField(
        "languages I speak", max_length=200, blank=True, help_text="Separate them with commas, e.g. English, Portuguese"
    )
    available_days = models.JSONField("days I am usually free", default=list, blank=True)
    available_times = models.CharField("times I am usually free", max_length=200, blank=True)
    area = models.CharField("area I can meet in", max_length=120, blank=True)
    online_ok = models.BooleanField("I can meet online or by phone", default=False)
    interests = models.CharField(
        "interests", max_length=300, blank=True, help_text="Separate them with commas, e.g. art, walking, cooking"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "one-to-one supporter profile"

    def __str__(self):
        return f"One-to-one profile of {self.user.email}"


class MatchStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed: waiting for the supporter"
    ACTIVE = "active", "Accepted: sessions under way"
    DECLINED = "declined", "Declined by the supporter"
    WITHDRAWN = "withdrawn", "Withdrawn by the coordinator"
    ENDED = "ended", "Ended"


MATCH_TRANSITIONS = {
    MatchStatus.PROPOSED: {MatchStatus.ACTIVE, MatchStatus.DECLINED, MatchStatus.WITHDRAWN},
    MatchStatus.ACTIVE: {MatchStatus.ENDED},
    MatchStatus.DECLINED: set(),
    MatchStatus.WITHDRAWN: set(),
    MatchStatus.ENDED: set(),
}
# A proposed or accepted match holds one of the supporter's places.
PLACE_HOLDING = (MatchStatus.PROPOSED, MatchStatus.ACTIVE)


class InvalidMatchChange(Exception):
    """A match status change the pathway does not allow."""


class Match(models.Model):
    """A referred person and a Peer Supporter, from the coordinator's proposal to the ending."""

    reference = models.CharField(max_length=32, unique=True, default=new_reference, editable=False)
    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="matches")
    # SET_NULL: a supporter deleting their account must not erase the person's record; coordinators re-match.
    supporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="o2o_matches"
    )
    status = models.CharField(max_length=20, choices=MatchStatus.choices, default=MatchStatus.PROPOSED, db_index=True)
    planned_sessions = models.PositiveSmallIntegerField(default=6)
    note_for_supporter = models.TextField(
        "what the supporter needs to know for the work",
        blank=True,
        help_text="Shown to the supporter. No names, addresses or health details beyond what the work needs.",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    status_changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name_plural = "matches"

    def __str__(self):
        return f"Match {self.reference[:8]}"

    @property
    def known_as(self):
        return self.referral.known_as

    def sessions_logged(self):
        # Uses an annotation when the list view gave one, so lists stay one query.
        annotated = getattr(self, "session_count", None)
        return annotated if annotated is not None else self.sessions.count()

    def sessions_left(self):
        return max(self.planned_sessions - self.sessions_logged(), 0)

    def move_to(self, status, *, by, note="", now=None):
        """The one way a match changes status: checks the move, saves it, writes history, and moves the referral
        along when the supporter accepts."""
        status = MatchStatus(status)
        now = now or timezone.now()
        with transaction.atomic():
            current = Match.objects.select_for_update().get(pk=self.pk)
            if status not in MATCH_TRANSITIONS[MatchStatus(current.status)]:
                raise InvalidMatchChange(
                    f"A match cannot move from “{current.get_status_display()}” to “{status.label}”."
                )
            previous = current.status
            self.status = status
            self.status_changed_at = now
            self.save(update_fields=["status", "status_changed_at"])
            if status == MatchStatus.ACTIVE:
                self.referral.move_to(Status.MATCHED, by=by, note="The Peer Supporter accepted the match.")
            return self.events.create(from_status=previous, to_status=status, at=now, by=by, note=note)


class MatchEvent(models.Model):
    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=20, choices=MatchStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=MatchStatus.choices)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_to_status_display()} at {self.at:%Y-%m-%d %H:%M}"


class Place(models.TextChoices):
    IN_HOUSE = "in_house", "In house"
    COMMUNITY = "community", "In the community"
    PHONE = "phone", "By phone"
    ONLINE = "online", "Online"


class SupportSession(models.Model):
    """One session, as the Peer Supporter logs it: initials only, nothing that identifies anyone."""

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField()
    minutes = models.PositiveSmallIntegerField("length (minutes)")
    place = models.CharField("where", max_length=20, choices=Place.choices)
    agreed_actions = models.TextField("actions agreed", blank=True)
    next_goals = models.TextField("goals for next time", blank=True)
    debrief_note = models.TextField(
        "anything for the coordinator", blank=True, help_text="Only the coordinators read this."
    )
    logged_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = "one-to-one session"

    def __str__(self):
        return f"Session on {self.date:%d %b %Y}"


class CheckIn(models.Model):
    """Lone working: the supporter says where they are going and when they expect to finish, then checks out.

    A check-out overdue past the grace period alerts coordinators once (`alerted_at`)."""

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="check_ins")
    supporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="o2o_check_ins")
    starts_at = models.DateTimeField("meeting starts")
    where_roughly = models.CharField("roughly where", max_length=200, help_text="e.g. a café near the station")
    expected_end = models.DateTimeField("expected to finish by", db_index=True)
    checked_in_at = models.DateTimeField(default=timezone.now)
    checked_out_at = models.DateTimeField(null=True, blank=True)
    needs_to_talk = models.BooleanField("I need to talk to a coordinator", default=False)
    alerted_at = models.DateTimeField(null=True, blank=True)
    followed_up_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-expected_end", "-pk"]
        verbose_name = "lone-working check-in"

    def __str__(self):
        return f"Check-in {self.match.reference[:8]} until {timezone.localtime(self.expected_end):%d %b %H:%M}"

    def is_overdue(self, now=None):
        now = now or timezone.now()
        return self.checked_out_at is None and now > self.expected_end + checkout_grace()


def checkout_grace():
    return timedelta(minutes=getattr(settings, "ONE_TO_ONE_CHECKOUT_GRACE_MINUTES", 30))


class SupervisionNote(models.Model):
    """A supervision or one-to-one meeting between a coordinator and a Peer Supporter; the supporter sees it."""

    supporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supervision_notes")
    met_on = models.DateField("met on")
    notes = models.TextField()
    action_points = models.TextField("action points", blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-met_on", "-pk"]
        verbose_name = "supervision note"

    def __str__(self):
        return f"Supervision on {self.met_on:%d %b %Y}"


class EndingReason(models.TextChoices):
    GOALS_MET = "goals_met", "Goals met"
    STOPPED_ENGAGING = "stopped_engaging", "Stopped engaging"
    BROKE_DOWN = "broke_down", "The relationship broke down"
    FRIENDS = "friends", "Became friends"
    MOVED_ON = "moved_on", "Moved on"
    OTHER = "other", "Other"


class Ending(models.Model):
    match = models.OneToOneField(Match, on_delete=models.CASCADE, related_name="ending")
    reason = models.CharField(max_length=20, choices=EndingReason.choices)
    rematch = models.BooleanField("match the person with someone else", default=False)
    next_steps = models.TextField("next steps for the next 3–6 months")
    signposting = models.TextField("signposted to", blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Ending of {self.match}"


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class FeedbackQuerySet(models.QuerySet):
    def usable(self, now=None):
        return self.filter(submitted_at__isnull=True, expires_at__gt=now or timezone.now())


class Feedback(models.Model):
    """The person's feedback at the end of support, given through a single-use link. Only the token's hash is
    kept, so the database alone cannot open the link."""

    match = models.OneToOneField(Match, on_delete=models.CASCADE, related_name="feedback")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    expires_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    what_helped = models.TextField("what helped", blank=True)
    could_be_better = models.TextField("what could be better", blank=True)
    may_quote = models.BooleanField("we may quote this anonymously", default=False)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = "end-of-support feedback"
        verbose_name_plural = "end-of-support feedback"

    def __str__(self):
        return f"Feedback for {self.match}"

    @classmethod
    def invite(cls, match, *, now=None):
        """A new single-use link for `match`. Returns (feedback, token): the token exists only in the link."""
        now = now or timezone.now()
        token = secrets.token_urlsafe(32)
        days = getattr(settings, "ONE_TO_ONE_FEEDBACK_DAYS", 30)
        feedback = cls.objects.create(match=match, token_hash=hash_token(token), expires_at=now + timedelta(days=days))
        return feedback, token
