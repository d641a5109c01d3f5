"""Factories for the training course: /training/ and its modules."""

from decimal import Decimal

from tests.page_factories import PublishedPageFactory
from training.models import TrainingIndexPage, TrainingModulePage


class TrainingIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = TrainingIndexPage

    title = "Training"
    slug = "training"


class TrainingModulePageFactory(PublishedPageFactory):
    """A one-hour module with an 80% pass mark; give it `parent=` (the course). `lessons` and `questions` are
    passed as the page takes them."""

    class Meta:
        model = TrainingModulePage

    title = "Listening skills"
    slug = "listening-skills"
    summary = "How to listen so that people feel heard."
    duration_hours = Decimal("1")
    pass_mark = 80
