"""DBS vetting records for people whose role needs a check, with the date each check must be renewed."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from recruitment.models.pages import DBSLevel

RENEWAL_WARNING_DAYS = 60


class VettingStatus(models.TextChoices):
    CURRENT = "current", "Certificate held"
    IN_PROGRESS = "in_progress", "Check in progress"


class VettingCheckQuerySet(models.QuerySet):
    def renewal_due(self, today=None, within_days=RENEWAL_WARNING_DAYS):
        """Checks whose renewal date has passed or falls within the next `within_days` days."""
        today = today or timezone.localdate()
        return self.filter(renewal_date__lte=today + timedelta(days=within_days)).order_by("renewal_date")


class VettingCheck(models.Model):
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="dbs_checks")
    level = models.CharField(
        max_length=20, choices=[choice for choice in DBSLevel.choices if choice[0] != DBSLevel.NONE]
    )
    certificate_date = models.DateField("certificate issued")
    certificate_reference = models.CharField("certificate reference", max_length=40)
    renewal_date = models.DateField("renew by", db_index=True)
    status = models.CharField(
        max_length=20,
        choices=VettingStatus.choices,
        default=VettingStatus.CURRENT,
        help_text="Choose “Check in progress” once a new check has been applied for, until its certificate comes.",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    objects = VettingCheckQuerySet.as_manager()

    class Meta:
        ordering = ["renewal_date"]
        verbose_name = "DBS check"

    def __str__(self):
        return f"{self.get_level_display()} for {self.person.email}"

    def clean(self):
        super().clean()
        if self.certificate_date and self.certificate_date > timezone.localdate():
            raise ValidationError({"certificate_date": "The issue date cannot be in the future."})
        if self.certificate_date and self.renewal_date and self.renewal_date <= self.certificate_date:
            raise ValidationError(
                {"renewal_date": "The renew-by date must be after the date the certificate was issued."}
            )

    def days_to_renewal(self, today=None):
        return (self.renewal_date - (today or timezone.localdate())).days

    def time_to_renewal(self, today=None):
        """How long is left, in words: "42 days left", "Due today", "Overdue by 5 days"."""
        days = self.days_to_renewal(today)
        if days == 0:
            return "Due today"
        if days > 0:
            return f"{days} day{'' if days == 1 else 's'} left"
        return f"Overdue by {-days} day{'' if days == -1 else 's'}"
