"""Where a trainee is in the course: each module's status, what is locked and why, what unlocks next."""

from dataclasses import dataclass, field

from django.utils import timezone

from portal.roles import MEMBERS, TRAINEES, user_has_role
from training.models import Certificate, ModuleProgress, QuizAttempt, TrainingIndexPage, TrainingModulePage

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
PASSED = "passed"
LOCKED = "locked"
STATUS_LABELS = {NOT_STARTED: "Not started", IN_PROGRESS: "In progress", PASSED: "Passed", LOCKED: "Locked"}


def can_take_training(user):
    return user_has_role(user, TRAINEES) or user_has_role(user, MEMBERS)


@dataclass
class ModuleStatus:
    module: TrainingModulePage
    progress: ModuleProgress | None
    missing_prerequisites: list = field(default_factory=list)
    unlocks: list = field(default_factory=list)

    @property
    def is_passed(self):
        return self.progress is not None and self.progress.is_passed

    @property
    def is_locked(self):
        return not self.is_passed and bool(self.missing_prerequisites)

    @property
    def status(self):
        if self.is_passed:
            return PASSED
        if self.missing_prerequisites:
            return LOCKED
        return IN_PROGRESS if self.progress else NOT_STARTED

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


@dataclass
class CourseOverview:
    course: TrainingIndexPage
    modules: list
    certificate: Certificate | None

    @property
    def required(self):
        return [status for status in self.modules if status.module.is_required]

    @property
    def required_passed(self):
        return sum(1 for status in self.required if status.is_passed)

    @property
    def percent(self):
        return round(100 * self.required_passed / len(self.required)) if self.required else 0

    @property
    def is_complete(self):
        return bool(self.required) and self.required_passed == len(self.required)

    @property
    def next_module(self):
        """The first open module not yet passed, required ones first: where to carry on."""
        open_modules = [status for status in self.modules if not status.is_passed and not status.is_locked]
        open_modules.sort(key=lambda status: not status.module.is_required)
        return open_modules[0] if open_modules else None

    @property
    def unlocks_next(self):
        """Locked modules that passing the next module would open."""
        upcoming = self.next_module
        if upcoming is None:
            return []
        return [
            status
            for status in self.modules
            if status.is_locked and [m.pk for m in status.missing_prerequisites] == [upcoming.module.pk]
        ]


def course_modules(course):
    return list(TrainingModulePage.objects.child_of(course).live().order_by("path").prefetch_related("prerequisites"))


def course_overview(course, user) -> CourseOverview:
    """A fixed number of queries, however many modules the course has."""
    modules = course_modules(course)
    progress = {p.module_id: p for p in ModuleProgress.objects.filter(user=user, module__in=[m.pk for m in modules])}
    by_pk = {module.pk: module for module in modules}
    statuses = {}
    for module in modules:
        prerequisites = [by_pk[p.pk] for p in module.prerequisites.all() if p.pk in by_pk]
        missing = [p for p in prerequisites if not (progress.get(p.pk) and progress[p.pk].is_passed)]
        statuses[module.pk] = ModuleStatus(
            module=module, progress=progress.get(module.pk), missing_prerequisites=missing
        )
    for module in modules:
        for prerequisite in module.prerequisites.all():
            if prerequisite.pk in statuses:
                statuses[prerequisite.pk].unlocks.append(module)
    certificate = Certificate.objects.current().filter(user=user, course=course).first()
    return CourseOverview(course=course, modules=list(statuses.values()), certificate=certificate)


def missing_prerequisites(module, user):
    prerequisites = list(module.prerequisites.all())
    passed = set(
        ModuleProgress.objects.filter(
            user=user, module__in=[p.pk for p in prerequisites], passed_at__isnull=False
        ).values_list("module_id", flat=True)
    )
    return [p for p in prerequisites if p.pk not in passed]


def progress_for(module, user, create=False):
    if create:
        return ModuleProgress.objects.get_or_create(user=user, module=module)[0]
    return ModuleProgress.objects.filter(user=user, module=module).first()


def record_lesson_opened(module, user, number):
    progress = progress_for(module, user, create=True)
    progress.last_lesson = number  # resume here next time
    progress.last_activity_at = timezone.now()
    progress.save(update_fields=["last_lesson", "last_activity_at"])
    return progress


def attempts_used(module, user):
    return QuizAttempt.objects.filter(module=module, user=user).count()
