from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

MONTHS = [
    (1, "January"),
    (2, "February"),
    (3, "March"),
    (4, "April"),
    (5, "May"),
    (6, "June"),
    (7, "July"),
    (8, "August"),
    (9, "September"),
    (10, "October"),
    (11, "November"),
    (12, "December"),
]


@register_setting(icon="date")
class CPDSettings(BaseSiteSetting):
    """The CPD year and what members aim for in it."""

    year_start_month = models.PositiveSmallIntegerField(
        "CPD year starts in",
        choices=MONTHS,
        default=4,
        help_text="The CPD year runs for twelve months from this month.",
    )
    annual_target_hours = models.DecimalField(
        "annual target (hours)",
        max_digits=6,
        decimal_places=2,
        default=Decimal("15"),
        validators=[MinValueValidator(Decimal("0.25")), MaxValueValidator(Decimal("1000"))],
    )
    minimum_participatory_percent = models.PositiveSmallIntegerField(
        "minimum participatory share (%)",
        default=50,
        validators=[MaxValueValidator(100)],
        help_text="How much of the annual target should be learning with other people rather than on one's own.",
    )

    panels = [
        FieldPanel("year_start_month"),
        FieldPanel("annual_target_hours"),
        FieldPanel("minimum_participatory_percent"),
    ]

    class Meta:
        verbose_name = "CPD settings"

    @property
    def participatory_target_hours(self):
        return (self.annual_target_hours * self.minimum_participatory_percent / 100).quantize(Decimal("0.01"))
