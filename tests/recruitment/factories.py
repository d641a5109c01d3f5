"""Factories for recruitment: role pages, their application forms, applications and assessments."""

import factory

from recruitment.forms import HEALTH_CONSENT_VERSION
from recruitment.models import (
    Application,
    ApplicationFormPage,
    Assessment,
    CriterionScore,
    RoleDescriptionPage,
    Stage,
)
from tests.members.factories import UserFactory
from tests.page_factories import PublishedPageFactory


class RoleDescriptionPageFactory(PublishedPageFactory):
    """An open role without vetting; give it `parent=` (the volunteer index)."""

    class Meta:
        model = RoleDescriptionPage

    title = "Peer mentor"
    project_name = "Peer mentoring"
    summary = "Walk beside someone in their first months after diagnosis."
    location = "Islington"
    time_commitment = "6–12 months, about 3 hours a week"
    supervisor = "The volunteer coordinator"
    purpose = "<p>To offer support from lived experience.</p>"
    main_tasks = "<p>Meet your mentee every fortnight.</p>"


class ApplicationFormPageFactory(PublishedPageFactory):
    """The application form of a role; give it `parent=` (the role page)."""

    class Meta:
        model = ApplicationFormPage

    title = factory.LazyAttribute(lambda form: f"Apply: {form.parent.title}")
    slug = "apply"


class ApplicationFactory(factory.django.DjangoModelFactory):
    """An application submitted to `role` through its form: one answer per question, moved to Submitted by
    `move_to`, as the applicant's own submit does. `answers` replaces the generated answers."""

    class Meta:
        model = Application
        skip_postgeneration_save = True

    applicant = factory.SubFactory(UserFactory)
    role = None
    role_title = factory.LazyAttribute(lambda application: application.role.title)
    form_page = factory.LazyAttribute(lambda application: application.role.application_form)
    contact_name = "Alex"
    contact_email = factory.LazyAttribute(lambda application: application.applicant.email)
    availability = "Evenings"
    health_consent_given_at = "2026-11-01T10:00Z"
    health_consent_version = HEALTH_CONSENT_VERSION

    @factory.post_generation
    def answers(self, create, extracted, **kwargs):
        if not create:
            return
        form_page = self.form_page
        data = extracted or {field.clean_name: f"Answer to {field.label}" for field in form_page.get_form_fields()}
        form_page.get_submission_class().objects.create(
            form_data=data, page=form_page, user=self.applicant, application=self
        )
        self.move_to(Stage.SUBMITTED, by=self.applicant, notify=False)


class AssessmentFactory(factory.django.DjangoModelFactory):
    """An assessor's scores for an application: the same `score` against every criterion of its role."""

    class Meta:
        model = Assessment
        skip_postgeneration_save = True

    assessor = factory.SubFactory(UserFactory)
    assessor_name = factory.LazyAttribute(lambda assessment: assessment.assessor.get_full_name())

    @factory.post_generation
    def score(self, create, extracted, **kwargs):
        if not create:
            return
        CriterionScore.objects.bulk_create(
            CriterionScore(
                assessment=self, criterion=criterion, criterion_text=criterion.description, score=extracted or 3
            )
            for criterion in self.application.role.criteria.all()
        )
