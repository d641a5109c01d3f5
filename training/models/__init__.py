"""Training models, split by kind: pages (the course), progress (each trainee's way through it), certificates."""

from training.models.certificates import DEFAULT_CERTIFICATE_TITLE, Certificate, TrainingSettings
from training.models.pages import QuizQuestion, TrainingIndexPage, TrainingModulePage
from training.models.progress import InductionCompletion, InductionItem, ModuleProgress, QuizAttempt, ReflectionNote

__all__ = [
    "DEFAULT_CERTIFICATE_TITLE",
    "Certificate",
    "InductionCompletion",
    "InductionItem",
    "ModuleProgress",
    "QuizAttempt",
    "QuizQuestion",
    "ReflectionNote",
    "TrainingIndexPage",
    "TrainingModulePage",
    "TrainingSettings",
]
