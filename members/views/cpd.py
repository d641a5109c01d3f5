from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.views.decorators.http import require_POST

from members.cpd import CPDYear, competency_totals, cpd_settings, monthly_chart, save_cpd_record, year_progress
from members.exports import CSV_HEADINGS, NEUTRAL_CSV_NAME, cpd_csv_rows, neutral_download_name, portfolio_pdf
from members.forms import CPDRecordForm
from members.models import ActivityType, Competency, CPDRecord
from members.quota import storage_use
from portal.spreadsheets import csv_response

RECORDS_PER_PAGE = 20
DRAFT_SAVED_SESSION_KEY = "members_cpd_draft_saved"


class CPDFilterForm(forms.Form):
    year = forms.TypedChoiceField(label="CPD year", coerce=int, required=False)
    activity_type = forms.ChoiceField(
        label="Type of activity", choices=[("", "All types"), *ActivityType.choices], required=False
    )
    competency = forms.ModelChoiceField(
        label="Competency", queryset=Competency.objects.all(), required=False, empty_label="All competencies"
    )

    def __init__(self, *args, year_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = year_choices


def _year_choices(user, start_month, current):
    months = CPDRecord.objects.filter(user=user).dates("date", "month")
    years = {CPDYear.containing(month, start_month) for month in months} | {current}
    return sorted(years, key=lambda year: year.key, reverse=True)


def _selected_filters(request, settings):
    """The year, type and competency asked for; anything unknown falls back to everything in the current year."""
    current = CPDYear.containing(timezone.localdate(), settings.year_start_month)
    years = _year_choices(request.user, settings.year_start_month, current)
    form = CPDFilterForm(
        request.GET or None, year_choices=[(year.key, year.label) for year in years], initial={"year": current.key}
    )
    year, activity_type, competency = current, "", None
    if form.is_bound and form.is_valid():
        chosen = form.cleaned_data
        year = next((y for y in years if y.key == chosen["year"]), current)
        activity_type = chosen["activity_type"]
        competency = chosen["competency"]
    return form, year, activity_type, competency


@login_required
def cpd_list(request):
    settings = cpd_settings(request)
    filter_form, year, activity_type, competency = _selected_filters(request, settings)

    in_year = CPDRecord.objects.filter(user=request.user, date__gte=year.start, date__lt=year.end)
    filtered = in_year
    if activity_type:
        filtered = filtered.filter(activity_type=activity_type)
    if competency:
        filtered = filtered.filter(competencies=competency)

    page = Paginator(
        filtered.prefetch_related("competencies", "evidence").order_by("-date", "-id"), RECORDS_PER_PAGE
    ).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)

    return render(
        request,
        "members/cpd_list.html",
        {
            "settings_cpd": settings,
            "year": year,
            "progress": year_progress(request.user, year, settings),
            "chart": monthly_chart(filtered, year),
            "competency_totals": competency_totals(filtered),
            "filter_form": filter_form,
            "is_filtered": bool(activity_type or competency),
            "page": page,
            "query": query.urlencode(),
            "draft_saved": request.session.pop(DRAFT_SAVED_SESSION_KEY, ""),
            "storage": storage_use(request.user),
        },
    )


def _draft_key(user, record=None):
    """Where the browser keeps this person's unsaved draft of a record: one key per account and record.

    The account part is opaque (not the email, which the page would otherwise carry into the browser's storage), so
    the next person to sign in on the same tab is never offered someone else's draft.
    """
    account = salted_hmac("members.cpd-draft", user.pk).hexdigest()[:20]
    return f"{account}:{record.pk if record else 'new'}"


def _draft_saved(request, draft_key):
    """The list page tells the draft script that this draft is safely saved and may be cleared."""
    request.session[DRAFT_SAVED_SESSION_KEY] = draft_key


def _render_form(request, form, record, draft_key):
    return render(
        request,
        "members/cpd_form.html",
        {
            "form": form,
            "record": record,
            "draft_key": draft_key,
            "session_seconds_left": request.session.get_expiry_age(),
        },
    )


@login_required
def cpd_add(request):
    draft_key = _draft_key(request.user)
    form = CPDRecordForm(
        request.POST or None, request.FILES or None, user=request.user, initial={"date": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        record = save_cpd_record(form, request.user)
        _draft_saved(request, draft_key)
        messages.success(request, f"“{record.title}” has been added to your CPD record.")
        return redirect("members_cpd_list")
    return _render_form(request, form, None, draft_key)


@login_required
def cpd_edit(request, pk):
    record = get_object_or_404(CPDRecord, pk=pk, user=request.user)
    draft_key = _draft_key(request.user, record)
    form = CPDRecordForm(request.POST or None, request.FILES or None, user=request.user, instance=record)
    if request.method == "POST" and form.is_valid():
        save_cpd_record(form, request.user)
        _draft_saved(request, draft_key)
        messages.success(request, f"Your changes to “{record.title}” have been saved.")
        return redirect("members_cpd_list")
    return _render_form(request, form, record, draft_key)


@login_required
def cpd_delete(request, pk):
    record = get_object_or_404(CPDRecord, pk=pk, user=request.user)
    if request.method == "POST":
        title = record.title
        record.delete()  # its evidence files go too, once the deletion is committed
        messages.success(request, f"“{title}” has been deleted from your CPD record.")
        return redirect("members_cpd_list")
    return render(request, "members/cpd_confirm_delete.html", {"record": record})


@login_required
def export_csv(request):
    rows = cpd_csv_rows(request.user)
    return csv_response(NEUTRAL_CSV_NAME, CSV_HEADINGS, rows, streaming=True, byte_order_mark=True)


@login_required
def export_pdf(request):
    settings = cpd_settings(request)
    _, year, _, _ = _selected_filters(request, settings)
    filename = neutral_download_name(f"cpd-portfolio-{year.key}.pdf", "portfolio.pdf")
    response = HttpResponse(portfolio_pdf(request.user, year, settings), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_POST
def keep_session_alive(request):
    """The CPD form calls this when the person chooses to stay signed in: saving the session renews its expiry."""
    if not request.user.is_authenticated:
        return HttpResponse(status=401)
    request.session.modified = True
    return HttpResponse(status=204)
