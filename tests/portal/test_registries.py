"""The seams apps meet through: dashboard panels, personal-data handlers and retention rules."""

import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone
from wagtail import hooks

from portal.dashboard import DashboardPanel, dashboard_panels
from portal.personal_data import PersonalDataHandler, personal_data_handlers
from portal.retention import RetentionRule
from tests.factories import make_user


@pytest.mark.django_db
def test_dashboard_panels_come_in_order_and_skip_apps_with_nothing_to_show():
    def later(request):
        return DashboardPanel(title="Later", template_name="x.html", order=50)

    def first(request):
        return DashboardPanel(title="First", template_name="y.html", order=1)

    def nothing(request):
        return None

    with (
        hooks.register_temporarily("register_member_dashboard_panel", later),
        hooks.register_temporarily("register_member_dashboard_panel", first),
        hooks.register_temporarily("register_member_dashboard_panel", nothing),
    ):
        request = RequestFactory().get("/members/")
        request.user = make_user("someone@example.org")
        titles = [panel.title for panel in dashboard_panels(request)]

    assert [title for title in titles if title in {"First", "Later"}] == ["First", "Later"]


def test_no_dashboard_panel_is_built_for_someone_signed_out():
    def would_show(request):
        return DashboardPanel(title="Anything", template_name="x.html")

    request = RequestFactory().get("/members/")
    request.user = AnonymousUser()
    with hooks.register_temporarily("register_member_dashboard_panel", would_show):
        assert dashboard_panels(request) == []


def test_two_personal_data_handlers_may_not_share_a_name():
    def handler():
        return PersonalDataHandler(name="twin", export=lambda user: {}, erase=lambda user: None)

    with (
        hooks.register_temporarily("register_personal_data", handler),
        hooks.register_temporarily("register_personal_data", handler),
        pytest.raises(ValueError, match="share a name"),
    ):
        personal_data_handlers()


@pytest.mark.django_db
def test_purge_expired_data_prints_counts_by_kind_only():
    seen = []

    def rule():
        def purge(now):
            seen.append(now)
            return 3

        return RetentionRule(kind="old drafts", purge=purge)

    out = io.StringIO()
    with hooks.register_temporarily("register_retention_rule", rule):
        call_command("purge_expired_data", stdout=out)

    assert "old drafts: 3 removed" in out.getvalue()
    assert len(seen) == 1
    assert timezone.now() - seen[0] < timedelta(minutes=1)
