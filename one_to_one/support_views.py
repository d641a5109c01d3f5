"""A Peer Supporter's one-to-one pages (/members/one-to-one/) and the person's feedback page (/feedback/<token>/).

Supporters see the people they support by initials or pseudonym only, through the match's opaque reference."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from one_to_one.models import CheckIn, Feedback, Match, MatchStatus, SupervisionNote, SupporterProfile
from one_to_one.models.support import hash_token
from one_to_one.support import check_out
from one_to_one.support_forms import (
    CheckInForm,
    CheckOutForm,
    FeedbackForm,
    RespondForm,
    SessionForm,
    SupporterProfileForm,
)
from portal.responses import private
from portal.roles import MEMBERS, user_has_role


def _own_match(request, reference, status=MatchStatus.ACTIVE):
    # Another supporter's reference is a 404, exactly as a wrong one is: references cannot be probed.
    return get_object_or_404(
        Match.objects.select_related("referral"), reference=reference, supporter=request.user, status=status
    )


@login_required
def my_people(request):
    matches = (
        Match.objects.filter(supporter=request.user, status__in=(MatchStatus.PROPOSED, MatchStatus.ACTIVE))
        .select_related("referral")
        .annotate(session_count=Count("sessions"))
        .order_by("created_at")
    )
    open_check_ins = CheckIn.objects.filter(supporter=request.user, checked_out_at__isnull=True).select_related(
        "match__referral"
    )
    context = {
        "proposed": [match for match in matches if match.status == MatchStatus.PROPOSED],
        "active": [match for match in matches if match.status == MatchStatus.ACTIVE],
        "open_check_ins": open_check_ins,
        "supervision_notes": SupervisionNote.objects.filter(supporter=request.user)[:20],
        "has_profile": SupporterProfile.objects.filter(user=request.user).exists(),
        "is_member": user_has_role(request.user, MEMBERS),
        "respond_form": RespondForm(),
    }
    return private(render(request, "one_to_one/my_people.html", context))


@login_required
def profile(request):
    if not user_has_role(request.user, MEMBERS):
        raise PermissionDenied
    instance = SupporterProfile.objects.filter(user=request.user).first() or SupporterProfile(user=request.user)
    form = SupporterProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your one-to-one profile is saved.")
        return redirect("one_to_one_my_people")
    return private(render(request, "one_to_one/profile.html", {"form": form}))


@login_required
@require_POST
def respond(request, reference):
    match = _own_match(request, reference, status=MatchStatus.PROPOSED)
    form = RespondForm(request.POST)
    if not form.is_valid():
        return redirect("one_to_one_my_people")
    if form.cleaned_data["answer"] == "accept":
        match.move_to(MatchStatus.ACTIVE, by=request.user, note="Accepted by the Peer Supporter.")
        messages.success(request, f"You are now supporting {match.known_as.rstrip('.')}.")
        return redirect("one_to_one_match", reference=match.reference)
    match.move_to(MatchStatus.DECLINED, by=request.user, note="Declined by the Peer Supporter.")
    messages.success(request, "You declined. A coordinator will find someone else.")
    return redirect("one_to_one_my_people")


@login_required
def match_detail(request, reference):
    match = _own_match(request, reference)
    form = SessionForm(request.POST or None, initial={"date": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        session = form.save(commit=False)
        session.match = match
        session.save()
        messages.success(request, "Session logged.")
        return redirect("one_to_one_match", reference=match.reference)
    context = {
        "match": match,
        "sessions": match.sessions.all(),
        "form": form,
        "open_check_in": match.check_ins.filter(checked_out_at__isnull=True).first(),
        "check_out_form": CheckOutForm(),
    }
    return private(render(request, "one_to_one/match.html", context))


@login_required
def check_in(request, reference):
    match = _own_match(request, reference)
    now = timezone.localtime().replace(second=0, microsecond=0)
    initial = {"starts_at": now, "expected_end": now + timedelta(hours=1)}
    form = CheckInForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        record = form.save(commit=False)
        record.match = match
        record.supporter = request.user
        record.save()
        messages.success(request, "You are checked in. Remember to check out when you finish.")
        return redirect("one_to_one_match", reference=match.reference)
    return private(render(request, "one_to_one/check_in.html", {"match": match, "form": form}))


@login_required
@require_POST
def check_out_view(request, reference):
    match = _own_match(request, reference)
    record = match.check_ins.filter(checked_out_at__isnull=True).first()
    if record is None:
        raise Http404
    form = CheckOutForm(request.POST)
    form.is_valid()
    check_out(record, needs_to_talk=form.cleaned_data.get("needs_to_talk", False))
    messages.success(
        request,
        "You are checked out. Thank you."
        + (" A coordinator will be in touch to talk it through." if record.needs_to_talk else ""),
    )
    return redirect("one_to_one_match", reference=match.reference)


def feedback(request, token):
    """No account: the link is the key. It works once and expires; a used or wrong link is a plain 404."""
    item = Feedback.objects.usable().filter(token_hash=hash_token(token)).first()
    if item is None:
        raise Http404
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            updated = (
                Feedback.objects.usable().filter(pk=item.pk).update(submitted_at=timezone.now(), **form.cleaned_data)
            )
        if not updated:
            raise Http404
        return private(render(request, "one_to_one/feedback_thanks.html"))
    return private(render(request, "one_to_one/feedback.html", {"form": form}))
