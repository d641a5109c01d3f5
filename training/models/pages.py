"""The course: the /training/ section, its module pages (the order in the page tree is the course order) and each
module's quiz questions. Marking and progress rules live beside them in training/."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.forms import CheckboxSelectMultiple
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from portal.pages import SectionIndexPage
from training.blocks import ChoiceBlock, LessonBlock


class TrainingIndexPage(SectionIndexPage):
    """/training/: training for people offered a place. Private: demo content restricts it to the role groups."""

    subpage_types = ["training.TrainingModulePage"]
    template = "training/course_page.html"

    class Meta:
        db_table = "recruitment_trainingindexpage"  # the tables kept their names when training left recruitment
        verbose_name = "training section"


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
    taught_in_group = models.BooleanField(
        "taught in a group",
        default=False,
        help_text="Tick when trainees learn this module together with a trainer, not on their own. Only then does "
        "passing it count as participatory CPD (learning with other people).",
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
                FieldPanel("taught_in_group"),
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("attempt_limit")]),
                FieldPanel("prerequisites", widget=CheckboxSelectMultiple),
                FieldPanel("competencies", widget=CheckboxSelectMultiple),
            ],
            heading="Module settings",
        ),
        FieldPanel("lessons"),
        InlinePanel("questions", heading="Quiz questions", label="Question", min_num=1),
    ]
    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types = []
    template = "training/module_page.html"

    class Meta:
        db_table = "recruitment_trainingmodulepage"
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
        from training import views

        return views.module_overview(request, self)

    @path("lessons/<int:number>/")
    def lesson(self, request, number):
        from training import views

        return views.lesson(request, self, number)

    @path("quiz/")
    def quiz(self, request):
        from training import views

        return views.quiz(request, self)

    @path("quiz/results/<int:attempt_id>/")
    def result(self, request, attempt_id):
        from training import views

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
        db_table = "recruitment_quizquestion"
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
