"""Wagtail hooks of one-to-one support: the coordinators' admin screens, the member dashboard panel, personal data,
retention, and the overdue check-out alert on the periodic runner."""

from datetime import timedelta

from django.urls import reverse
from wagtail import hooks

from one_to_one import records, support_admin, support_records  # noqa: F401  (they register the export sections)
from one_to_one.admin_views import OneToOneViewSetGroup
from one_to_one.panels import one_to_one_panel
from one_to_one.personal_data import supporter_personal_data_handler
from one_to_one.retention import closed_referrals_rule
from one_to_one.support import alert_overdue_check_outs
from portal.admin import ShownToMenuItem
from portal.periodic import PeriodicJob


@hooks.register("register_admin_viewset")
def one_to_one_viewsets():
    return OneToOneViewSetGroup()


@hooks.register("register_admin_viewset")
def one_to_one_support_viewsets():
    return support_admin.SupportViewSetGroup()


hooks.register("register_admin_urls", support_admin.admin_urls)


@hooks.register("register_admin_menu_item")
def to_be_matched_menu_item():
    return ShownToMenuItem("To be matched", reverse("one_to_one_to_be_matched"), icon_name="group", order=259)


@hooks.register("register_retention_rule")
def closed_referrals():
    return closed_referrals_rule()


@hooks.register("register_member_dashboard_panel")
def your_one_to_one_panel(request):
    return one_to_one_panel(request)


@hooks.register("register_personal_data")
def one_to_one_supporter_data():
    return supporter_personal_data_handler()


@hooks.register("register_periodic_job")
def overdue_check_out_alerts():
    return PeriodicJob(
        name="lone-working check-out alerts", interval=timedelta(minutes=1), run=alert_overdue_check_outs
    )
