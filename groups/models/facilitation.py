from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from portal.roles import FACILITATORS, MEMBERS, user_has_role


class FacilitatorAppointmentQuerySet(models.QuerySet):
    def current(self):
        return self.filter(ended_at__isnull=True)


class FacilitatorAppointment(models.Model):
    """Who facilitates a group, from when, and who decided (confidentiality rule 2).

    Facilitators see the venue and the members of their group, so appointing them is a coordinator's decision kept
    here with its history, not a field of the page that an editor can change. The row changes only through
    `appoint` and `stand_down`.
    """

    group = models.ForeignKey("groups.GroupPage", on_delete=models.CASCADE, related_name="facilitator_appointments")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="facilitator_appointments",
        verbose_name="person",
    )
    appointed_at = models.DateTimeField(default=timezone.now)
    appointed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ended_at = models.DateTimeField("stood down at", null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="stood down by",
    )

    objects = FacilitatorAppointmentQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["group", "user"],
                condition=models.Q(ended_at__isnull=True),
                name="one_current_appointment_per_person_and_group",
                violation_error_message="This person already facilitates this group.",
            )
        ]
        ordering = ["-appointed_at", "-pk"]
        verbose_name = "facilitator appointment"

    def __str__(self):
        return f"{self.user} facilitates {self.group}"

    @property
    def is_current(self):
        return self.ended_at is None

    @property
    def status(self):
        return "Facilitating" if self.is_current else "Stood down"

    @classmethod
    def appoint(cls, user, group, *, by):
        """The one way to make someone a group's facilitator: a Member, not already appointed to it. They join the
        Facilitators role group."""
        if not user_has_role(user, MEMBERS):
            raise ValidationError({"user": "Only a trained Peer Supporter (in the Members role) can facilitate."})
        try:
            with transaction.atomic():
                appointment = cls.objects.create(group=group, user=user, appointed_by=by)
                user.groups.add(Group.objects.get(name=FACILITATORS))
        except IntegrityError:
            raise ValidationError({"user": f"{user} already facilitates {group}."}) from None
        return appointment

    def stand_down(self, *, by):
        """The one way to end an appointment; standing down from their last group takes the person out of the
        Facilitators role group."""
        with transaction.atomic():
            ended = type(self).objects.current().filter(pk=self.pk).update(ended_at=timezone.now(), ended_by=by)
            if not ended:
                raise ValidationError(f"{self.user} has already stood down from {self.group}.")
            if not self.user.facilitator_appointments.current().exists():
                self.user.groups.remove(*Group.objects.filter(name=FACILITATORS))
        self.refresh_from_db()
        return self


def current_facilitators(group):
    """The people who facilitate the group now."""
    return get_user_model().objects.filter(
        facilitator_appointments__group=group, facilitator_appointments__ended_at__isnull=True
    )
