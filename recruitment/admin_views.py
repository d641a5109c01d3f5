"""The coordinator's screens in Wagtail admin: the application list, the record, and the selection actions.

Views parse and render; every stage change goes through Application.move_to.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms import modelform_factory
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.functional import cached_property
from django.views.generic import FormView
from django_filters import ChoiceFilter, DateFromToRangeFilter, ModelChoiceFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from portal.spreadsheets import csv_response
from recruitment.forms import (
    AssessmentForm,
    DecisionForm,
    ExportForm,
    FeedbackForm,
    InterviewForm,
    ShortlistForm,
)
from recruitment.models import (
    Application,
    ApplicationAccessLog,
    Assessment,
    CriterionScore,
    InvalidTransition,
    RoleDescriptionPage,
    Stage,
    VettingCheck,
)
from recruitment.models.applications import ASSESSABLE_STAGES, assessment_totals
from recruitment.models.vetting import RENEWAL_WARNING_DAYS

CHANGE = "recruitment.change_application"
ASSESS = "recruitment.assess_application"
EXPORT = "recruitment.export_application"


def submitted_applications():
    """Drafts belong to the applicant until they send them: staff never see them."""
    return Application.objects.exclude(stage=Stage.DRAFT)


class ApplicationFilterSet(WagtailFilterSet):
    role = ModelChoiceFilter(label="Role", queryset=RoleDescriptionPage.objects.order_by("title"))
    stage = ChoiceFilter(
        label="Stage", choices=[choice for choice in Stage.choices if choice[0] != Stage.DRAFT], empty_label="All"
    )
    submitted_at = DateFromToRangeFilter(label="Sent between", widget=DateRangePickerWidget)

    class Meta:
        model = Application
        fields = ["role", "stage", "submitted_at"]


class ApplicationIndexView(IndexView):
    def get_base_queryset(self):
        return submitted_applications().select_related("role")

    def get_edit_url(self, instance):
        return None

    def get_copy_url(self, instance):
        return None

    def get_delete_url(self, instance):
        return None

    def get_add_url(self):
        return None

    @cached_property
    def header_buttons(self):
        if not self.request.user.has_perm(EXPORT):
            return []
        return [HeaderButton("Export CSV", url=reverse("recruitment_admin_application:export"), icon_name="download")]


class ApplicationInspectView(InspectView):
    """Opening an application is recorded: who opened which one, and when."""

    template_name = "recruitment/admin/application_inspect.html"

    def get_base_object_queryset(self):
        return submitted_applications().select_related("role", "applicant", "form_page")

    def get(self, request, *args, **kwargs):
        ApplicationAccessLog.record(request.user, ApplicationAccessLog.VIEWED, self.object)
        return super().get(request, *args, **kwargs)

    def get_fields(self):
        return []

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_page_title(self):
        return f"Application {self.object.reference}"

    def get_page_subtitle(self):
        return self.object.role_title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        user = self.request.user
        criteria = list(application.role.criteria.all()) if application.role else []
        assessments = list(application.assessments.prefetch_related("scores"))
        rows = []
        for criterion in criteria:
            cells = []
            for assessment in assessments:
                score = next((s for s in assessment.scores.all() if s.criterion_id == criterion.pk), None)
                cells.append(score)
            rows.append((criterion, cells))
        per_assessor, combined = assessment_totals(application)
        submission = getattr(application, "submission", None)
        answers = []
        if submission is not None and application.form_page is not None:
            data = submission.form_data
            for field in application.form_page.get_form_fields():
                value = data.get(field.clean_name)
                answers.append((field.label, _display(value), field.is_sensitive))
        stage = Stage(application.stage)
        context.update(
            application=application,
            answers=answers,
            history=application.events.select_related("by"),
            criteria_rows=rows,
            assessments=assessments,
            per_assessor=per_assessor,
            combined_total=combined,
            both_assessed=application.has_both_assessments(),
            dbs_checks=VettingCheck.objects.filter(person=application.applicant)
            if application.role and application.role.requires_dbs
            else None,
            can_change=user.has_perm(CHANGE),
            can_assess=user.has_perm(ASSESS) and stage in ASSESSABLE_STAGES,
            can_shortlist=user.has_perm(CHANGE) and Stage.SHORTLISTED in application.allowed_next_stages(),
            can_decline=user.has_perm(CHANGE) and Stage.NOT_SHORTLISTED in application.allowed_next_stages(),
            can_arrange=user.has_perm(CHANGE) and Stage.INTERVIEW_ARRANGED in application.allowed_next_stages(),
            can_decide=user.has_perm(CHANGE) and stage == Stage.ASSESSED,
        )
        return context


def _display(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


class ApplicationActionView(WagtailAdminTemplateMixin, FormView):
    """A coordinator's action on one application: a form, then one call to the pipeline."""

    permission = CHANGE
    template_name = "recruitment/admin/application_action.html"
    header_icon = "form"
    action_label = ""
    explanation = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        self.application = get_object_or_404(submitted_applications().select_related("role"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def application_url(self):
        return reverse("recruitment_admin_application:inspect", args=[self.application.pk])

    def get_page_title(self):
        return f"{self.action_label}: application {self.application.reference}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("recruitment_admin_application:index"), "label": "Applications"},
            {"url": self.application_url(), "label": f"Application {self.application.reference}"},
            {"url": "", "label": self.action_label},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            application=self.application,
            action_label=self.action_label,
            explanation=self.explanation,
            cancel_url=self.application_url(),
        )
        return context

    def form_valid(self, form):
        try:
            self.act(form)
        except InvalidTransition as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, self.success_message)
        return redirect(self.application_url())

    def act(self, form):
        raise NotImplementedError


