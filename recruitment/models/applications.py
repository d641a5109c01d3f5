"""Applications, their stages and history, the two assessments, and who opened which application."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Q, Sum
from django.utils import timezone

from portal.roles import TRAINEES


class Stage(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    SHORTLISTED = "shortlisted", "Shortlisted"
    INTERVIEW_ARRANGED = "interview_arranged", "Interview arranged"
    ASSESSED = "assessed", "Assessed"
    OFFERED = "offered", "Offered training"
    BECAME_MEMBER = "became_member", "Became a Peer Supporter"
    NOT_NOW = "not_now", "Not this time"
    NOT_SUITABLE = "not_suitable", "Not suitable for this role"
    NOT_SHORTLISTED = "not_shortlisted", "Not taken forward"
    WITHDRAWN = "withdrawn", "Withdrawn"


# The selection pipeline. Every stage change goes through Application.move_to, which enforces this table.
ALLOWED_TRANSITIONS = {
    Stage.DRAFT: {Stage.SUBMITTED, Stage.WITHDRAWN},
    Stage.SUBMITTED: {Stage.SHORTLISTED, Stage.NOT_SHORTLISTED, Stage.WITHDRAWN},
    Stage.SHORTLISTED: {Stage.INTERVIEW_ARRANGED, Stage.NOT_SHORTLISTED, Stage.WITHDRAWN},
    # Arranging again moves the interview.
    Stage.INTERVIEW_ARRANGED: {Stage.INTERVIEW_ARRANGED, Stage.ASSESSED, Stage.WITHDRAWN},
    Stage.ASSESSED: {Stage.OFFERED, Stage.NOT_NOW, Stage.NOT_SUITABLE, Stage.WITHDRAWN},
    # Training says when the trainee is confirmed as a member (training.signals.trainee_became_member).
    Stage.OFFERED: {Stage.BECAME_MEMBER},
    Stage.BECAME_MEMBER: set(),
    Stage.NOT_NOW: set(),
    Stage.NOT_SUITABLE: set(),
    Stage.NOT_SHORTLISTED: set(),
    Stage.WITHDRAWN: set(),
}
DECISIONS = (Stage.OFFERED, Stage.NOT_NOW, Stage.NOT_SUITABLE)
# Applications that ended without a place: erased after RECRUITMENT_CLOSED_APPLICATION_RETENTION_DAYS.
UNSUCCESSFUL_OR_WITHDRAWN = (Stage.NOT_NOW, Stage.NOT_SUITABLE, Stage.NOT_SHORTLISTED, Stage.WITHDRAWN)
# Where an application is decided: decided_at records when. (An offer is decided, then ends in BECAME_MEMBER.)
DECIDED_STAGES = (*UNSUCCESSFUL_OR_WITHDRAWN, Stage.OFFERED)
FINAL_STAGES = (*UNSUCCESSFUL_OR_WITHDRAWN, Stage.BECAME_MEMBER)
ASSESSABLE_STAGES = (Stage.INTERVIEW_ARRANGED, Stage.ASSESSED)
REQUIRED_ASSESSMENTS = 2


class InvalidTransition(Exception):
    """A stage change the pipeline does not allow (for example deciding before both assessments)."""


class InterviewFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    PHONE = "phone", "By phone"
    VIDEO = "video", "By video call"


class ApplicationQuerySet(models.QuerySet):
    def live(self):
        """Applications that still hold the person's place for the role: one per role per person."""
        return self.exclude(stage__in=UNSUCCESSFUL_OR_WITHDRAWN)


