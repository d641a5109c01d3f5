from django.urls import path, reverse
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from members import admin_views
from members.models import Competency
from members.panels import cpd_panel
from members.personal_data import members_personal_data_handler
from portal.admin import ShownToMenuItem


@hooks.register("register_member_dashboard_panel")
def member_cpd_panel(request):
    return cpd_panel(request)


@hooks.register("register_personal_data")
def members_personal_data():
    return members_personal_data_handler()


class CompetencyViewSet(SnippetViewSet):
    model = Competency
    icon = "tick-inverse"
    menu_label = "Competencies"
    list_display = ["name", "description"]
    search_fields = ["name"]


register_snippet(CompetencyViewSet)


@hooks.register("register_admin_urls")
def members_admin_urls():
    return [
        path("reports/cpd-hours/", admin_views.CPDHoursReportView.as_view(), name="members_admin_cpd_hours"),
        path(
            "reports/cpd-hours/results/",
            admin_views.CPDHoursReportView.as_view(results_only=True),
            name="members_admin_cpd_hours_results",
        ),
        path("personal-data/", admin_views.PersonalDataFindView.as_view(), name="members_admin_personal_data"),
        path(
            "personal-data/<int:pk>/",
            admin_views.PersonalDataPersonView.as_view(),
            name="members_admin_personal_data_person",
        ),
        path(
            "personal-data/<int:pk>/download/",
            admin_views.PersonalDataDownloadView.as_view(),
            name="members_admin_personal_data_download",
        ),
        path(
            "personal-data/<int:pk>/erase/",
            admin_views.PersonalDataEraseView.as_view(),
            name="members_admin_personal_data_erase",
        ),
    ]


@hooks.register("register_reports_menu_item")
def cpd_hours_report_menu_item():
    return ShownToMenuItem("CPD hours", reverse("members_admin_cpd_hours"), icon_name="date", order=900)


@hooks.register("register_admin_menu_item")
def personal_data_menu_item():
    return ShownToMenuItem(
        "Personal data requests", reverse("members_admin_personal_data"), icon_name="user", order=950
    )