class ShortlistView(ApplicationActionView):
    form_class = ShortlistForm
    action_label = "Shortlist"
    explanation = "The applicant is told they are shortlisted; next, arrange an interview."
    success_message = "Shortlisted. The applicant has been emailed."

    def act(self, form):
        self.application.move_to(Stage.SHORTLISTED, by=self.request.user, feedback=form.cleaned_data["feedback"])


class NotTakenForwardView(ApplicationActionView):
    form_class = FeedbackForm
    action_label = "Do not take forward"
    explanation = "Everyone gets feedback. Say why, kindly, and point to other support where you can."
    success_message = "Not taken forward. The applicant has been emailed and can read your feedback."

    def act(self, form):
        self.application.move_to(
            Stage.NOT_SHORTLISTED,
            by=self.request.user,
            feedback=form.cleaned_data["feedback"],
            signposting=form.cleaned_data["signposting"],
        )


class InterviewView(ApplicationActionView):
    form_class = InterviewForm
    action_label = "Arrange interview"
    explanation = "The date, time and place (or phone arrangements) are shown to the applicant."
    success_message = "Interview arranged. The applicant has been emailed."

    def get_initial(self):
        return {
            "interview_at": self.application.interview_at and timezone.localtime(self.application.interview_at),
            "interview_format": self.application.interview_format,
            "interview_place": self.application.interview_place,
        }

    def act(self, form):
        data = form.cleaned_data
        with transaction.atomic():
            self.application.interview_at = data["interview_at"]
            self.application.interview_format = data["interview_format"]
            self.application.interview_place = data["interview_place"]
            when = timezone.localtime(data["interview_at"]).strftime("%A %-d %B %Y, %H:%M")
            label = dict(InterviewForm.base_fields["interview_format"].choices)[data["interview_format"]]
            self.application.move_to(
                Stage.INTERVIEW_ARRANGED,
                by=self.request.user,
                detail=f"{when}, {label.lower()}: {data['interview_place']}",
            )


