from django.urls import path, reverse
from wagtail import hooks

from portal.admin import ShownToMenuItem
from recruitment.admin_views import DBSRenewalsReportView, RecruitmentViewSetGroup
from recruitment.models import ApplicationFormPage
from recruitment.panels import applications_panel
from recruitment.personal_data import recruitment_personal_data_handler
from recruitment.retention import closed_applications_rule


@hooks.register("register_member_dashboard_panel")
def your_applications_panel(request):
    return applications_panel(request)


@hooks.register("register_personal_data")
def recruitment_personal_data():
    return recruitment_personal_data_handler()


@hooks.register("register_retention_rule")
def closed_applications():
    return closed_applications_rule()


@hooks.register("register_admin_viewset")
def recruitment_viewsets():
    return RecruitmentViewSetGroup()


@hooks.register("filter_form_submissions_for_user")
def hide_application_answers_from_form_submissions(user, editable_forms):
    """Application answers are read only through the Applications screen, where every opening is logged."""
    return editable_forms.not_type(ApplicationFormPage)


@hooks.register("register_admin_urls")
def recruitment_admin_urls():
    return [
        path("reports/dbs-renewals/", DBSRenewalsReportView.as_view(), name="recruitment_dbs_renewals"),
        path(
            "reports/dbs-renewals/results/",
            DBSRenewalsReportView.as_view(results_only=True),
            name="recruitment_dbs_renewals_results",
        ),
    ]


def sees_vetting(user):
    return user.has_perm("recruitment.view_vettingcheck")


@hooks.register("register_reports_menu_item")
def dbs_renewals_menu_item():
    return ShownToMenuItem(
        "DBS renewals due", reverse("recruitment_dbs_renewals"), icon_name="warning", order=950, shown_to=sees_vetting
    )
