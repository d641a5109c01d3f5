from django.contrib import messages
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from groups import personal_data
from groups.admin_forms import AppointFacilitatorForm, GroupAgreementForm, MembershipDecisionForm, StandDownForm
from groups.admin_views import (
    AppointFacilitatorView,
    FacilitatorAppointmentIndexView,
    MembershipDecisionView,
    StandDownView,
    monthly_counts_view,
)
from groups.agreements import agreement_statuses
from groups.models import (
    AgreementVersion,
    Area,
    Audience,
    FacilitatorAppointment,
    GroupAgreement,
    GroupPage,
    GroupVenue,
    MeetingLog,
    Membership,
)
from portal.admin import ShownToMenuItem
from portal.dashboard import DashboardPanel
from portal.personal_data import PersonalDataHandler

# --- Taxonomies (snippets)


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = "Audiences"
    list_display = ["name", "slug"]


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "site"
    menu_label = "Areas"
    list_display = ["name", "slug"]


register_snippet(AudienceViewSet)
register_snippet(AreaViewSet)


# --- Staff screens


class VenueViewSet(ModelViewSet):
    model = GroupVenue
    name = "groups_venues"
    url_prefix = "support-groups/venues"
    icon = "home"
    menu_label = "Venues"
    list_display = ["group", "room"]
    panels = [FieldPanel("group"), FieldPanel("room"), FieldPanel("address"), FieldPanel("access_notes")]
    copy_view_enabled = False


class MembershipPermissionPolicy(ModelPermissionPolicy):
    """A membership begins when a person asks to join on the group's page: nobody adds one in admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(Membership, MembershipPermissionPolicy(Membership))


class MembershipViewSet(ModelViewSet):
    """Coordinators see every request and membership, and approve or decline requests (as facilitators do on their
    group's facilitate page). Editing a membership means deciding on it: state and history change only through
    `Membership.change_status`."""

    model = Membership
    name = "groups_memberships"
    url_prefix = "support-groups/memberships"
    icon = "user"
    menu_label = "Memberships"
    list_display = ["user", "group", "status", "requested_at", "decided_at"]
    list_filter = ["status", "group"]
    edit_view_class = MembershipDecisionView
    inspect_view_enabled = True
    inspect_view_fields = ["user", "group", "status", "reason", "requested_at", "decided_at"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return MembershipDecisionForm


class FacilitatorAppointmentPermissionPolicy(ModelPermissionPolicy):
    """Appointments are the history of who could see a group's venue and members: nobody deletes one."""

    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)


register_permission_policy(FacilitatorAppointment, FacilitatorAppointmentPermissionPolicy(FacilitatorAppointment))