class AssessView(ApplicationActionView):
    """The signed-in assessor's own scores; the pipeline moves on once two different assessors have scored."""

    permission = ASSESS
    form_class = AssessmentForm
    action_label = "Assess"
    explanation = (
        "Score every criterion from 1 to 4 and note the evidence. Two different people assess each candidate "
        "against the same criteria."
    )
    success_message = "Your assessment is saved."

    def get(self, request, *args, **kwargs):
        if self.application.stage not in ASSESSABLE_STAGES:
            messages.error(request, "Applications are assessed once an interview is arranged, and before a decision.")
            return redirect(self.application_url())
        return super().get(request, *args, **kwargs)

    def own_assessment(self):
        return Assessment.objects.filter(application=self.application, assessor=self.request.user).first()

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        existing = self.own_assessment()
        kwargs["criteria"] = self.application.role.criteria.all() if self.application.role else []
        kwargs["existing"] = {score.criterion_id: score for score in existing.scores.all()} if existing else {}
        if existing and "data" not in kwargs:
            kwargs["initial"] = {"notes": existing.notes}
        return kwargs

    def act(self, form):
        if self.application.stage not in ASSESSABLE_STAGES:
            raise InvalidTransition("This application is not at the assessment stage.")
        user = self.request.user
        with transaction.atomic():
            assessment, _created = Assessment.objects.update_or_create(
                application=self.application,
                assessor=user,
                defaults={"assessor_name": user.get_full_name(), "notes": form.cleaned_data["notes"]},
            )
            assessment.scores.all().delete()
            CriterionScore.objects.bulk_create(
                CriterionScore(
                    assessment=assessment,
                    criterion=criterion,
                    criterion_text=criterion.description,
                    score=score,
                    notes=notes,
                )
                for criterion, score, notes in form.scores()
            )
            if self.application.stage == Stage.INTERVIEW_ARRANGED and self.application.has_both_assessments():
                self.application.move_to(Stage.ASSESSED, by=user)


class DecisionView(ApplicationActionView):
    form_class = DecisionForm
    action_label = "Decide"
    explanation = (
        "Read both assessments first. The decision is yours: nothing is decided from the scores automatically."
    )
    success_message = "Decision recorded. The applicant has been emailed and can read your feedback."

    def act(self, form):
        data = form.cleaned_data
        self.application.move_to(
            data["decision"], by=self.request.user, feedback=data["feedback"], signposting=data["signposting"]
        )


class ExportView(WagtailAdminTemplateMixin, FormView):
    """CSV of submitted applications. Health answers only when asked for, and every export is logged."""

    form_class = ExportForm
    template_name = "recruitment/admin/application_export.html"
    page_title = "Export applications"
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(EXPORT):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        include_sensitive = form.cleaned_data["include_sensitive"]
        applications = list(
            submitted_applications().select_related("form_page", "submission").order_by("submitted_at", "pk")
        )
        action = ApplicationAccessLog.EXPORTED_SENSITIVE if include_sensitive else ApplicationAccessLog.EXPORTED
        ApplicationAccessLog.record(self.request.user, action, detail=f"{len(applications)} applications")
        return csv_response("applications.csv", *applications_table(applications, include_sensitive))


def applications_table(applications, include_sensitive):
    """The export's headings and rows: the application, then each question's answer (health ones only if asked)."""
    questions = []  # (form page id, clean name, label)
    seen = set()
    for application in applications:
        if application.form_page is None:
            continue
        for field in application.form_page.get_form_fields():
            key = (application.form_page_id, field.clean_name)
            if key in seen or (field.is_sensitive and not include_sensitive):
                continue
            seen.add(key)
            questions.append((*key, f"{application.role_title}: {field.label}"))
    headings = [
        "Reference",
        "Role",
        "Stage",
        "Sent",
        "Decided",
        "Name",
        "Email",
        "Phone",
        "Availability",
        "Health consent given",
        "Consent wording version",
        *[label for _page, _name, label in questions],
    ]
    rows = []
    for application in applications:
        submission = getattr(application, "submission", None)
        data = submission.form_data if submission else {}
        row = [
            application.reference,
            application.role_title,
            application.get_stage_display(),
            application.submitted_at and timezone.localtime(application.submitted_at).strftime("%Y-%m-%d"),
            application.decided_at and timezone.localtime(application.decided_at).strftime("%Y-%m-%d"),
            application.contact_name,
            application.contact_email,
            application.contact_phone,
            application.availability,
            application.health_consent_given_at and application.health_consent_given_at.isoformat(),
            application.health_consent_version,
        ]
        for page_id, name, _label in questions:
            row.append(_display(data.get(name)) if page_id == application.form_page_id else "")
        rows.append(row)
    return headings, rows


