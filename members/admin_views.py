"""Coordinators' screens in Wagtail admin: CPD hours per member (totals only) and personal-data requests."""

from decimal import Decimal

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import FormView, TemplateView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from members.cpd import CPDYear, cpd_settings
from members.models import LearningMode
from members.personal_data import erase_person, personal_data_archive
from members.templatetags.members_tags import hours
from portal.admin import CoordinatorsOnlyMixin
from portal.roles import MEMBERS

ZERO = Decimal("0")


# --- CPD hours per member


class CPDHoursReportView(CoordinatorsOnlyMixin, ReportView):
    """Each member's hours this CPD year against the target. Reflections and titles stay private to the member."""

    page_title = "CPD hours this year"
    header_icon = "date"
    index_url_name = "members_admin_cpd_hours"
    index_results_url_name = "members_admin_cpd_hours_results"
    paginate_by = 50
    # The export writes hours as numbers (as people write them: 1.5, 16), so a spreadsheet can add them up.
    list_export = ["member_name", "email", "hours_number", "participatory_number", "target_number", "status"]
    export_headings = {
        "member_name": "Member",
        "email": "Email",
        "hours_number": "Hours this CPD year",
        "participatory_number": "Learning with others (hours)",
        "target_number": "Target (hours)",
        "status": "Target",
    }
    columns = [
        Column("member_name", label="Member"),
        Column("email", label="Email"),
        Column("hours_text", label="Hours this CPD year"),
        Column("participatory_text", label="Learning with others (hours)"),
        Column("target_text", label="Target (hours)"),
        Column("status", label="Target met?"),
    ]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.cpd = cpd_settings(request)
        self.year = CPDYear.containing(timezone.localdate(), self.cpd.year_start_month)

    def get_page_subtitle(self):
        return self.year.label

    def get_filename(self):
        return f"cpd-hours-{self.year.key}"

    def get_queryset(self):
        in_year = Q(cpd_records__date__gte=self.year.start, cpd_records__date__lt=self.year.end)
        return (
            get_user_model()
            .objects.filter(groups__name=MEMBERS)
            .annotate(
                hours=Coalesce(Sum("cpd_records__hours", filter=in_year), ZERO),
                participatory_hours=Coalesce(
                    Sum("cpd_records__hours", filter=in_year & Q(cpd_records__mode=LearningMode.PARTICIPATORY)), ZERO
                ),
            )
            .only("id", "email", "display_name", "first_name", "last_name")
            .order_by("email")
        )

    def decorate_paginated_queryset(self, object_list):
        rows = list(object_list)
        for member in rows:
            member.member_name = member.display_name or member.get_full_name()
            member.hours_text = hours(member.hours)
            member.participatory_text = hours(member.participatory_hours)
            member.target_text = hours(self.cpd.annual_target_hours)
            member.hours_number, member.participatory_number, member.target_number = (
                Decimal(text) for text in (member.hours_text, member.participatory_text, member.target_text)
            )
            met = (
                member.hours >= self.cpd.annual_target_hours
                and member.participatory_hours >= self.cpd.participatory_target_hours
            )
            member.status = "Met" if met else "Not yet"
        return rows


# --- Personal-data requests made by phone or letter


class FindPersonForm(forms.Form):
    email = forms.EmailField(label="Email address of the person asking")

    def clean_email(self):
        email = self.cleaned_data["email"]
        self.person = get_user_model().objects.filter(email__iexact=email).first()
        if self.person is None:
            raise ValidationError("Nobody has an account with that email address.")
        return email


class PersonalDataFindView(CoordinatorsOnlyMixin, WagtailAdminTemplateMixin, FormView):
    page_title = "Personal data requests"
    header_icon = "user"
    template_name = "members/admin/personal_data_find.html"
    form_class = FindPersonForm

    def form_valid(self, form):
        return redirect("members_admin_personal_data_person", pk=form.person.pk)


class PersonalDataPersonView(CoordinatorsOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = "Personal data request"
    header_icon = "user"
    template_name = "members/admin/personal_data_person.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["person"] = get_object_or_404(get_user_model(), pk=self.kwargs["pk"])
        return context


class PersonalDataDownloadView(CoordinatorsOnlyMixin, TemplateView):
    def get(self, request, pk):
        person = get_object_or_404(get_user_model(), pk=pk)
        return FileResponse(
            personal_data_archive(person),
            as_attachment=True,
            filename=f"personal-data-{person.pk}.zip",
            content_type="application/zip",
        )


class ConfirmErasureForm(forms.Form):
    email = forms.EmailField(label="Type the person's email address to confirm")

    def __init__(self, *args, person, **kwargs):
        self.person = person
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"]
        if email.lower() != self.person.email.lower():
            raise ValidationError("That is not this person's email address.")
        return email


class PersonalDataEraseView(CoordinatorsOnlyMixin, WagtailAdminTemplateMixin, FormView):
    page_title = "Erase an account"
    header_icon = "bin"
    template_name = "members/admin/personal_data_erase.html"
    form_class = ConfirmErasureForm

    @cached_property
    def person(self):
        return get_object_or_404(get_user_model(), pk=self.kwargs["pk"])

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "person": self.person}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "person": self.person}

    def form_valid(self, form):
        if self.person.pk == self.request.user.pk:
            form.add_error(None, "You cannot erase your own account here: use “Delete my account” on /members/data/.")
            return self.form_invalid(form)
        erase_person(self.person)
        messages.success(self.request, "The account and its personal data have been erased.")
        return redirect(reverse("members_admin_personal_data"))
