"""The coordinator's referral screens in Wagtail admin: the waiting list, the record, and the intake actions.

Views parse and render; every status change goes through Referral.move_to (via one_to_one/intake.py). Every opening,
export and erasure of a record is written to the access log. Coordinators only (with 2FA): editors see nothing.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.generic import FormView
from django_filters import ChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from one_to_one import intake, records
from one_to_one.forms import DecisionForm, EraseForm, FirstContactForm, InitialMeetingForm
from one_to_one.models import InitialMeeting, InvalidTransition, Referral, ReferralAccessLog, Status
from portal.admin import CoordinatorsOnlyMixin

CHANGE = "one_to_one.change_referral"
EXPORT = "one_to_one.export_referral"


class ReferralFilterSet(WagtailFilterSet):
    status = ChoiceFilter(label="Status", choices=Status.choices, empty_label="All")

    class Meta:
        model = Referral
        fields = ["status", "source"]


class DaysWaitingColumn(Column):
    """Days from referral to first contact; past ONE_TO_ONE_WAITING_ALERT_DAYS without contact, marked as such."""

    cell_template_name = "one_to_one/admin/days_waiting_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context.update(days=instance.days_waiting, too_long=instance.is_waiting_too_long())
        return context


class ReferralIndexView(CoordinatorsOnlyMixin, IndexView):
    def get_base_queryset(self):
        return Referral.objects.all()

    def get_edit_url(self, instance):
        return None

    def get_copy_url(self, instance):
        return None

    def get_delete_url(self, instance):
        return None

    def get_add_url(self):
        return None

    def get_page_subtitle(self):
        return f"Highlighted: waiting {settings.ONE_TO_ONE_WAITING_ALERT_DAYS} days or more for first contact"


class ReferralInspectView(CoordinatorsOnlyMixin, InspectView):
    """Opening a person's record is logged: who opened which one, and when (confidentiality rule 8)."""

    template_name = "one_to_one/admin/referral_inspect.html"

    def get(self, request, *args, **kwargs):
        ReferralAccessLog.record(request.user, ReferralAccessLog.VIEWED, self.object)
        return super().get(request, *args, **kwargs)

    def get_fields(self):
        return []

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_page_title(self):
        return f"Referral {self.object.short_reference}"

    def get_page_subtitle(self):
        return self.object.get_status_display()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        referral = self.object
        allowed = referral.allowed_next_statuses()
        user = self.request.user
        can_change = user.has_perm(CHANGE)
        context.update(
            referral=referral,
            history=referral.events.select_related("by"),
            meeting=InitialMeeting.objects.filter(referral=referral).first(),
            can_contact=can_change and Status.CONTACTED in allowed and referral.status != Status.DEFERRED,
            can_meet=can_change and referral.status in (Status.CONTACTED, Status.DEFERRED),
            can_decide=can_change and Status.SUITABLE in allowed and referral.status != Status.NEW,
            can_export=user.has_perm(EXPORT),
        )
        return context


class ReferralActionView(CoordinatorsOnlyMixin, WagtailAdminTemplateMixin, FormView):
    """A coordinator's action on one referral: a form, then one call to intake."""

    permission = CHANGE
    template_name = "one_to_one/admin/referral_action.html"
    header_icon = "user"
    action_label = ""
    explanation = ""
    success_message = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        self.referral = get_object_or_404(Referral, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def referral_url(self):
        return reverse("one_to_one_referral:inspect", args=[self.referral.pk])

    def get_page_title(self):
        return f"{self.action_label}: referral {self.referral.short_reference}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("one_to_one_referral:index"), "label": "Referrals"},
            {"url": self.referral_url(), "label": f"Referral {self.referral.short_reference}"},
            {"url": "", "label": self.action_label},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            referral=self.referral,
            action_label=self.action_label,
            explanation=self.explanation,
            cancel_url=self.referral_url(),
        )
        return context

    def form_valid(self, form):
        try:
            response = self.act(form)
        except InvalidTransition as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        if response is not None:
            return response
        messages.success(self.request, self.success_message)
        return redirect(self.referral_url())

    def act(self, form):
        raise NotImplementedError


