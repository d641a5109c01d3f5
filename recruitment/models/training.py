"""Training: module pages under /training/ (the course), quiz questions, and each trainee's progress, attempts,
reflection notes, certificates and induction checklist. Marking and progress rules live in recruitment.training."""

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.forms import CheckboxSelectMultiple
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from portal.confidentiality import validate_no_disclosing_terms
from recruitment.training.blocks import ChoiceBlock, LessonBlock

DEFAULT_CERTIFICATE_TITLE = "Certificate in Peer Support Practice"


class TrainingModulePage(RoutablePageMixin, Page):
    """One module of the course: lessons, then a quiz marked on the server. Its place in the page tree is its order."""

    summary = models.CharField(max_length=300, help_text="One or two sentences shown in the course list.")
    introduction = RichTextField(features=["bold", "italic", "link", "ul"], blank=True)
    lessons = StreamField([("lesson", LessonBlock())], blank=True)
    is_required = models.BooleanField(
        "required for the certificate", default=True, help_text="Optional modules are extra learning."
    )
    duration_hours = models.DecimalField(
        "duration (hours)",
        max_digits=4,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0.25")), MaxValueValidator(Decimal("100"))],
        help_text="How long the module takes; recorded as CPD hours when the trainee passes.",
    )
    pass_mark = models.PositiveSmallIntegerField(
        "pass mark (%)", default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    attempt_limit = models.PositiveSmallIntegerField(
        "attempt limit",
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="Leave empty for unlimited attempts.",
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="unlocks",
        help_text="Modules the trainee must pass before opening this one.",
    )
    competencies = ParentalManyToManyField("members.Competency", blank=True, related_name="training_modules")

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_required"), FieldPanel("duration_hours")]),
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("attempt_limit")]),
                FieldPanel("prerequisites", widget=CheckboxSelectMultiple),
                FieldPanel("competencies", widget=CheckboxSelectMultiple),
            ],
            heading="Module settings",
        ),
        FieldPanel("lessons"),
        InlinePanel("questions", heading="Quiz questions", label="Question", min_num=1),
    ]
    parent_page_types = ["recruitment.TrainingIndexPage"]
    subpage_types = []
    template = "recruitment/training/module_page.html"

    class Meta:
        verbose_name = "training module"

    def clean(self):
        super().clean()
        if self.pk and any(prerequisite.pk == self.pk for prerequisite in self.prerequisites.all()):
            raise ValidationError({"prerequisites": "A module cannot be its own prerequisite."})

    @property
    def cpd_source(self):
        return f"training-module:{self.pk}"

    def get_sitemap_urls(self, request=None):
        return []  # trainees only (confidentiality rule 3)

    @path("")
    def overview(self, request):
        from recruitment.training import views

        return views.module_overview(request, self)

    @path("lessons/<int:number>/")
    def lesson(self, request, number):
        from recruitment.training import views

        return views.lesson(request, self, number)

    @path("quiz/")
    def quiz(self, request):
        from recruitment.training import views

        return views.quiz(request, self)

    @path("quiz/results/<int:attempt_id>/")
    def result(self, request, attempt_id):
        from recruitment.training import views

        return views.result(request, self, attempt_id)


class QuizQuestion(Orderable):
    """A quiz question and its choices. Which choices are correct is read only by the marking code on the server."""

    SINGLE = "single"
    MULTIPLE = "multiple"

    page = ParentalKey(TrainingModulePage, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField("question", max_length=400)
    kind = models.CharField(
        max_length=10,
        choices=[(SINGLE, "One correct answer"), (MULTIPLE, "One or more correct answers (tick all that apply)")],
        default=SINGLE,
    )
    choices = StreamField([("choice", ChoiceBlock())])
    explanation = models.TextField(help_text="Shown after the trainee submits: why the right answer is right.")
    revisit_lesson = models.PositiveSmallIntegerField(
        "lesson to revisit",
        null=True,
        blank=True,
        help_text="The lesson number to point to when this is answered wrongly.",
    )

    panels = [
        FieldPanel("text"),
        FieldPanel("kind"),
        FieldPanel("choices"),
        FieldPanel("explanation"),
        FieldPanel("revisit_lesson"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "quiz question"

    def __str__(self):
        return self.text

    def clean(self):
        super().clean()
        correct = [choice for choice in self.choices if choice.value.get("is_correct")]
        if len(list(self.choices)) < 2:
            raise ValidationError({"choices": "Give at least two choices."})
        if not correct:
            raise ValidationError({"choices": "Mark at least one choice as correct."})
        if self.kind == self.SINGLE and len(correct) > 1:
            raise ValidationError({"choices": "A one-answer question has exactly one correct choice."})

    def correct_choice_ids(self):
        return {choice.id for choice in self.choices if choice.value.get("is_correct")}


class ModuleProgress(models.Model):
    """Where one trainee is in one module: started, furthest lesson, when first passed."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_progress")
    module = models.ForeignKey(TrainingModulePage, on_delete=models.CASCADE, related_name="progress")
    started_at = models.DateTimeField(auto_now_add=True)
    last_lesson = models.PositiveSmallIntegerField(default=0)
    last_activity_at = models.DateTimeField(auto_now=True)
    passed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
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
        constraints = [models.UniqueConstraint(fields=["user", "module", "block_id"], name="one_note_per_user_prompt")]

    def __str__(self):
        return f"Note on {self.module}"


def new_verification_code():
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class Certificate(models.Model):
    """Issued once, when the last required module is passed. What it says is fixed at issue."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_certificates")
    course = models.ForeignKey("recruitment.TrainingIndexPage", on_delete=models.PROTECT, related_name="+")
    title = models.CharField(max_length=200, validators=[validate_no_disclosing_terms])
    name = models.CharField("name on the certificate", max_length=200)
    completed_on = models.DateField()
    competencies = models.JSONField(default=list)
    code = models.CharField(max_length=14, unique=True, default=new_verification_code)
    issued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_certificate_per_course")]

    def __str__(self):
        return f"{self.title} – {self.name}"


@register_setting(icon="doc-full")
class TrainingSettings(BaseSiteSetting):
    certificate_title = models.CharField(
        max_length=200,
        default=DEFAULT_CERTIFICATE_TITLE,
        validators=[validate_no_disclosing_terms],
        help_text="Printed on certificates and the verification page. Keep it general: it must not say what the "
        "project is about.",
    )

    panels = [FieldPanel("certificate_title")]

    class Meta:
        verbose_name = "training settings"


class InductionItem(models.Model):
    """One item of the organisation induction checklist (mission and values, who is who, policies…)."""

    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta:
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
        constraints = [models.UniqueConstraint(fields=["user", "item"], name="one_completion_per_user_item")]

    def __str__(self):
        return f"{self.item} – {self.user}"


__all__ = [
    "DEFAULT_CERTIFICATE_TITLE",
    "Certificate",
    "InductionCompletion",
    "InductionItem",
    "ModuleProgress",
    "QuizAttempt",
    "QuizQuestion",
    "ReflectionNote",
    "TrainingModulePage",
    "TrainingSettings",
]
