"""Trainee-facing views: module overview, lessons, quiz, results (routes of TrainingModulePage), the certificate
and the public verification page. Page view restrictions (Trainees, Members) already guard the module routes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from training import certificates
from training.forms import CertificateNameForm, CertificateReissueForm
from training.marking import QuizClosed, QuizForm, submit_quiz
from training.models import QuizAttempt, ReflectionNote, TrainingIndexPage
from training.progress import (
    attempts_used,
    can_take_training,
    course_overview,
    missing_prerequisites,
    progress_for,
    record_lesson_opened,
)

NOTE_MAX_LENGTH = 5000


def _route(module, name, *args):
    return module.url + module.reverse_subpage(name, args=args)


def _lessons(module):
    return [block.value for block in module.lessons]


def _locked_response(request, module, missing):
    return TemplateResponse(
        request,
        "training/locked.html",
        {"page": module, "module": module, "missing": missing, "course": module.get_parent()},
        status=403,
    )


def _guard(view):
    """Every module route: prerequisites must be passed, whatever URL was typed."""

    def wrapped(request, module, *args, **kwargs):
        if not request.user.is_authenticated:  # previews by editors reach here through Wagtail admin only
            raise PermissionDenied
        missing = missing_prerequisites(module, request.user)
        if missing:
            return _locked_response(request, module, missing)
        return view(request, module, *args, **kwargs)

    return wrapped


def _module_context(module, user, **extra):
    lessons = _lessons(module)
    progress = progress_for(module, user)
    return {
        "page": module,
        "module": module,
        "course": module.get_parent(),
        "lessons": [(number, lesson, _route(module, "lesson", number)) for number, lesson in enumerate(lessons, 1)],
        "progress": progress,
        "quiz_url": _route(module, "quiz"),
        **extra,
    }


@_guard
def module_overview(request, module):
    context = _module_context(module, request.user)
    progress = context["progress"]
    lessons = context["lessons"]
    if progress and progress.last_lesson and lessons:
        number = min(progress.last_lesson, len(lessons))
        context["resume_url"] = lessons[number - 1][2]
        context["resume_number"] = number
    elif lessons:
        context["resume_url"] = lessons[0][2]
    latest = QuizAttempt.objects.filter(module=module, user=request.user).first()
    context["latest_attempt"] = latest
    if latest:
        context["latest_attempt_url"] = _route(module, "result", latest.pk)
    return TemplateResponse(request, "training/module_page.html", context)


@_guard
def lesson(request, module, number):
    lessons = _lessons(module)
    if not 1 <= number <= len(lessons):
        raise Http404
    current = lessons[number - 1]
    reflection_ids = [block.id for block in current["content"] if block.block_type == "reflection"]
    note_errors = {}
    typed = {}
    if request.method == "POST":
        block_id = request.POST.get("block_id", "")
        text = request.POST.get("note", "")
        if block_id not in reflection_ids:
            raise Http404
        if len(text) > NOTE_MAX_LENGTH:
            note_errors[block_id] = f"Keep your note under {NOTE_MAX_LENGTH} characters (it has {len(text)})."
            typed[block_id] = text
        else:
            ReflectionNote.objects.update_or_create(
                user=request.user, module=module, block_id=block_id, defaults={"text": text}
            )
            messages.success(request, "Your note is saved. Only you can read it.")
            return redirect(f"{_route(module, 'lesson', number)}#note-{block_id}")
    record_lesson_opened(module, request.user, number)
    notes = {
        note.block_id: note.text
        for note in ReflectionNote.objects.filter(user=request.user, module=module, block_id__in=reflection_ids)
    }
    notes.update(typed)
    blocks = [
        {"block": block, "note": notes.get(block.id, ""), "error": note_errors.get(block.id)}
        for block in current["content"]
    ]
    context = _module_context(
        module,
        request.user,
        number=number,
        lesson=current,
        blocks=blocks,
        lesson_count=len(lessons),
        previous_url=_route(module, "lesson", number - 1) if number > 1 else None,
        next_url=_route(module, "lesson", number + 1) if number < len(lessons) else None,
        lesson_url=_route(module, "lesson", number),
    )
    return TemplateResponse(request, "training/lesson.html", context, status=400 if note_errors else 200)


@_guard
def quiz(request, module):
    questions = list(module.questions.all())
    progress = progress_for(module, request.user)
    used = attempts_used(module, request.user)
    remaining = module.attempt_limit - used if module.attempt_limit else None
    closed_reason = None
    if progress and progress.is_passed:
        closed_reason = "You have passed this module. Well done."
    elif remaining is not None and remaining <= 0:
        closed_reason = "You have used all your attempts at this quiz. Please talk to your coordinator."
    form = None
    if closed_reason is None:
        form = QuizForm(request.POST if request.method == "POST" else None, questions=questions)
        if request.method == "POST" and form.is_valid():
            try:
                attempt = submit_quiz(request.user, module, form.answers())
            except QuizClosed as closed:
                messages.error(request, str(closed))
                return redirect(_route(module, "quiz"))
            return redirect(_route(module, "result", attempt.pk))
    elif request.method == "POST":
        messages.error(request, closed_reason)
    context = _module_context(
        module,
        request.user,
        form=form,
        closed_reason=closed_reason,
        attempts_used=used,
        attempts_remaining=remaining,
        question_count=len(questions),
    )
    status = 400 if form is not None and form.is_bound else 200
    return TemplateResponse(request, "training/quiz.html", context, status=status)


def _feedback(module, attempt):
    questions = {question.pk: question for question in module.questions.all()}
    lessons = _lessons(module)
    feedback, revisit = [], {}
    for number, result in enumerate(attempt.results, start=1):
        question = questions.get(result["question"])
        if question is None:
            continue  # removed from the quiz since
        texts = {choice.id: choice.value["text"] for choice in question.choices}
        feedback.append(
            {
                "number": number,
                "question": question,
                "chosen": [texts.get(choice_id, "(a choice since removed)") for choice_id in result["chosen"]],
                "correct": result["correct"],
                "correct_answers": [texts[c] for c in texts if c in question.correct_choice_ids()]
                if attempt.passed
                else [],
            }
        )
        lesson_number = question.revisit_lesson
        if not result["correct"] and lesson_number and 1 <= lesson_number <= len(lessons):
            revisit[lesson_number] = (lessons[lesson_number - 1]["title"], _route(module, "lesson", lesson_number))
    return feedback, [(number, *revisit[number]) for number in sorted(revisit)]


@_guard
def result(request, module, attempt_id):
    attempt = QuizAttempt.objects.filter(pk=attempt_id, module=module, user=request.user).first()
    if attempt is None:
        raise Http404
    feedback, revisit = _feedback(module, attempt)
    used = attempts_used(module, request.user)
    can_retry = not attempt.passed and not (module.attempt_limit and used >= module.attempt_limit)
    overview = course_overview(module.get_parent().specific, request.user) if attempt.passed else None
    context = _module_context(
        module,
        request.user,
        attempt=attempt,
        feedback=feedback,
        revisit=revisit,
        can_retry=can_retry,
        overview=overview,
        certificate_url=reverse("training_certificate"),
    )
    return TemplateResponse(request, "training/result.html", context)


# --- Certificate and verification (plain Django views, mounted in portal/urls.py)


def _course():
    return TrainingIndexPage.objects.live().first()


def _own_certificate(request):
    if not can_take_training(request.user):
        raise PermissionDenied
    course = _course()
    if course is None:
        raise Http404
    return course, certificates.issue_if_complete(request.user, course.specific)


def _name_form_response(request, course, issued, form=None, status=200):
    """Shown instead of the certificate (page or PDF) until the trainee has given the name to print on it."""
    form = form or CertificateNameForm()
    return TemplateResponse(
        request,
        "training/certificate.html",
        {"certificate": issued, "course": course, "name_form": form},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def certificate(request):
    course, issued = _own_certificate(request)
    if issued is not None and certificates.needs_name(issued):
        if request.method == "POST":
            form = CertificateNameForm(request.POST)
            if form.is_valid():
                certificates.set_name(issued, form.cleaned_data["name"])
                messages.success(request, "Your name is on your certificate.")
                return redirect("training_certificate")
            return _name_form_response(request, course, issued, form, status=400)
        return _name_form_response(request, course, issued)
    reissue_form, status = None, 200
    if issued is not None:
        reissue_form = CertificateReissueForm(current_name=issued.name)
    if request.method == "POST":
        if issued is None or f"{CertificateReissueForm.prefix}-name" not in request.POST:
            return redirect("training_certificate")
        reissue_form = CertificateReissueForm(request.POST, current_name=issued.name)
        if reissue_form.is_valid():
            certificates.reissue(issued, reissue_form.cleaned_data["name"])
            messages.success(request, "Your new certificate is ready, with a new verification code.")
            return redirect("training_certificate")
        status = 400
    context = {"certificate": issued, "course": course, "reissue_form": reissue_form}
    if issued is None:
        context["overview"] = course_overview(course, request.user)
    else:
        context["verify_url"] = request.build_absolute_uri(reverse("training_verify", args=[issued.code]))
    return TemplateResponse(request, "training/certificate.html", context, status=status)


@login_required
@require_GET
def certificate_pdf(request):
    course, issued = _own_certificate(request)
    if issued is None:
        raise Http404
    if certificates.needs_name(issued):  # never a PDF without a name (or with an email address)
        return _name_form_response(request, course, issued)
    verify_url = request.build_absolute_uri(reverse("training_verify", args=[issued.code]))
    response = HttpResponse(certificates.certificate_pdf(issued, verify_url), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificates.PDF_FILE_NAME}"'
    return response


@require_GET
def verify(request, code=None):
    """Public: anyone with the code sees the name, course and date, and nothing else."""
    code = code or request.GET.get("code", "").strip()[:40]
    if code and "code" in request.GET and "/" not in code:  # a "/" is never in a code, nor can it be in its address
        return redirect("training_verify", code=code)
    found = certificates.find_by_code(code) if code else None
    status = 404 if code and found is None else 200
    return TemplateResponse(request, "training/verify.html", {"code": code, "found": found}, status=status)
