"""The applicant's side: filling in (draft, resume, submit) and following their applications."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from portal.responses import private
from recruitment.forms import HEALTH_CONSENT_VERSION, ApplicationCoreForm, draft_values
from recruitment.models import Application, InvalidTransition, Stage

QUESTIONS_PREFIX = "q"
CORE_DRAFT_FIELDS = ("contact_name", "contact_email", "contact_phone", "availability")


def _live_application(user, role):
    return Application.objects.live().filter(applicant=user, role=role).first()


def serve_application_form(page, request):
    """The application form page: closed roles take nothing; a draft resumes; submitting checks everything."""
    role = page.role
    context = page.get_context(request)
    context.update(role=role, noindex=True)
    if not role.is_open:
        context["closed"] = True
        return private(TemplateResponse(request, page.get_template(request), context))

    application = _live_application(request.user, role)
    if application is not None and not application.is_draft:
        messages.info(request, "You have already applied for this role. Here is where your application is up to.")
        return redirect("recruitment_application", pk=application.pk)

    draft = application.draft_data if application else {}
    if request.method == "POST" and request.POST.get("action") == "save_draft":
        return _save_draft(page, request, application)

    if request.method == "POST":
        core_form = ApplicationCoreForm(request.POST, role=role)
        questions_form = page.get_form(request.POST, page=page, user=request.user, prefix=QUESTIONS_PREFIX)
        if core_form.is_valid() and questions_form.is_valid():
            application = _submit(page, request, application, core_form, questions_form)
            messages.success(request, "Thank you: your application has been sent. We have emailed you to confirm.")
            return redirect("recruitment_application", pk=application.pk)
    else:
        core_initial = {"contact_email": request.user.email, "contact_name": request.user.display_name}
        core_initial.update(draft.get("core", {}))
        core_form = ApplicationCoreForm(initial=core_initial, role=role)
        questions_form = page.get_form(
            page=page, user=request.user, prefix=QUESTIONS_PREFIX, initial=draft.get("answers", {})
        )
    context.update(core_form=core_form, questions_form=questions_form, application=application)
    return private(TemplateResponse(request, page.get_template(request), context))


def _save_draft(page, request, application):
    questions_form = page.get_form(page=page, user=request.user, prefix=QUESTIONS_PREFIX)
    data = {
        "core": draft_values(request.POST, CORE_DRAFT_FIELDS),
        "answers": draft_values(request.POST, list(questions_form.fields), prefix=QUESTIONS_PREFIX),
    }
    try:
        with transaction.atomic():
            if application is None:
                application = Application.objects.create(
                    applicant=request.user, role=page.role, role_title=page.role.title, form_page=page, draft_data=data
                )
            else:
                application.draft_data = data
                application.save(update_fields=["draft_data", "updated_at"])
    except IntegrityError:  # a second tab saved a draft at the same moment: keep that one
        messages.error(request, "This draft was changed in another window. Please check it and save again.")
        return redirect(page.url)
    messages.success(request, "Your draft is saved. Come back to it any time from “Your applications”.")
    return redirect(page.url)


def _submit(page, request, application, core_form, questions_form):
    with transaction.atomic():
        if application is None:
            application = Application.objects.create(
                applicant=request.user, role=page.role, role_title=page.role.title, form_page=page
            )
        core = core_form.cleaned_data
        application.contact_name = core["contact_name"]
        application.contact_email = core["contact_email"]
        application.contact_phone = core["contact_phone"]
        application.availability = core["availability"]
        application.health_consent_given_at = timezone.now()
        application.health_consent_version = HEALTH_CONSENT_VERSION
        application.form_page = page
        application.save()
        page.process_form_submission(questions_form, application=application)
        application.move_to(Stage.SUBMITTED, by=request.user)
    return application


def _own_application(request, pk):
    return get_object_or_404(Application.objects.select_related("role", "form_page"), pk=pk, applicant=request.user)


@login_required
def application_list(request):
    applications = Application.objects.filter(applicant=request.user).select_related("form_page")
    return render(request, "recruitment/application_list.html", {"applications": applications, "noindex": True})


@login_required
def application_detail(request, pk):
    application = _own_application(request, pk)
    submission = getattr(application, "submission", None)
    answers = []
    if submission is not None and application.form_page is not None:
        data = submission.form_data
        answers = [(field.label, data.get(field.clean_name)) for field in application.form_page.get_form_fields()]
    return render(
        request,
        "recruitment/application_detail.html",
        {
            "application": application,
            "timeline": application.timeline(),
            "answers": answers,
            "noindex": True,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def withdraw_application(request, pk):
    application = _own_application(request, pk)
    if not application.can_withdraw:
        messages.info(request, "This application has already closed, so there is nothing to withdraw.")
        return redirect("recruitment_application", pk=application.pk)
    if request.method == "POST":
        try:
            application.move_to(Stage.WITHDRAWN, by=request.user)
        except InvalidTransition:
            messages.info(request, "This application has already closed, so there is nothing to withdraw.")
            return redirect("recruitment_application", pk=application.pk)
        messages.success(request, "Your application has been withdrawn. You are welcome to apply again later.")
        return redirect("recruitment_application", pk=application.pk)
    return render(request, "recruitment/application_withdraw.html", {"application": application, "noindex": True})
