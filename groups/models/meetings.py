from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone


class MeetingLog(models.Model):
    """That a meeting happened and how many came: a count, never names (toolkit: count without personal data)."""

    group = models.ForeignKey("groups.GroupPage", on_delete=models.CASCADE, related_name="meeting_logs")
    date = models.DateField(default=timezone.localdate)
    attendance = models.PositiveIntegerField(
        "number attending", validators=[MaxValueValidator(500)], help_text="A number only: no names."
    )
    facilitators_present = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    ground_rules_revisited = models.BooleanField("ground rules revisited", default=False)
    issues_for_coordinator = models.TextField(
        "issues to raise with the coordinator",
        blank=True,
        help_text="Anything the coordinator should know. Do not name participants.",
    )
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    logged_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = "meeting log entry"
        verbose_name_plural = "meeting log"

    def __str__(self):
        return f"{self.group.title}, {self.date:%d %B %Y}"

    def clean(self):
        if self.date and self.date > timezone.localdate():
            raise ValidationError({"date": "Log a meeting on or after the day it happened."})

    @property
    def facilitator_count(self):
        return self.facilitators_present.count()
