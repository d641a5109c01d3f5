"""Demo training: the competency taxonomy, the core course under /training/, the induction checklist, and (with
demo users) a trainee who has started. Idempotent: what exists is left alone."""

import copy
import json
import uuid
from decimal import Decimal

from django.contrib.auth import get_user_model

from demo.pages import ensure_child_page
from demo.training_course import INDUCTION_ITEMS, MODULES, NATIONAL_STANDARDS_COMPETENCIES
from members.models import Competency
from training.models import InductionItem, QuizQuestion, ReflectionNote, TrainingIndexPage, TrainingModulePage
from training.progress import record_lesson_opened

DEMO_TRAINEE = "trainee@example.org"


def ensure_competencies():
    for name, description in NATIONAL_STANDARDS_COMPETENCIES.items():
        Competency.objects.get_or_create(name=name, defaults={"description": description})


def ensure_induction_checklist():
    if InductionItem.objects.exists():
        return
    for order, (title, description) in enumerate(INDUCTION_ITEMS, start=1):
        InductionItem.objects.create(title=title, description=description, sort_order=order)


def _with_ids(blocks):
    """Stream blocks need stable ids: reflection notes are kept against the id of their prompt."""
    for block in blocks:
        block.setdefault("id", str(uuid.uuid4()))
        if block["type"] == "lesson":
            _with_ids(block["value"]["content"])
    return blocks


def _question(text, kind, choices, explanation, revisit, order):
    return QuizQuestion(
        text=text,
        kind=kind,
        choices=json.dumps(
            [
                {"type": "choice", "value": {"text": choice, "is_correct": correct}, "id": str(uuid.uuid4())}
                for choice, correct in choices
            ]
        ),
        explanation=explanation,
        revisit_lesson=revisit,
        sort_order=order,
    )


def ensure_course(home, stdout):
    ensure_competencies()
    ensure_induction_checklist()
    course = TrainingIndexPage.objects.child_of(home).first()
    if course is None:
        return
    previous = None
    for spec in MODULES:
        existing = TrainingModulePage.objects.child_of(course).filter(slug=spec["slug"]).first()
        if existing is not None:
            previous = existing
            continue
        module = TrainingModulePage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            duration_hours=Decimal(spec["hours"]),
            pass_mark=80,
            lessons=json.dumps(_with_ids(copy.deepcopy(spec["lessons"]))),
            questions=[_question(*question, order) for order, question in enumerate(spec["questions"])],
        )
        module.competencies.set(Competency.objects.filter(name__in=spec["competencies"]))
        if previous is not None:
            module.prerequisites.set([previous])
        module, _ = ensure_child_page(course, module)
        previous = module
        stdout.write(f"Training module created: {module.url_path}")


def start_demo_trainee(stdout):
    trainee = get_user_model().objects.filter(email=DEMO_TRAINEE).first()
    course = TrainingIndexPage.objects.first()
    first = TrainingModulePage.objects.child_of(course).order_by("path").first() if course else None
    if trainee is None or first is None or first.progress.filter(user=trainee).exists():
        return
    record_lesson_opened(first, trainee, 1)
    reflection = next(block for block in first.lessons[0].value["content"] if block.block_type == "reflection")
    ReflectionNote.objects.create(
        user=trainee,
        module=first,
        block_id=reflection.id,
        text="A friend once just let me talk for ages without interrupting. I'd like to give people that.",
    )
    stdout.write(f"  {DEMO_TRAINEE} has started “{first.title}”")
