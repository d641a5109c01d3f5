"""Views below a group page (join, calendar, facilitate) and a member's agreements at /members/agreements/.

Thin: each asks groups.access who may do what, calls the model method that makes the change, and renders.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from groups import access
from groups.agreements import agreement_statuses, changes_between, current_version_of
from groups.forms import DecisionForm, MeetingLogForm, SignAgreementForm
from groups.ical import FILE_NAME, meetings_calendar
from groups.models import GroupPage, GroupVenue, MeetingLog, Membership, Signature
from groups.models.facilitation import current_facilitators
from groups.notifications import send_decision_email
from portal.initials import distinct_labels
from portal.responses import private

CALENDAR_WEEKS = 26


def group_page_context(page, request):
    user = request.user
    context = {"next_dates": page.next_meeting_dates(count=3), "venue": None}
    if not user.is_authenticated:
        return context
    membership = access.membership_of(user, page)
    can_manage = access.can_manage(user, page)
    current = current_version_of(page)
    signed = current is not None and current.signatures.filter(user=user).exists()
    context.update(
        membership=membership,
        can_manage=can_manage,
        facilitates_group=access.is_appointed_to_facilitate(user, page),
        current_agreement=current,
        signed_current=signed,
        facilitate_url=page.url + page.reverse_subpage("facilitate"),
        join_url=page.url + page.reverse_subpage("join"),
    )
    if access.can_see_venue(user, page):
        context["venue"] = GroupVenue.objects.filter(group=page).first()
        context["facilitator_names"] = [str(person) for person in current_facilitators(page)]
        context["calendar_url"] = page.url + page.reverse_subpage("calendar")
    return context


def _signed_in_or_login(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


def join_group(request, page):
    if request.method != "POST":
        return redirect(page.url)
    if (login := _signed_in_or_login(request)) is not None:
        return login
    membership = Membership.ask_to_join(request.user, page)
    if membership.status == Membership.Status.APPROVED:
        messages.info(request, "You are already a member of this group.")
    else:
        messages.success(
            request, "Thank you. Your request has been sent to the group's facilitators, who will reply soon."
        )
    return redirect(page.url)


def calendar_file(request, page):
    if (login := _signed_in_or_login(request)) is not None:
        return login
    if not access.can_see_venue(request.user, page):
        raise PermissionDenied
    venue = GroupVenue.objects.filter(group=page).first()
    dates = page.next_meeting_dates(count=CALENDAR_WEEKS)
    response = HttpResponse(meetings_calendar(page, venue, dates), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{FILE_NAME}"'
    return private(response)


def _labelled(memberships):
    """Each membership with its initials, told apart where two people in the list share them."""
    memberships = list(memberships)
    return zip(memberships, distinct_labels([membership.initials for membership in memberships]), strict=True)


def _member_rows(page):
    """Initials and agreement status of approved members: enough for a facilitator, no more."""
    current = current_version_of(page)
    signed_user_ids = set(current.signatures.values_list("user_id", flat=True)) if current else set()
    memberships = page.memberships.approved().select_related("user").order_by("decided_at")
    return [
        {"initials": label, "signed": membership.user_id in signed_user_ids}
        for membership, label in _labelled(memberships)
    ]


def _request_rows(page, answered_form=None):
    """The requests waiting for an answer, each with its decision form (the one just sent keeps what was typed)."""
    requests = page.memberships.requested().select_related("user").order_by("requested_at")
    rows = []
    for membership, label in _labelled(requests):
        prefix = f"request-{membership.pk}"
        form = answered_form if answered_form is not None and answered_form.prefix == prefix else None
        rows.append({"membership": membership, "initials": label, "form": form or DecisionForm(prefix=prefix)})
    return rows


def _facilitate_page(request, page, *, log_form, answered_form=None, status=200):
    context = {
        "page": page,
        "members": _member_rows(page),
        "current_agreement": current_version_of(page),
        "requests": _request_rows(page, answered_form),
        "log_form": log_form,
        "logs": MeetingLog.objects.filter(group=page).prefetch_related("facilitators_present")[:12],
        "noindex": True,
    }
    return private(TemplateResponse(request, "groups/facilitate.html", context, status=status))


def facilitate_group(request, page):
    if (login := _signed_in_or_login(request)) is not None:
        return login
    if not access.can_manage(request.user, page):
        raise PermissionDenied
    log_form = MeetingLogForm(request.POST or None, group=page)
    if request.method == "POST" and log_form.is_valid():
        log = log_form.save(commit=False)
        log.logged_by = request.user
        log.save()
        log_form.save_m2m()
        messages.success(request, f"Meeting on {log.date:%-d %B %Y} logged: {log.attendance} attending.")
        return redirect(page.url + page.reverse_subpage("facilitate"))
    return _facilitate_page(request, page, log_form=log_form, status=400 if log_form.errors else 200)


def decide_request(request, page, membership_id):
    if (login := _signed_in_or_login(request)) is not None:
        return login
    if not access.can_manage(request.user, page):
        raise PermissionDenied
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=membership_id, group=page)
    if request.method != "POST":
        return redirect(page.url + page.reverse_subpage("facilitate"))
    form = DecisionForm(request.POST, prefix=f"request-{membership.pk}")
    if not form.is_valid():
        return _facilitate_page(request, page, log_form=MeetingLogForm(group=page), answered_form=form, status=400)
    label = next(
        (row["initials"] for row in _request_rows(page) if row["membership"].pk == membership.pk), membership.initials
    )
    try:
        if form.cleaned_data["decision"] == "approve":
            membership.approve(by=request.user)
        else:
            membership.decline(by=request.user, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        send_decision_email(membership, request)
        messages.success(request, f"{label}: {membership.get_status_display().lower()}.")
    return redirect(page.url + page.reverse_subpage("facilitate"))


# --- /members/agreements/


@login_required
def agreement_list(request):
    statuses = agreement_statuses(request.user)
    signatures = (
        Signature.objects.filter(user=request.user).select_related("version__agreement__group").order_by("-signed_at")
    )
    context = {"statuses": statuses, "signatures": signatures, "noindex": True}
    return private(TemplateResponse(request, "groups/agreements/list.html", context))


def _approved_group(request, group_id):
    # By the page's own id, not its pk (a one-to-one link to Page): Django turns a number too big for the database
    # into "not found" only on a plain id, and SQLite fails on it otherwise.
    group = get_object_or_404(GroupPage.objects.live(), id=group_id)
    membership = access.membership_of(request.user, group)
    if membership is None or membership.status != Membership.Status.APPROVED:
        raise PermissionDenied
    return group


@login_required
def sign_agreement(request, group_id):
    group = _approved_group(request, group_id)
    current = current_version_of(group)
    if current is None:
        messages.info(request, "This group's agreement is still being written. Please check back soon.")
        return redirect("groups_agreements")
    last_signed = (
        Signature.objects.filter(user=request.user, version__agreement=current.agreement)
        .select_related("version")
        .order_by("-version__number", "-signed_at")
        .first()
    )
    already_signed = last_signed is not None and last_signed.version_id == current.pk
    form = SignAgreementForm(request.POST or None)
    if request.method == "POST" and not already_signed and form.is_valid():
        current.sign(request.user, form.cleaned_data["typed_name"])
        messages.success(request, f"Thank you for signing. You can now see where {group.title} meets.")
        return redirect(group.url)
    changes = None
    if last_signed is not None and not already_signed:
        changes = changes_between(last_signed.version.text, current.text)
    context = {
        "group": group,
        "version": current,
        "last_signed": last_signed,
        "already_signed": already_signed,
        "changes": changes,
        "form": form,
        "noindex": True,
    }
    status = 400 if form.errors else 200
    return private(TemplateResponse(request, "groups/agreements/sign.html", context, status=status))


def _own_signature(request, signature_id):
    return get_object_or_404(
        Signature.objects.select_related("version__agreement__group"), pk=signature_id, user=request.user
    )


@login_required
def signed_agreement(request, signature_id):
    signature = _own_signature(request, signature_id)
    context = {"signature": signature, "group": signature.version.agreement.group, "noindex": True}
    return private(TemplateResponse(request, "groups/agreements/signed.html", context))


@login_required
def download_signed_agreement(request, signature_id):
    signature = _own_signature(request, signature_id)
    version = signature.version
    signed_at = timezone.localtime(signature.signed_at)
    text = (
        f"{version.agreement.group.title}\n"
        f"Group agreement, version {version.number}\n\n"
        f"{version.text}\n\n"
        f"Agreed by {signature.typed_name} on {signed_at:%-d %B %Y at %H:%M}.\n"
    )
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    # A neutral file name: downloads folders and browser bars are seen by others.
    response["Content-Disposition"] = f'attachment; filename="agreement-{signed_at:%Y-%m-%d}.txt"'
    return private(response)
