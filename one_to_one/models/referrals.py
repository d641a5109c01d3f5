"""A person referred for one-to-one support, the pathway they follow, its history, and who opened their record.

The person has no account: the record is held by coordinators. Their Peer Supporter knows them by initials or a
pseudonym only (confidentiality rule 8), and every staff view of the record is logged.
"""

import secrets

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from portal.initials import initials_of


class Source(models.TextChoices):
    SELF = "self", "Self-referral"
    PROFESSIONAL = "professional", "Professional referral"


class Status(models.TextChoices):
    NEW = "new", "Waiting for first contact"
    CONTACTED = "contacted", "First contact made"
    SUITABLE = "suitable", "Suitable: to be matched"
    DEFERRED = "deferred", "Deferred"
    NOT_FOR_US = "not_for_us", "Not for us: signposted"
    MATCHED = "matched", "Matched with a Peer Supporter"
    ENDED = "ended", "Support ended"
    WITHDRAWN = "withdrawn", "Withdrawn"


# The pathway. Every status change goes through Referral.move_to, which enforces this table.
ALLOWED_TRANSITIONS = {
    Status.NEW: {Status.CONTACTED, Status.NOT_FOR_US, Status.WITHDRAWN},
    Status.CONTACTED: {Status.SUITABLE, Status.DEFERRED, Status.NOT_FOR_US, Status.WITHDRAWN},
    Status.DEFERRED: {Status.CONTACTED, Status.SUITABLE, Status.NOT_FOR_US, Status.WITHDRAWN},
    Status.SUITABLE: {Status.MATCHED, Status.DEFERRED, Status.WITHDRAWN},
    # Back to SUITABLE is a re-match: the earlier match stays in the history.
    Status.MATCHED: {Status.SUITABLE, Status.ENDED, Status.WITHDRAWN},
    Status.ENDED: set(),
    Status.NOT_FOR_US: set(),
    Status.WITHDRAWN: set(),
}
CLOSED_STATUSES = (Status.ENDED, Status.NOT_FOR_US, Status.WITHDRAWN)


class SupporterGender(models.TextChoices):
    NO_PREFERENCE = "", "No preference"
    WOMAN = "woman", "A woman"
    MAN = "man", "A man"
    NON_BINARY = "non_binary", "A non-binary person"


WEEKDAYS = [
    ("mon", "Monday"),
    ("tue", "Tuesday"),
    ("wed", "Wednesday"),
    ("thu", "Thursday"),
    ("fri", "Friday"),
    ("sat", "Saturday"),
    ("sun", "Sunday"),
]
TIMES_OF_DAY = [("morning", "Mornings"), ("afternoon", "Afternoons"), ("evening", "Evenings")]


class InvalidTransition(Exception):
    """A status change the pathway does not allow."""


def new_reference():
    """An opaque, unguessable reference for links and file names: never a name or a sequential id."""
    return secrets.token_urlsafe(12)


class ReferralQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status__in=CLOSED_STATUSES)


