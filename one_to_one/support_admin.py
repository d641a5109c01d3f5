"""Coordinators' screens for the supporters' side: who is waiting to be matched, suggested supporters with plain
reasons, proposing and ending matches, check-ins (overdue and "I need to talk"), supervision notes, feedback.

Wagtail viewsets where a listing or form will do; custom views only for the ranked suggestions and the ending.
Everything here is for coordinators with 2FA passed, never editors."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.views.generic import FormView, TemplateView
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import CreateView, IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from one_to_one.matching import active_match_exists, suggestions_for
from one_to_one.models import (
    CheckIn,
    Ending,
    Feedback,
    Match,
    MatchStatus,
    Referral,
    ReferralAccessLog,
    Status,
    SupervisionNote,
    SupporterProfile,
    SupportSession,
)
from one_to_one.support import REMATCH_FLAG_AT, CannotPropose, end_match, propose_match, rematch_counts
from one_to_one.support_forms import EndMatchForm, ProposeMatchForm
from portal.admin import CoordinatorsOnlyMixin
from portal.roles import is_coordinator


class CoordinatorsOnlyPolicy(ModelPermissionPolicy):
    """Coordinators (2FA passed) only, whatever model permissions a group holds; `actions` limits what they do."""

    actions = frozenset({"view", "add", "change", "delete"})

    def __init__(self, model, actions=None):
        super().__init__(model)
        if actions is not None:
            self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and is_coordinator(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


for model, actions in [
    (Match, {"view"}),
    (CheckIn, {"view", "change"}),
    (SupervisionNote, {"view", "add", "change", "delete"}),
    (SupporterProfile, {"view"}),
    (Feedback, {"view"}),
    (SupportSession, {"view"}),
]:
    register_permission_policy(model, CoordinatorsOnlyPolicy(model, actions))


def _flag(count):
    return f"{count} re-matches" if count >= REMATCH_FLAG_AT else ""


class ToBeMatchedView(CoordinatorsOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """People found suitable who have no match proposed or under way, longest waiting first."""

    page_title = "To be matched"
    header_icon = "group"
    template_name = "one_to_one/admin/to_be_matched.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        holding = Match.objects.filter(referral=OuterRef("pk"), status__in=(MatchStatus.PROPOSED, MatchStatus.ACTIVE))
        referrals = list(
            Referral.objects.filter(status=Status.SUITABLE)
            .annotate(has_match=Exists(holding))
            .filter(has_match=False)
            .order_by("status_changed_at")
        )
        by_referral, _ = rematch_counts(referral_ids=[r.pk for r in referrals])
        context["rows"] = [(referral, _flag(by_referral.get(referral.pk, 0))) for referral in referrals]
        return context


class MatchingView(CoordinatorsOnlyMixin, WagtailAdminTemplateMixin, FormView):
    """The ranked suggestions for one person and "propose match". Opening it is a view of their record: logged."""

    header_icon = "group"
    template_name = "one_to_one/admin/matching.html"
    form_class = ProposeMatchForm

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.referral = get_object_or_404(Referral, reference=kwargs["reference"])

    def get_page_title(self):
        return f"Suggest a Peer Supporter for {self.referral.known_as}"

    def get(self, request, *args, **kwargs):
        ReferralAccessLog.record(request.user, ReferralAccessLog.VIEWED, self.referral)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        can_match = self.referral.status == Status.SUITABLE and not active_match_exists(self.referral)
        suggestions = suggestions_for(self.referral) if can_match else []
        _, by_supporter = rematch_counts(supporter_ids=[s.supporter.pk for s in suggestions])
        context.update(
            referral=self.referral,
            can_match=can_match,
            suggestions=[(s, _flag(by_supporter.get(s.supporter.pk, 0))) for s in suggestions],
            history=self.referral.matches.select_related("supporter").order_by("created_at"),
        )
        return context

    def form_valid(self, form):
        eligible = {s.supporter.pk: s.supporter for s in suggestions_for(self.referral)}
        supporter = eligible.get(form.cleaned_data["supporter"])
        if supporter is None:
            form.add_error(None, "That Peer Supporter cannot take this person now: choose one from the list.")
            return self.form_invalid(form)
        try:
            propose_match(
                self.referral,
                supporter,
                by=self.request.user,
                planned_sessions=form.cleaned_data["planned_sessions"],
                note_for_supporter=form.cleaned_data["note_for_supporter"],
            )
        except CannotPropose as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, f"Match proposed to {supporter}. They accept or decline in their account.")
        return redirect("one_to_one_matches:index")


class EndMatchView(CoordinatorsOnlyMixin, WagtailAdminTemplateMixin, FormView):
    header_icon = "group"
    template_name = "one_to_one/admin/end_match.html"
    form_class = EndMatchForm

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.match = get_object_or_404(Match.objects.select_related("referral"), pk=kwargs["pk"])

    def get_page_title(self):
        return f"End support: {self.match.known_as}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(match=self.match, can_end=self.match.status == MatchStatus.ACTIVE, **kwargs)

    def form_valid(self, form):
        if self.match.status != MatchStatus.ACTIVE:
            form.add_error(None, "Only a match under way can be ended.")
            return self.form_invalid(form)
        _ending, link = end_match(self.match, by=self.request.user, **form.cleaned_data)
        url = self.request.build_absolute_uri(link)
        messages.success(
            self.request,
            "Support ended. The person's feedback link, to pass on if they gave no email address (it works once): "
            + url,
        )
        return redirect("one_to_one_matches:index")


def _rematches(field):
    counts = (
        Ending.objects.filter(rematch=True, **{f"match__{field}": OuterRef(field)})
        .values(f"match__{field}")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counts), 0)


class MatchIndexMixin:
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("referral", "supporter")
            .annotate(
                session_count=Count("sessions"),
                referral_rematches=_rematches("referral"),
                supporter_rematches=_rematches("supporter"),
            )
        )


class SessionsLeftColumn(Column):
    def get_value(self, instance):
        if instance.status != MatchStatus.ACTIVE:
            return ""
        return f"{instance.sessions_left()} of {instance.planned_sessions}"


class RematchFlagColumn(Column):
    """ "2 re-matches" beside a person or supporter who keeps asking to be re-matched (annotated by the index)."""

    def get_value(self, instance):
        words = []
        if (getattr(instance, "referral_rematches", 0) or 0) >= REMATCH_FLAG_AT:
            words.append(f"person: {instance.referral_rematches} re-matches")
        if (getattr(instance, "supporter_rematches", 0) or 0) >= REMATCH_FLAG_AT:
            words.append(f"supporter: {instance.supporter_rematches} re-matches")
        return "; ".join(words)


class EndLinkColumn(Column):
    cell_template_name = "one_to_one/admin/end_link_cell.html"

    def get_value(self, instance):
        return reverse("one_to_one_matches:end", args=[instance.pk]) if instance.status == MatchStatus.ACTIVE else ""


class MatchIndexView(MatchIndexMixin, IndexView):
    pass


class MatchViewSet(ModelViewSet):
    model = Match
    icon = "group"
    menu_label = "Matches"
    name = "one_to_one_matches"
    url_prefix = "one-to-one/matches"
    index_view_class = MatchIndexView
    inspect_view_enabled = True
    inspect_view_fields = ["referral", "supporter", "status", "planned_sessions", "note_for_supporter", "created_at"]
    copy_view_enabled = False
    list_display = [
        "__str__",
        Column("known_as", label="Person"),
        "supporter",
        Column("status", label="Status", accessor="get_status_display"),
        SessionsLeftColumn("sessions_left", label="Sessions left"),
        RematchFlagColumn("rematch", label="Re-match flag"),
        DateColumn("created_at", label="Proposed"),
        EndLinkColumn("end", label="Ending"),
    ]
    list_filter = ["status"]
    form_fields = []

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("end/<int:pk>/", EndMatchView.as_view(), name="end"),
        ]


class CheckInIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("match__referral", "supporter")


class CheckInStateColumn(Column):
    def get_value(self, instance):
        if instance.is_overdue(timezone.now()):
            return "OVERDUE: not checked out"
        if instance.checked_out_at is None:
            return "Out now"
        if instance.needs_to_talk and instance.followed_up_at is None:
            return "Checked out: needs to talk"
        return "Checked out"


class CheckInViewSet(ModelViewSet):
    """Lone working: who is out now, overdue check-outs, and "I need to talk" debriefs to follow up."""

    model = CheckIn
    icon = "warning"
    menu_label = "Check-ins and debriefs"
    name = "one_to_one_checkins"
    url_prefix = "one-to-one/check-ins"
    index_view_class = CheckInIndexView
    copy_view_enabled = False
    list_display = [
        "supporter",
        Column("where_roughly", label="Roughly where"),
        DateColumn("expected_end", label="Expected end"),
        CheckInStateColumn("state", label="State"),
        DateColumn("alerted_at", label="Coordinators alerted"),
    ]
    list_filter = ["needs_to_talk", "alerted_at", "checked_out_at"]
    form_fields = ["followed_up_at"]

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
        ]


class DebriefIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super().get_base_queryset().exclude(debrief_note="").select_related("match__referral", "match__supporter")
        )


class DebriefNoteViewSet(ModelViewSet):
    """Sessions whose supporter left a note for the coordinator, newest first."""

    model = SupportSession
    icon = "comment"
    menu_label = "Session debrief notes"
    name = "one_to_one_debriefs"
    url_prefix = "one-to-one/debriefs"
    index_view_class = DebriefIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = ["date", "minutes", "place", "agreed_actions", "next_goals", "debrief_note"]
    list_display = [
        "__str__",
        Column("match", label="Match"),
        Column("supporter", label="Peer Supporter", accessor="match.supporter"),
        Column("debrief_note", label="Note for the coordinator"),
    ]
    form_fields = []

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]


class SupervisionNoteCreateView(CreateView):
    def save_instance(self):
        instance = self.form.save(commit=False)
        instance.recorded_by = self.request.user
        instance.save()
        return instance


class SupervisionNoteViewSet(ModelViewSet):
    model = SupervisionNote
    icon = "edit"
    menu_label = "Supervision notes"
    name = "one_to_one_supervision"
    url_prefix = "one-to-one/supervision"
    add_view_class = SupervisionNoteCreateView
    copy_view_enabled = False
    list_display = ["supporter", "met_on", "recorded_by"]
    list_filter = ["met_on"]
    form_fields = ["supporter", "met_on", "notes", "action_points"]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        form_class.base_fields["supporter"].queryset = get_user_model().objects.filter(supporter_profile__isnull=False)
        return form_class


class SupporterProfileViewSet(ModelViewSet):
    model = SupporterProfile
    icon = "user"
    menu_label = "Supporter profiles"
    name = "one_to_one_profiles"
    url_prefix = "one-to-one/supporters"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["user", "opted_in", "places", "languages", "area"]
    list_filter = ["opted_in", "online_ok"]
    form_fields = []

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]


class FeedbackViewSet(ModelViewSet):
    model = Feedback
    icon = "comment"
    menu_label = "Feedback"
    name = "one_to_one_feedback_admin"
    url_prefix = "one-to-one/feedback"
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = ["rating", "what_helped", "could_be_better", "may_quote", "submitted_at"]
    list_display = ["__str__", "rating", "may_quote", DateColumn("submitted_at", label="Given")]
    list_filter = ["may_quote"]
    form_fields = []

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]


class SupportViewSetGroup(ViewSetGroup):
    menu_label = "One-to-one matching"
    menu_icon = "group"
    menu_order = 260
    items = (
        MatchViewSet,
        CheckInViewSet,
        DebriefNoteViewSet,
        SupervisionNoteViewSet,
        SupporterProfileViewSet,
        FeedbackViewSet,
    )


def admin_urls():
    return [
        path("one-to-one/to-be-matched/", ToBeMatchedView.as_view(), name="one_to_one_to_be_matched"),
        path("one-to-one/matching/<str:reference>/", MatchingView.as_view(), name="one_to_one_matching"),
    ]


def to_be_matched_url():
    return reverse("one_to_one_to_be_matched")
