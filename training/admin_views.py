"""Coordinator screens in Wagtail admin: trainees' progress, one trainee's modules and induction checklist with
"confirm as member", and a CSV export. Custom views because Wagtail's listings cannot show a trainee × module grid
with a checklist form beside it."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.admin import CoordinatorsOnlyMixin, ShownToMenuItem
from portal.roles import MEMBERS, TRAINEES, is_coordinator, user_has_role
from portal.spreadsheets import csv_response
from training.membership import NotReady, confirm_as_member, readiness
from training.models import (
    InductionCompletion,
    InductionItem,
    ModuleProgress,
    QuizAttempt,
    TrainingIndexPage,
)
from training.progress import course_modules

CSV_FILE_NAME = "training-progress.csv"


def _course():
    return TrainingIndexPage.objects.live().first()


def people_in_training():
    """Trainees, and members who have started any module."""
    return (
        get_user_model()
        .objects.filter(Q(groups__name=TRAINEES) | Q(training_progress__isnull=False))
        .distinct()
        .order_by("email")
    )


def progress_rows(users, modules):
    """(user, [(module, progress or None, attempts, last attempt)]) with a fixed number of queries."""
    progress = {(p.user_id, p.module_id): p for p in ModuleProgress.objects.filter(user__in=users, module__in=modules)}
    attempts = {
        (row["user_id"], row["module_id"]): (row["count"], row["last"])
        for row in QuizAttempt.objects.filter(user__in=users, module__in=modules)
        .values("user_id", "module_id")
        .annotate(count=Count("id"), last=Max("submitted_at"))
        .order_by()
    }
    return [
        (
            user,
            [
                (module, progress.get((user.pk, module.pk)), *attempts.get((user.pk, module.pk), (0, None)))
                for module in modules
            ],
        )
        for user in users
    ]


class TrainingProgressView(CoordinatorsOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = "Training progress"
    header_icon = "group"
    template_name = "training/admin/progress.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        course = _course()
        modules = course_modules(course) if course else []
        users = list(people_in_training().prefetch_related("groups"))
        done = dict(
            InductionCompletion.objects.filter(user__in=users)
            .values("user_id")
            .annotate(count=Count("id"))
            .values_list("user_id", "count")
        )
        induction_total = InductionItem.objects.count()
        required = [m for m in modules if m.is_required]
        rows = []
        for user, cells in progress_rows(users, modules):
            passed = sum(1 for module, progress, *_ in cells if module.is_required and progress and progress.is_passed)
            rows.append(
                {
                    "user": user,
                    "cells": cells,
                    "required_passed": passed,
                    "induction_done": done.get(user.pk, 0),
                    "is_member": any(group.name == MEMBERS for group in user.groups.all()),
                }
            )
        context.update(
            modules=modules,
            rows=rows,
            required_count=len(required),
            induction_total=induction_total,
            export_url=reverse("training_progress_export"),
        )
        return context


class TraineeView(CoordinatorsOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "user"
    template_name = "training/admin/trainee.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.trainee = get_object_or_404(get_user_model(), pk=kwargs["user_id"])
        self.course = _course()

    def get_page_title(self):
        return f"Training: {self.trainee}"

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("training_progress"), "label": "Training progress"},
            {"url": "", "label": str(self.trainee)},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        modules = course_modules(self.course) if self.course else []
        [(_user, cells)] = progress_rows([self.trainee], modules)
        done_ids = set(InductionCompletion.objects.filter(user=self.trainee).values_list("item_id", flat=True))
        ready, missing = readiness(self.trainee, self.course) if self.course else (False, ["a published course"])
        context.update(
            trainee=self.trainee,
            cells=cells,
            items=[(item, item.pk in done_ids) for item in InductionItem.objects.all()],
            ready=ready,
            missing=missing,
            is_trainee=user_has_role(self.trainee, TRAINEES) and not self.trainee.is_superuser,
            is_member=user_has_role(self.trainee, MEMBERS) and not self.trainee.is_superuser,
        )
        return context

    def post(self, request, *args, **kwargs):
        if "confirm_member" in request.POST:
            try:
                done_elsewhere = confirm_as_member(self.trainee, self.course, by=request.user)
            except NotReady as not_ready:
                messages.error(request, str(not_ready))
            else:
                messages.success(request, " ".join([f"{self.trainee} is now a Peer Supporter.", *done_elsewhere]))
            return redirect("training_trainee", user_id=self.trainee.pk)
        ticked = {int(pk) for pk in request.POST.getlist("items") if pk.isdigit()}
        items = set(InductionItem.objects.values_list("pk", flat=True))
        InductionCompletion.objects.filter(user=self.trainee).exclude(item_id__in=ticked & items).delete()
        existing = set(InductionCompletion.objects.filter(user=self.trainee).values_list("item_id", flat=True))
        InductionCompletion.objects.bulk_create(
            [
                InductionCompletion(user=self.trainee, item_id=pk, marked_by=request.user)
                for pk in (ticked & items) - existing
            ]
        )
        messages.success(request, "The induction checklist is saved.")
        return redirect("training_trainee", user_id=self.trainee.pk)


def _when(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def export_progress(request):
    if not is_coordinator(request.user):
        raise PermissionDenied
    course = _course()
    modules = course_modules(course) if course else []
    headings = ["Person", "Email", "Module", "Required", "Started", "Passed", "Attempts", "Last activity"]
    return csv_response(CSV_FILE_NAME, headings, _progress_rows(modules))


def _progress_rows(modules):
    for user, cells in progress_rows(list(people_in_training()), modules):
        for module, progress, attempts, last_attempt in cells:
            last = max(filter(None, [progress and progress.last_activity_at, last_attempt]), default=None)
            yield [
                str(user),
                user.email,
                module.title,
                "yes" if module.is_required else "no",
                _when(progress.started_at) if progress else "",
                _when(progress.passed_at) if progress else "",
                attempts,
                _when(last),
            ]


def admin_urls():
    return [
        path("training/", TrainingProgressView.as_view(), name="training_progress"),
        path("training/export.csv", export_progress, name="training_progress_export"),
        path("training/people/<int:user_id>/", TraineeView.as_view(), name="training_trainee"),
    ]


def menu_item():
    return ShownToMenuItem("Training progress", reverse("training_progress"), icon_name="group", order=320)


class InductionItemViewSet(SnippetViewSet):
    model = InductionItem
    icon = "tasks"
    menu_label = "Induction checklist"
    add_to_admin_menu = False
    list_display = ["title", "sort_order"]


register_snippet(InductionItemViewSet)