class ApplicationViewSet(ModelViewSet):
    model = Application
    icon = "form"
    menu_label = "Applications"
    name = "recruitment_admin_application"
    url_prefix = "recruitment/applications"
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = ApplicationFilterSet
    list_display = [
        "__str__",
        "contact_name",
        Column("stage", label="Stage", accessor="get_stage_display"),
        DateColumn("submitted_at", label="Sent", sort_key="submitted_at"),
    ]
    ordering = ["-submitted_at"]
    form_fields = []  # nothing is edited directly: changes go through the actions

    def get_urlpatterns(self):
        from django.urls import path

        actions = [
            ("shortlist", ShortlistView),
            ("decline", NotTakenForwardView),
            ("interview", InterviewView),
            ("assess", AssessView),
            ("decide", DecisionView),
        ]
        patterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("export/", ExportView.as_view(), name="export"),
        ]
        patterns += [path(f"{name}/<int:pk>/", view.as_view(), name=name) for name, view in actions]
        return patterns


class CalendarDateColumn(Column):
    """A date shown as a date. Wagtail's DateColumn shows how long ago a moment was, which reads "Just now" for a
    date still weeks ahead."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return format_date(value, "j M Y") if value else ""


class VettingCheckViewSet(ModelViewSet):
    model = VettingCheck
    icon = "doc-full"
    menu_label = "DBS checks"
    name = "recruitment_admin_dbs"
    url_prefix = "recruitment/dbs-checks"
    form_fields = ["person", "level", "certificate_date", "certificate_reference", "renewal_date"]
    list_display = [
        "person",
        "level",
        "certificate_reference",
        CalendarDateColumn("renewal_date", label="Renew by"),
        Column("status", label="Status", accessor="get_status_display"),
    ]
    list_filter = ["level", "status", "renewal_date"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        # A check is recorded from its certificate; a new check in progress is marked when editing it.
        fields = [*self.form_fields, "status"] if for_update else self.form_fields
        return modelform_factory(self.model, formfield_callback=self.formfield_for_dbfield, fields=fields)


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """The access log is a record of who opened what: it is read, never added to or changed by hand."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


register_permission_policy(ApplicationAccessLog, ReadOnlyPermissionPolicy(ApplicationAccessLog))


class AccessLogViewSet(ModelViewSet):
    model = ApplicationAccessLog
    icon = "history"
    menu_label = "Application access log"
    name = "recruitment_admin_access_log"
    url_prefix = "recruitment/access-log"
    list_display = ["user_label", "action", "application_reference", "detail", DateColumn("at", label="When")]
    list_filter = ["action"]
    form_fields = []
    copy_view_enabled = False

    def get_urlpatterns(self):
        from django.urls import path

        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]


class RecruitmentViewSetGroup(ModelViewSetGroup):
    menu_label = "Recruitment"
    menu_icon = "group"
    menu_order = 250
    items = (ApplicationViewSet, VettingCheckViewSet, AccessLogViewSet)


class DBSRenewalsReportView(ReportView):
    """DBS checks whose renewal date has passed or falls in the next 60 days."""

    page_title = "DBS checks due for renewal"
    header_icon = "warning"
    index_url_name = "recruitment_dbs_renewals"
    index_results_url_name = "recruitment_dbs_renewals_results"
    permission_policy = ModelPermissionPolicy(VettingCheck)
    any_permission_required = ["view", "change"]
    columns = [
        Column("person", label="Person", accessor="person"),
        Column("level", label="Level", accessor="get_level_display"),
        Column("certificate_reference", label="Certificate reference"),
        CalendarDateColumn("renewal_date", label="Renew by"),
        Column("time_to_renewal", label="Time left"),
        Column("status", label="Status", accessor="get_status_display"),
    ]
    list_export = ["person", "level", "certificate_reference", "renewal_date", "status"]

    def get_page_subtitle(self):
        return f"Overdue, or due within {RENEWAL_WARNING_DAYS} days"

    def get_queryset(self):
        return VettingCheck.objects.renewal_due().select_related("person")