class FirstContactView(ReferralActionView):
    form_class = FirstContactForm
    action_label = "Record first contact"
    explanation = "You have spoken with the person (or their referrer has put you in touch). Next: the initial meeting."
    success_message = "First contact recorded."

    def act(self, form):
        intake.record_first_contact(self.referral, by=self.request.user, note=form.cleaned_data["note"])


class InitialMeetingView(ReferralActionView):
    form_class = InitialMeetingForm
    action_label = "Initial meeting"
    explanation = (
        "What the person hopes for, in their words. Write only what the work needs: this stays with the coordinators."
    )
    success_message = "Initial meeting recorded."

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = InitialMeeting.objects.filter(referral=self.referral).first()
        return kwargs

    def act(self, form):
        intake.record_initial_meeting(self.referral, by=self.request.user, **form.cleaned_data)


class DecisionView(ReferralActionView):
    form_class = DecisionForm
    action_label = "Decide"
    explanation = (
        "Suitable: the person waits to be matched. Deferred: give a review date and where you signposted them. Not "
        "for us: say where you signposted them. If they agreed to email, they are told in neutral words."
    )
    success_message = "Decision recorded."

    def act(self, form):
        data = form.cleaned_data
        intake.decide(
            self.referral,
            data["decision"],
            by=self.request.user,
            note=data["note"],
            review_on=data["review_on"],
            signposting=data["signposting"],
        )


class ExportView(ReferralActionView):
    """Everything held about the person, as one JSON file with a neutral name; logged as EXPORTED."""

    permission = EXPORT

    def get(self, request, *args, **kwargs):
        return records.export_response(self.referral, by=request.user)

    def post(self, request, *args, **kwargs):
        return self.get(request, *args, **kwargs)


class EraseView(ReferralActionView):
    permission = EXPORT
    form_class = EraseForm
    action_label = "Erase the record"
    explanation = (
        "Deletes everything held about this person: the referral, its history, the initial meeting and anything "
        "recorded about their support. The access log keeps only the reference. Export the record first if they "
        "asked for a copy."
    )

    def act(self, form):
        reference = self.referral.short_reference
        records.erase(self.referral, by=self.request.user)
        messages.success(self.request, f"Referral {reference} has been erased.")
        return redirect(reverse("one_to_one_referral:index"))


class ReferralViewSet(ModelViewSet):
    model = Referral
    icon = "user"
    menu_label = "Referrals"
    name = "one_to_one_referral"
    url_prefix = "one-to-one/referrals"
    index_view_class = ReferralIndexView
    inspect_view_class = ReferralInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = ReferralFilterSet
    list_display = [
        "__str__",
        "initials",
        Column("source", label="From", accessor="get_source_display"),
        Column("status", label="Status", accessor="get_status_display"),
        DateColumn("created_at", label="Received", sort_key="created_at"),
        DaysWaitingColumn("days_waiting", label="Days waiting"),
    ]
    ordering = ["created_at"]
    form_fields = []  # nothing is edited directly: changes go through the actions

    def get_urlpatterns(self):
        actions = [
            ("first-contact", "first_contact", FirstContactView),
            ("initial-meeting", "initial_meeting", InitialMeetingView),
            ("decide", "decide", DecisionView),
            ("export", "export", ExportView),
            ("erase", "erase", EraseView),
        ]
        patterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]
        patterns += [path(f"{route}/<int:pk>/", view.as_view(), name=name) for route, name, view in actions]
        return patterns


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """The access log is a record of who opened what: it is read, never added to or changed by hand."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


register_permission_policy(ReferralAccessLog, ReadOnlyPermissionPolicy(ReferralAccessLog))


class AccessLogIndexView(CoordinatorsOnlyMixin, IndexView):
    pass


class AccessLogViewSet(ModelViewSet):
    model = ReferralAccessLog
    icon = "history"
    menu_label = "Record access log"
    name = "one_to_one_access_log"
    url_prefix = "one-to-one/access-log"
    index_view_class = AccessLogIndexView
    list_display = ["user_label", "action", "referral_reference", DateColumn("at", label="When")]
    list_filter = ["action"]
    form_fields = []
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]


class OneToOneViewSetGroup(ModelViewSetGroup):
    menu_label = "One-to-one"
    menu_icon = "user"
    menu_order = 260
    items = (ReferralViewSet, AccessLogViewSet)