class Referral(models.Model):
    """One person asking for one-to-one support, by themselves or through a professional."""

    reference = models.CharField(max_length=32, unique=True, default=new_reference, editable=False)
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.SELF)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)

    # What the Peer Supporter may see: initials (built from the name) or a pseudonym a coordinator gives.
    initials = models.CharField(max_length=12, blank=True)
    pseudonym = models.CharField(max_length=60, blank=True)

    # Coordinators only from here on.
    name = models.CharField(max_length=150)
    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)
    contact_times = models.CharField("best times to contact", max_length=300, blank=True)
    may_leave_message = models.BooleanField("we may leave a message", default=False)
    may_email = models.BooleanField("we may email them", default=False)
    help_wanted = models.TextField("what they would like help with", blank=True)
    heard_about = models.CharField("how they heard about us", max_length=300, blank=True)

    # Identity confirmed gently, as the toolkit suggests: the clinic they attend; medication only if they wish.
    clinic_attended = models.CharField("clinic attended", max_length=200, blank=True)
    medication = models.CharField("medication (optional)", max_length=200, blank=True)
    # Explicit, separate consent for health information (UK GDPR Art. 9): when, and to which wording version.
    health_consent_given_at = models.DateTimeField(null=True, blank=True)
    health_consent_version = models.CharField(max_length=20, blank=True)

    # Preferences, read by matching (one_to_one matching weighs them; the supporter never sees them as reasons):
    # - preferred_supporter_gender: one of SupporterGender ("" = no preference)
    # - languages: comma-separated, as the person wrote them ("English, Portuguese")
    # - available_days: list of weekday codes "mon".."sun"
    # - available_times: list of "morning" / "afternoon" / "evening"
    # - area: free text (town or area), online_ok: meeting online (phone or video) is fine
    # - interests: comma-separated ("art, walking")
    preferred_supporter_gender = models.CharField(
        max_length=20, choices=SupporterGender.choices, blank=True, default=SupporterGender.NO_PREFERENCE
    )
    languages = models.CharField(max_length=200, blank=True)
    available_days = models.JSONField(default=list, blank=True)
    available_times = models.JSONField(default=list, blank=True)
    area = models.CharField("area", max_length=150, blank=True)
    online_ok = models.BooleanField("happy to meet online or by phone", default=False)
    interests = models.CharField(max_length=300, blank=True)

    # A professional referral: who referred, why, and their word that the person agreed.
    referrer_name = models.CharField(max_length=150, blank=True)
    referrer_organisation = models.CharField(max_length=200, blank=True)
    referrer_email = models.EmailField(blank=True)
    referrer_phone = models.CharField(max_length=40, blank=True)
    referral_reason = models.TextField("reason for referral", blank=True)
    person_agreed = models.BooleanField("the person agreed to be referred", default=False)

    # The coordinator's side: first contact, and a deferral's review date and signposting.
    first_contact_at = models.DateTimeField(null=True, blank=True)
    review_on = models.DateField("review date", null=True, blank=True)
    signposting = models.TextField("signposted to", blank=True)

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    status_changed_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True, db_index=True)

    objects = ReferralQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        permissions = [("export_referral", "Can export and erase a referred person's record")]

    def __str__(self):
        return f"Referral {self.short_reference}"

    def save(self, *args, **kwargs):
        if not self.initials and self.name:
            self.initials = initials_of(self.name, fallback="")
        super().save(*args, **kwargs)

    @property
    def days_waiting(self):
        """Whole days from the referral to first contact (to now, while nobody has made contact): the longer the
        gap, the more people disengage (toolkit)."""
        return ((self.first_contact_at or timezone.now()) - self.created_at).days

    def is_waiting_too_long(self):
        return self.status == Status.NEW and self.days_waiting >= settings.ONE_TO_ONE_WAITING_ALERT_DAYS

    @property
    def short_reference(self):
        """What staff say aloud: eight characters of the opaque reference, never the name."""
        return self.reference[:8]

    @property
    def known_as(self):
        """How a Peer Supporter sees this person."""
        return self.pseudonym or self.initials or "Someone"

    def allowed_next_statuses(self):
        return ALLOWED_TRANSITIONS[Status(self.status)]

    def move_to(self, status, *, by, note=""):
        """The one way a referral changes status: checks the move is allowed, saves it and writes its history."""
        status = Status(status)
        with transaction.atomic():
            current = Referral.objects.select_for_update().get(pk=self.pk)
            if status not in ALLOWED_TRANSITIONS[Status(current.status)]:
                raise InvalidTransition(
                    f"A referral cannot move from “{current.get_status_display()}” to “{status.label}”."
                )
            previous = current.status
            now = timezone.now()
            self.status = status
            self.status_changed_at = now
            self.closed_at = now if status in CLOSED_STATUSES else None
            self.save(update_fields=["status", "status_changed_at", "closed_at"])
            return self.events.create(from_status=previous, to_status=status, at=now, by=by, note=note)


class ReferralEvent(models.Model):
    """One status change, kept as history."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_to_status_display()} at {self.at:%Y-%m-%d %H:%M}"


class ReferralAccessLog(models.Model):
    """Every staff view, export or erasure of a person's record. Kept when the record itself is erased."""

    VIEWED = "viewed"
    EXPORTED = "exported"
    ERASED = "erased"
    ACTIONS = [(VIEWED, "Opened the record"), (EXPORTED, "Exported the record"), (ERASED, "Erased the record")]

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    user_label = models.CharField("who", max_length=255)
    referral = models.ForeignKey(Referral, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    referral_reference = models.CharField(max_length=32, blank=True)
    action = models.CharField(max_length=20, choices=ACTIONS)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = "one-to-one record access log entry"
        verbose_name_plural = "one-to-one record access log"

    def __str__(self):
        return f"{self.user_label} {self.get_action_display().lower()} {self.referral_reference[:8]}".strip()

    @classmethod
    def record(cls, user, action, referral=None):
        return cls.objects.create(
            user=user,
            user_label=user.email,
            referral=referral,
            referral_reference=referral.reference if referral else "",
            action=action,
        )
