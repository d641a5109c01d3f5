"""Coordinators' admin screens: monthly meeting counts (on screen and as CSV) and deciding membership requests."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from django.template.response import TemplateResponse
from wagtail.admin.views.generic import CreateView, EditView, IndexView

from groups.models import MeetingLog
from groups.notifications import send_decision_email
from portal.spreadsheets import csv_response


def monthly_counts():
    return (
        MeetingLog.objects.annotate(month=TruncMonth("date"))
        .values("month", "group__title")
        .annotate(meetings=Count("pk"), attendance=Sum("attendance"))
        .order_by("-month", "group__title")
    )


def monthly_counts_view(request):
    if not request.user.has_perm("groups.view_meetinglog"):
        raise PermissionDenied
    rows = list(monthly_counts())
    if request.GET.get("export") == "csv":
        return csv_response(
            "meeting-counts.csv",
            ["Month", "Group", "Meetings", "Total attendance"],
            ([f"{row['month']:%Y-%m}", row["group__title"], row["meetings"], row["attendance"]] for row in rows),
        )
    return TemplateResponse(
        request, "groups/admin/monthly_counts.html", {"rows": rows, "header_title": "Monthly meeting counts"}
    )


class MembershipDecisionView(EditView):
    """The Memberships "edit" screen: approve or decline a request, never edit the state or history directly.

    The form's save goes through `Membership.change_status` (as on the group's facilitate page), then the person is
    emailed exactly as from there.
    """

    page_title = "Decide"
    submit_button_label = "Save decision"
    submit_button_active_label = "Saving…"
    success_message = "%(object)s: decision saved and the person emailed."

    def form_valid(self, form):
        try:
            response = super().form_valid(form)
        except ValidationError as error:
            # The step was taken by someone else meanwhile: refuse it beside the decision, no 500.
            form.add_error(None if hasattr(error, "error_dict") else "decision", error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        send_decision_email(self.object, self.request)
        return response


class RefuseStepBesideTheFormMixin:
    """The step was taken by someone else meanwhile: refuse it beside the form, no 500."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            form.add_error(None, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class FacilitatorAppointmentIndexView(IndexView):
    """Only a current appointment can be stood down, so only its row offers that."""

    def get_edit_url(self, instance):
        return super().get_edit_url(instance) if instance.is_current else None


class AppointFacilitatorView(RefuseStepBesideTheFormMixin, CreateView):
    page_title = "Appoint a facilitator"
    submit_button_label = "Appoint"
    success_message = "%(object)s from now."


class StandDownView(RefuseStepBesideTheFormMixin, EditView):
    """The "edit" screen of an appointment: the only change is to stand the person down."""

    page_title = "Stand down"
    submit_button_label = "Stand down"
    submit_button_active_label = "Standing down…"
    success_message = "%(object)s: stood down."
