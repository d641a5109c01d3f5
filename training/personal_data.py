"""A trainee's training data for "Download my data" and "Delete my account": progress, quiz attempts, private
reflection notes and certificates."""

from portal.personal_data import PersonalDataHandler
from training.models import Certificate, InductionCompletion, ModuleProgress, QuizAttempt, ReflectionNote


def _when(value):
    return value.isoformat() if value else None


def export_training(user):
    return {
        "progress": [
            {
                "module": progress.module.title,
                "started": _when(progress.started_at),
                "last_activity": _when(progress.last_activity_at),
                "passed": _when(progress.passed_at),
            }
            for progress in ModuleProgress.objects.filter(user=user).select_related("module")
        ],
        "quiz_attempts": [
            {
                "module": attempt.module.title,
                "submitted": _when(attempt.submitted_at),
                "score": attempt.score,
                "out_of": attempt.total,
                "percent": attempt.percent,
                "passed": attempt.passed,
            }
            for attempt in QuizAttempt.objects.filter(user=user).select_related("module")
        ],
        "reflection_notes": [
            {"module": note.module.title, "note": note.text, "updated": _when(note.updated_at)}
            for note in ReflectionNote.objects.filter(user=user).select_related("module")
        ],
        "certificates": [
            {
                "title": certificate.title,
                "name": certificate.name,
                "completed_on": certificate.completed_on.isoformat(),
                "competencies": certificate.competencies,
                "verification_code": certificate.code,
                "replaced": not certificate.is_current,
            }
            for certificate in Certificate.objects.filter(user=user).order_by("issued_at", "pk")
        ],
        "induction_items_done": [
            {"item": done.item.title, "done": _when(done.done_at)}
            for done in InductionCompletion.objects.filter(user=user).select_related("item")
        ],
    }


def erase_training(user):
    for model in (QuizAttempt, ReflectionNote, ModuleProgress, Certificate, InductionCompletion):
        model.objects.filter(user=user).delete()


def training_personal_data_handler():
    return PersonalDataHandler(name="training", export=export_training, erase=erase_training)