class Application(models.Model):
    """One person's application for one role: the fixed core answers, the stage and the interview."""

    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_applications"
    )
    role = models.ForeignKey("recruitment.RoleDescriptionPage", on_delete=models.SET_NULL, null=True, related_name="+")
    role_title = models.CharField(max_length=255, help_text="The role's title when the application was made.")
    form_page = models.ForeignKey(
        "recruitment.ApplicationFormPage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.DRAFT, db_index=True)
    # What a draft holds so far, as typed (strings only); cleared on submission.
    draft_data = models.JSONField(default=dict, blank=True)

    contact_name = models.CharField("name", max_length=150, blank=True)
    contact_email = models.EmailField("email", blank=True)
    contact_phone = models.CharField("phone", max_length=40, blank=True)
    availability = models.TextField(blank=True)
    health_consent_given_at = models.DateTimeField(null=True, blank=True)
    health_consent_version = models.CharField(max_length=20, blank=True)

    interview_at = models.DateTimeField(null=True, blank=True)
    interview_format = models.CharField(max_length=20, choices=InterviewFormat.choices, blank=True)
    interview_place = models.CharField(max_length=300, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True, db_index=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["applicant", "role"],
                condition=~Q(stage__in=[stage.value for stage in UNSUCCESSFUL_OR_WITHDRAWN]),
                name="recruitment_one_live_application_per_role",
            )
        ]
        permissions = [
            ("assess_application", "Can score applications against the person specification"),
            ("export_application", "Can export applications"),
        ]

    def __str__(self):
        return f"Application {self.reference} ({self.role_title})"

    @property
    def reference(self):
        return f"A{self.pk:05d}" if self.pk else "new"

    @property
    def is_draft(self):
        return self.stage == Stage.DRAFT

    @property
    def can_withdraw(self):
        return Stage.WITHDRAWN in ALLOWED_TRANSITIONS[self.stage]

    def allowed_next_stages(self):
        return ALLOWED_TRANSITIONS[Stage(self.stage)]

    def completed_assessments(self):
        return [assessment for assessment in self.assessments.all() if assessment.is_complete()]

    def has_both_assessments(self):
        assessors = {assessment.assessor_id for assessment in self.completed_assessments() if assessment.assessor_id}
        return len(assessors) >= REQUIRED_ASSESSMENTS

    def move_to(self, stage, *, by, feedback="", signposting="", detail="", notify=True):
        """The one way an application changes stage: checks the move is allowed, saves it and writes its history.

        Raises InvalidTransition for a move the pipeline does not allow. Emails the applicant once the change
        is committed.
        """
        stage = Stage(stage)
        with transaction.atomic():
            current = Application.objects.select_for_update().get(pk=self.pk)
            if stage not in ALLOWED_TRANSITIONS[Stage(current.stage)]:
                raise InvalidTransition(
                    f"An application cannot move from “{current.get_stage_display()}” to “{stage.label}”."
                )
            if stage == Stage.ASSESSED and not self.has_both_assessments():
                raise InvalidTransition("Two different assessors must score every criterion first.")
            if stage in DECISIONS and not self.has_both_assessments():
                raise InvalidTransition("A decision needs both assessments.")
            previous = current.stage
            now = timezone.now()
            self.stage = stage
            if stage == Stage.SUBMITTED:
                self.submitted_at = now
                self.draft_data = {}
            if stage in DECIDED_STAGES:
                self.decided_at = now
            self.save()
            event = self.events.create(
                from_stage=previous,
                to_stage=stage,
                at=now,
                by=by,
                feedback=feedback,
                signposting=signposting,
                detail=detail,
            )
            if stage == Stage.OFFERED:
                self.applicant.groups.add(Group.objects.get(name=TRAINEES))
            if notify:
                from recruitment.emails import send_stage_email

                transaction.on_commit(lambda: send_stage_email(self, event))
        return event

    def timeline(self):
        """The history the applicant sees: drafts are left out, everything else in order."""
        return [event for event in self.events.all() if event.to_stage != Stage.DRAFT]


class ApplicationEvent(models.Model):
    """One stage change, kept as history. Feedback and signposting here are written to the applicant."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    from_stage = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=20, choices=Stage.choices)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    feedback = models.TextField(blank=True)
    signposting = models.TextField(blank=True)
    detail = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_to_stage_display()} at {self.at:%Y-%m-%d %H:%M}"


class Assessment(models.Model):
    """One assessor's scores for one candidate, against every criterion of the role's person specification."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="assessments")
    assessor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    assessor_name = models.CharField(max_length=255, blank=True)
    notes = models.TextField("overall notes", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["application", "assessor"], name="recruitment_one_assessment_per_assessor")
        ]

    def __str__(self):
        return f"Assessment by {self.assessor_name}"

    def is_complete(self):
        """Every criterion of the role has a score."""
        role = self.application.role
        if role is None:
            return False
        criterion_ids = {criterion.pk for criterion in role.criteria.all()}
        scored = {score.criterion_id for score in self.scores.all()}
        return bool(criterion_ids) and criterion_ids <= scored

    @property
    def total(self):
        return sum(score.score for score in self.scores.all())


class CriterionScore(models.Model):
    SCORE_CHOICES = [
        (1, "1 – no evidence"),
        (2, "2 – some evidence"),
        (3, "3 – good evidence"),
        (4, "4 – strong evidence"),
    ]

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        "recruitment.PersonSpecificationCriterion", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    criterion_text = models.CharField(max_length=300)
    score = models.PositiveSmallIntegerField(
        choices=SCORE_CHOICES, validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["assessment", "criterion"], name="recruitment_one_score_per_criterion"),
            models.CheckConstraint(condition=Q(score__gte=1, score__lte=4), name="recruitment_score_1_to_4"),
        ]

    def __str__(self):
        return f"{self.criterion_text}: {self.score}"


class ApplicationAccessLog(models.Model):
    """Who opened or exported applications, and when. Kept when the application itself is erased."""

    VIEWED = "viewed"
    EXPORTED = "exported"
    EXPORTED_SENSITIVE = "exported_sensitive"
    ACTIONS = [
        (VIEWED, "Opened an application"),
        (EXPORTED, "Exported applications"),
        (EXPORTED_SENSITIVE, "Exported applications with sensitive answers"),
    ]

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    user_label = models.CharField("who", max_length=255)
    application = models.ForeignKey(Application, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    application_reference = models.CharField(max_length=20, blank=True)
    action = models.CharField(max_length=20, choices=ACTIONS)
    detail = models.CharField(max_length=300, blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = "application access log entry"
        verbose_name_plural = "application access log"

    def __str__(self):
        return f"{self.user_label} {self.get_action_display().lower()} {self.application_reference}".strip()

    @classmethod
    def record(cls, user, action, application=None, detail=""):
        return cls.objects.create(
            user=user,
            user_label=user.email,
            application=application,
            application_reference=application.reference if application else "",
            action=action,
            detail=detail,
        )


def assessment_totals(application):
    """Each assessor's total and the combined total, for the coordinator's record."""
    per_assessor = [(assessment, assessment.total) for assessment in application.assessments.all()]
    combined = CriterionScore.objects.filter(assessment__application=application).aggregate(total=Sum("score"))
    return per_assessor, combined["total"] or 0
