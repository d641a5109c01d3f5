"""Each trainee's way through the course: progress per module, quiz attempts, private reflection notes, and the
organisation induction checklist."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel

from training.models.pages import TrainingModulePage


class ModuleProgress(models.Model):
    """Where one trainee is in one module: started, furthest lesson, when first passed."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_progress")
    module = models.ForeignKey(TrainingModulePage, on_delete=models.CASCADE, related_name="progress")
    started_at = models.DateTimeField(auto_now_add=True)
    last_lesson = models.PositiveSmallIntegerField(default=0)
    last_activity_at = models.DateTimeField(auto_now=True)
    passed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "recruitment_moduleprogress"
        verbose_name = "training progress"
        verbose_name_plural = "training progress"
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="one_progress_per_user_module")]

    def __str__(self):
        return f"{self.user} – {self.module}"

    @property
    def is_passed(self):
        return self.passed_at is not None


class QuizAttempt(models.Model):
    """One submitted quiz. `results` keeps, per question, what was chosen and whether it was right."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    module = models.ForeignKey(TrainingModulePage, on_delete=models.CASCADE, related_name="attempts")
    submitted_at = models.DateTimeField(auto_now_add=True)
    score = models.PositiveSmallIntegerField()
    total = models.PositiveSmallIntegerField()
    percent = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    results = models.JSONField(default=list)

    class Meta:
        db_table = "recruitment_quizattempt"
        ordering = ["-submitted_at", "-id"]

    def __str__(self):
        return f"{self.module} – {self.percent}%"


class ReflectionNote(models.Model):
    """A trainee's private note beside a reflection prompt. Nobody else reads it, coordinators included."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_notes")
    module = models.ForeignKey(TrainingModulePage, on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    text = models.TextField(blank=True, max_length=5000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "recruitment_reflectionnote"
        constraints = [models.UniqueConstraint(fields=["user", "module", "block_id"], name="one_note_per_user_prompt")]

    def __str__(self):
        return f"Note on {self.module}"


class InductionItem(models.Model):
    """One item of the organisation induction checklist (mission and values, who is who, policies…)."""

    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta:
        db_table = "recruitment_inductionitem"
        ordering = ["sort_order", "id"]
        verbose_name = "induction checklist item"

    def __str__(self):
        return self.title


class InductionCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="induction_items_done")
    item = models.ForeignKey(InductionItem, on_delete=models.CASCADE, related_name="completions")
    done_at = models.DateTimeField(auto_now_add=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        db_table = "recruitment_inductioncompletion"
        constraints = [models.UniqueConstraint(fields=["user", "item"], name="one_completion_per_user_item")]

    def __str__(self):
        return f"{self.item} – {self.user}"
