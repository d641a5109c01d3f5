"""Continuing professional development: what a member learned, when, for how long, and their evidence."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from members.storage import neutral_evidence_name, private_storage

MIN_HOURS = Decimal("0.25")
MAX_HOURS = Decimal("100")


def validate_quarter_hours(value):
    if value is not None and (value * 4) % 1 != 0:
        raise ValidationError(
            "Give the time in quarter hours, for example 1.25 for an hour and a quarter.", code="quarter_hours"
        )


class ActivityType(models.TextChoices):
    TRAINING = "training", "Training course"
    SUPERVISION = "supervision", "Supervision"
    PEER_LEARNING = "peer_learning", "Group or peer-led learning"
    E_LEARNING = "e_learning", "E-learning or online course (MOOC)"
    CONFERENCE = "conference", "Conference or event"
    READING = "reading", "Reading or research"
    SHADOWING = "shadowing", "Shadowing"
    OTHER = "other", "Other"


class LearningMode(models.TextChoices):
    PARTICIPATORY = "participatory", "Participatory – learning with other people"
    SELF_DIRECTED = "self_directed", "Self-directed – learning on my own"


class Competency(index.Indexed, models.Model):
    """One skill or area of knowledge in the shared taxonomy: CPD records and training modules both point here."""

    name = models.CharField(max_length=120, unique=True)
    description = models.TextField(blank=True, help_text="What someone who has this competency can do.")

    panels = [FieldPanel("name"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "competencies"

    def __str__(self):
        return self.name


class CPDRecord(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cpd_records")
    date = models.DateField("date of the activity")
    activity_type = models.CharField("type of activity", max_length=20, choices=ActivityType.choices)
    title = models.CharField("what was it?", max_length=200)
    provider = models.CharField("who ran or provided it", max_length=200, blank=True)
    hours = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(MIN_HOURS), MaxValueValidator(MAX_HOURS), validate_quarter_hours],
    )
    mode = models.CharField(
        "how did you learn?", max_length=20, choices=LearningMode.choices, default=LearningMode.PARTICIPATORY
    )
    competencies = models.ManyToManyField(
        Competency, blank=True, related_name="cpd_records", verbose_name="competencies addressed"
    )
    reflection = models.TextField("what I learned and how it changes my practice", blank=True)
    # Set when another app records the activity (e.g. "training-module:12"), so recording it twice changes nothing.
    source = models.CharField(max_length=200, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = "CPD record"
        indexes = [models.Index(fields=["user", "date"])]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "source"], condition=~models.Q(source=""), name="members_cpd_one_record_per_source"
            ),
            models.CheckConstraint(
                condition=models.Q(hours__gte=MIN_HOURS, hours__lte=MAX_HOURS), name="members_cpd_hours_in_range"
            ),
        ]

    def __str__(self):
        return f"{self.date:%d %b %Y} – {self.title}"

    @property
    def is_participatory(self):
        return self.mode == LearningMode.PARTICIPATORY


class CPDEvidence(models.Model):
    """A file that backs up a CPD record: a certificate, notes, a photo of a handout. Kept in private storage."""

    record = models.ForeignKey(CPDRecord, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(storage=private_storage, upload_to=neutral_evidence_name, max_length=255)
    # The name the member gave the file: shown to them only. Downloads use `download_name`, which says nothing.
    original_name = models.CharField(max_length=255)
    extension = models.CharField(max_length=10)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "id"]
        verbose_name = "CPD evidence file"
        verbose_name_plural = "CPD evidence files"

    def __str__(self):
        return self.original_name

    @property
    def download_name(self):
        return f"evidence-{self.pk}.{self.extension}"


@receiver(post_delete, sender=CPDEvidence)
def delete_evidence_file(sender, instance, **kwargs):
    """Deleting a record or an account deletes its files, once the deletion is committed (a rollback keeps them)."""
    name = instance.file.name
    if name:
        transaction.on_commit(lambda: private_storage().delete(name))
