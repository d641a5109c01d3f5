"""The public side of recruitment: the volunteer section, role descriptions and their application form pages."""

from django.conf import settings
from django.db import models
from django.shortcuts import redirect
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField, AbstractFormSubmission
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from portal.pages import SectionIndexPage

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class VolunteerIndexPage(SectionIndexPage):
    """/volunteer/: why and how to become a Peer Supporter, and the roles open now."""

    why_volunteer = RichTextField("Why volunteer", features=RICH_TEXT_FEATURES, blank=True)
    what_peer_supporters_do = RichTextField("What Peer Supporters do", features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *SectionIndexPage.content_panels,
        FieldPanel("why_volunteer"),
        FieldPanel("what_peer_supporters_do"),
    ]
    subpage_types = ["recruitment.RoleDescriptionPage"]

    class Meta:
        verbose_name = "volunteer section"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        roles = list(RoleDescriptionPage.objects.child_of(self).live().public().order_by("-is_open", "path"))
        context["open_roles"] = [role for role in roles if role.is_open]
        context["closed_roles"] = [role for role in roles if not role.is_open]
        return context


class DBSLevel(models.TextChoices):
    NONE = "none", "No check needed"
    BASIC = "basic", "Basic DBS check"
    STANDARD = "standard", "Standard DBS check"
    ENHANCED = "enhanced", "Enhanced DBS check"
    ENHANCED_BARRED = "enhanced_barred", "Enhanced DBS check with barred list"


class RoleDescriptionPage(Page):
    """One volunteer role: what it involves, and the person specification every candidate is assessed against."""

    project_name = models.CharField(max_length=200)
    summary = models.CharField(max_length=300, help_text="One or two sentences shown in the list of roles.")
    location = models.CharField(max_length=200)
    time_commitment = models.CharField(max_length=200, help_text="For example: 6–12 months, about 3 hours a week.")
    supervisor = models.CharField(max_length=200, help_text="Who supports and supervises the volunteer.")
    purpose = RichTextField(features=RICH_TEXT_FEATURES)
    main_tasks = RichTextField(features=RICH_TEXT_FEATURES)
    dbs_level = models.CharField(
        "vetting", max_length=20, choices=DBSLevel.choices, default=DBSLevel.NONE, help_text="The DBS check needed."
    )
    is_open = models.BooleanField(
        "open for applications", default=True, help_text="Closed roles stay on the site but take no applications."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("project_name"),
                FieldRowPanel([FieldPanel("location"), FieldPanel("time_commitment")]),
                FieldPanel("supervisor"),
                FieldPanel("dbs_level"),
                FieldPanel("is_open"),
            ],
            heading="The role",
        ),
        FieldPanel("purpose"),
        FieldPanel("main_tasks"),
        InlinePanel(
            "criteria",
            heading="Person specification",
            label="Criterion",
            help_text="Every candidate is scored against each criterion by two assessors.",
        ),
    ]
    parent_page_types = ["recruitment.VolunteerIndexPage"]
    subpage_types = ["recruitment.ApplicationFormPage"]

    class Meta:
        verbose_name = "volunteer role description"

    @property
    def requires_dbs(self):
        return self.dbs_level != DBSLevel.NONE

    @property
    def application_form(self):
        return ApplicationFormPage.objects.child_of(self).live().first()

    def essential_criteria(self):
        return [criterion for criterion in self.criteria.all() if criterion.is_essential]

    def desirable_criteria(self):
        return [criterion for criterion in self.criteria.all() if not criterion.is_essential]


class PersonSpecificationCriterion(Orderable):
    """What the role needs from a person; assessors score every candidate against each one (1–4)."""

    ESSENTIAL = "essential"
    DESIRABLE = "desirable"

    page = ParentalKey(RoleDescriptionPage, on_delete=models.CASCADE, related_name="criteria")
    description = models.CharField(max_length=300)
    importance = models.CharField(
        max_length=10, choices=[(ESSENTIAL, "Essential"), (DESIRABLE, "Desirable")], default=ESSENTIAL
    )

    panels = [FieldPanel("description"), FieldPanel("importance")]

    class Meta(Orderable.Meta):
        verbose_name = "person specification criterion"
        verbose_name_plural = "person specification criteria"

    def __str__(self):
        return self.description

    @property
    def is_essential(self):
        return self.importance == self.ESSENTIAL


class ApplicationFormField(AbstractFormField):
    """A question editors add to a role's application form, beyond the portal's fixed core."""

    page = ParentalKey("recruitment.ApplicationFormPage", on_delete=models.CASCADE, related_name="form_fields")
    is_sensitive = models.BooleanField(
        "may contain health information",
        default=False,
        help_text="Tick for questions about health or lived experience: these answers are left out of exports "
        "unless a coordinator asks for them, and that is logged.",
    )

    panels = [*AbstractFormField.panels, FieldPanel("is_sensitive")]


class ApplicationFormPage(AbstractForm):
    """The application form for the role above it: the fixed core questions plus the ones editors build here."""

    introduction = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, help_text="Shown on the application's page once it is submitted."
    )

    content_panels = [
        *AbstractForm.content_panels,
        FieldPanel("introduction"),
        InlinePanel("form_fields", heading="Questions", label="Question"),
        FieldPanel("thank_you_text"),
    ]
    parent_page_types = ["recruitment.RoleDescriptionPage"]
    subpage_types = []
    max_count_per_parent = 1
    search_fields = []  # applicants only: never in site search (confidentiality rule 3)

    class Meta:
        verbose_name = "application form"

    @property
    def role(self):
        return self.get_parent().specific

    @property
    def form_builder(self):
        from recruitment.forms import ApplicationQuestionsFormBuilder

        return ApplicationQuestionsFormBuilder

    def get_submission_class(self):
        return ApplicationFormSubmission

    def process_form_submission(self, form, application=None):
        """Wagtail's documented recipe for a custom submission model, with the signed-in applicant attached."""
        return self.get_submission_class().objects.create(
            form_data=form.cleaned_data, page=self, user=form.user, application=application
        )

    def serve(self, request, *args, **kwargs):
        from recruitment.views import serve_application_form

        if not request.user.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        return serve_application_form(self, request)

    def serve_preview(self, request, mode_name):
        return redirect(self.role.url) if mode_name == "landing" else super().serve_preview(request, mode_name)

    def get_sitemap_urls(self, request=None):
        return []  # applicants only: never listed (confidentiality rule 3)


class ApplicationFormSubmission(AbstractFormSubmission):
    """The answers to the editor-built questions, with the applicant who gave them."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    application = models.OneToOneField(
        "recruitment.Application", on_delete=models.CASCADE, null=True, related_name="submission"
    )

    class Meta:
        verbose_name = "application answers"
        verbose_name_plural = "application answers"
