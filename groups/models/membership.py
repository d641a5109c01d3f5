from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from portal.initials import initials_of


class MembershipQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Membership.Status.APPROVED)

    def requested(self):
        return self.filter(status=Membership.Status.REQUESTED)


class Membership(models.Model):
    """A person's place in a group. Its status changes only through `change_status`, which keeps the history."""

    class Status(models.TextChoices):
        REQUESTED = "requested", "Asked to join"
        APPROVED = "approved", "Approved"
        DECLINED = "declined", "Declined"
        LEFT = "left", "Left the group"

    TRANSITIONS = {
        Status.REQUESTED: {Status.APPROVED, Status.DECLINED},
        Status.APPROVED: {Status.LEFT},
        Status.DECLINED: {Status.REQUESTED},
        Status.LEFT: {Status.REQUESTED},
    }

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_memberships")
    group = models.ForeignKey("groups.GroupPage", on_delete=models.CASCADE, related_name="memberships")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.REQUESTED)
    reason = models.TextField(blank=True, help_text="Why a request was declined. The person sees this.")
    requested_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "group"], name="one_membership_per_person_and_group")]
        ordering = ["-requested_at"]

    def __str__(self):
        return f"{self.initials} – {self.get_status_display()}"

    @property
    def initials(self):
        """From the display name only: the email address may hold a real name the person did not choose to give."""
        return initials_of(self.user.display_name)

    @classmethod
    def ask_to_join(cls, user, group):
        """A person asks to join; asking again after a decline or after leaving reopens the same membership."""
        membership = cls.objects.filter(user=user, group=group).first()
        if membership is None:
            membership = cls.objects.create(user=user, group=group)
            MembershipEvent.objects.create(membership=membership, to_status=cls.Status.REQUESTED, by=user)
            return membership
        if membership.status in (cls.Status.REQUESTED, cls.Status.APPROVED):
            return membership
        membership.change_status(cls.Status.REQUESTED, by=user)
        return membership

    def can_change_to(self, status):
        return status in self.TRANSITIONS.get(self.status, set())

    def change_status(self, status, *, by, reason=""):
        """The one way to move a membership on: checks the step is allowed and records who took it and when."""
        if not self.can_change_to(status):
            raise ValidationError(
                f"A membership that is “{self.get_status_display()}” cannot become “{self.Status(status).label}”."
            )
        if status == self.Status.DECLINED and not reason.strip():
            raise ValidationError({"reason": "Give a reason: the person will see it."})
        with transaction.atomic():
            previous = self.status
            self.status = status
            now = timezone.now()
            if status == self.Status.REQUESTED:
                self.requested_at = now
                self.decided_at = None
                self.reason = ""
            else:
                self.decided_at = now
                self.reason = reason.strip() if status == self.Status.DECLINED else ""
            self.save()
            MembershipEvent.objects.create(
                membership=self, from_status=previous, to_status=status, by=by, note=reason.strip()
            )
        return self

    def approve(self, *, by):
        return self.change_status(self.Status.APPROVED, by=by)

    def decline(self, *, by, reason):
        return self.change_status(self.Status.DECLINED, by=by, reason=reason)


class MembershipEvent(models.Model):
    """History of a membership: each step, who took it, when."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=12, choices=Membership.Status.choices, blank=True)
    to_status = models.CharField(max_length=12, choices=Membership.Status.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.from_status or 'new'} → {self.to_status}"