class FacilitatorAppointmentViewSet(ModelViewSet):
    """Coordinators decide who facilitates each group (facilitators see its venue and members). Appointing and
    standing down go through `FacilitatorAppointment.appoint` and `stand_down`, which keep who decided and when."""

    model = FacilitatorAppointment
    name = "groups_facilitators"
    url_prefix = "support-groups/facilitators"
    icon = "user"
    menu_label = "Facilitators"
    list_display = ["user", "group", "status", "appointed_at", "appointed_by", "ended_at", "ended_by"]
    list_filter = ["group"]
    index_view_class = FacilitatorAppointmentIndexView
    add_view_class = AppointFacilitatorView
    edit_view_class = StandDownView
    inspect_view_enabled = True
    inspect_view_fields = ["user", "group", "status", "appointed_at", "appointed_by", "ended_at", "ended_by"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return StandDownForm if for_update else AppointFacilitatorForm


class AgreementViewSet(ModelViewSet):
    model = GroupAgreement
    name = "groups_agreement_admin"
    url_prefix = "support-groups/agreements"
    icon = "doc-full"
    menu_label = "Agreements"
    list_display = ["group", "current_version"]
    edit_handler = ObjectList(
        [FieldPanel("group"), FieldPanel("text"), FieldPanel("change_note")], base_form_class=GroupAgreementForm
    )
    copy_view_enabled = False


class AgreementVersionViewSet(ModelViewSet):
    """Every published version, kept as it was signed."""

    model = AgreementVersion
    name = "groups_agreement_versions"
    url_prefix = "support-groups/agreement-versions"
    icon = "history"
    menu_label = "Agreement versions"
    list_display = ["agreement", "number", "published_at", "change_note"]
    list_filter = ["agreement"]
    form_fields = ["change_note"]
    inspect_view_enabled = True
    inspect_view_fields = ["agreement", "number", "text", "change_note", "published_at"]
    copy_view_enabled = False


class MeetingLogViewSet(ModelViewSet):
    model = MeetingLog
    name = "groups_meeting_log"
    url_prefix = "support-groups/meeting-log"
    icon = "date"
    menu_label = "Meeting log"
    list_display = ["group", "date", "attendance", "ground_rules_revisited"]
    list_filter = ["group", "date"]
    form_fields = ["group", "date", "attendance", "ground_rules_revisited", "issues_for_coordinator"]
    list_export = [
        "group",
        "date",
        "attendance",
        "facilitator_count",
        "ground_rules_revisited",
        "issues_for_coordinator",
    ]
    export_headings = {"group": "Group", "facilitator_count": "Facilitators present"}
    export_filename = "meeting-log"
    inspect_view_enabled = True
    copy_view_enabled = False


class SupportGroupsViewSetGroup(ViewSetGroup):
    menu_label = "Support groups"
    menu_icon = "group"
    menu_order = 250
    items = (
        VenueViewSet,
        FacilitatorAppointmentViewSet,
        MembershipViewSet,
        AgreementViewSet,
        AgreementVersionViewSet,
        MeetingLogViewSet,
    )


@hooks.register("register_admin_viewset")
def register_support_group_screens():
    return SupportGroupsViewSetGroup()


@hooks.register("register_admin_urls")
def monthly_counts_urls():
    return [path("groups/monthly-counts/", monthly_counts_view, name="groups_monthly_counts")]


def sees_meeting_logs(user):
    return user.has_perm("groups.view_meetinglog")


@hooks.register("register_reports_menu_item")
def monthly_counts_menu_item():
    return ShownToMenuItem(
        "Monthly meeting counts", reverse("groups_monthly_counts"), icon_name="date", shown_to=sees_meeting_logs
    )


# --- Editors: warn (do not block) when a group has fewer than two facilitators


def warn_about_facilitators(request, page):
    if not isinstance(page.specific, GroupPage):
        return
    # A count only: who facilitates is for coordinators, who appoint them.
    if FacilitatorAppointment.objects.current().filter(group=page).count() < 2:
        messages.warning(
            request,
            f"“{page.title}” has fewer than two facilitators. Two are best practice, so that a meeting can go ahead "
            "and nobody facilitates alone. A coordinator appoints them.",
        )


hooks.register("after_create_page", warn_about_facilitators)
hooks.register("after_edit_page", warn_about_facilitators)


# --- Seams: dashboard panel, personal data


@hooks.register("register_member_dashboard_panel")
def your_groups_panel(request):
    memberships = list(
        Membership.objects.filter(
            user=request.user, status__in=[Membership.Status.APPROVED, Membership.Status.REQUESTED]
        )
        .select_related("group")
        .order_by("group__title")
    )
    statuses = agreement_statuses(request.user, [m for m in memberships if m.status == Membership.Status.APPROVED])
    requested = [membership for membership in memberships if membership.status == Membership.Status.REQUESTED]
    facilitating = [
        {"group": group, "tools_url": group.get_url(request) + group.reverse_subpage("facilitate")}
        for group in GroupPage.objects.live()
        .filter(facilitator_appointments__in=FacilitatorAppointment.objects.current().filter(user=request.user))
        .order_by("title")
    ]
    if not statuses and not requested and not facilitating:
        return None
    return DashboardPanel(
        title="Your groups",
        template_name="groups/panels/dashboard.html",
        context={
            "statuses": statuses,
            "pending": [status for status in statuses if status.needs_signature],
            "requested": requested,
            "facilitating": facilitating,
        },
        order=30,
    )


@hooks.register("register_personal_data")
def group_personal_data():
    return PersonalDataHandler(name="groups", export=personal_data.export, erase=personal_data.erase)
