"""CPD logic: the CPD year, progress against the target, the monthly chart, saving a member's own record, and the
one function other apps call.

Other apps record CPD only through `record_cpd_activity` (DESIGN.md seam), never through the model.
"""

import calendar
import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from wagtail.models import Site

from members.evidence import add_evidence
from members.models import ActivityType, Competency, CPDRecord, CPDSettings, LearningMode
from members.models.cpd import MAX_HOURS, MIN_HOURS

ZERO = Decimal("0")
QUARTER = Decimal("0.25")
PARTICIPATORY_TYPES = {
    ActivityType.TRAINING,
    ActivityType.SUPERVISION,
    ActivityType.PEER_LEARNING,
    ActivityType.CONFERENCE,
    ActivityType.SHADOWING,
}


def cpd_settings(request=None) -> CPDSettings:
    """The CPD settings of the request's site (or the default site); unsaved defaults when there is no site yet."""
    if request is not None:
        return CPDSettings.for_request(request)
    site = Site.objects.filter(is_default_site=True).first()
    return CPDSettings.for_site(site) if site else CPDSettings()


# --- The CPD year


@dataclass(frozen=True)
class CPDYear:
    start: datetime.date  # first day
    end: datetime.date  # first day of the next CPD year

    @classmethod
    def starting_in(cls, year: int, start_month: int) -> "CPDYear":
        start = datetime.date(year, start_month, 1)
        return cls(start=start, end=datetime.date(year + 1, start_month, 1))

    @classmethod
    def containing(cls, day: datetime.date, start_month: int) -> "CPDYear":
        year = day.year if day.month >= start_month else day.year - 1
        return cls.starting_in(year, start_month)

    @property
    def key(self) -> int:
        return self.start.year

    @property
    def last_day(self) -> datetime.date:
        return self.end - datetime.timedelta(days=1)

    @property
    def label(self) -> str:
        if self.start.month == 1:
            return str(self.start.year)
        return f"{self.start:%B %Y} to {self.last_day:%B %Y}"

    @property
    def months(self) -> list[datetime.date]:
        months = []
        month = self.start
        while month < self.end:
            months.append(month)
            month = datetime.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        return months

    def contains(self, day: datetime.date) -> bool:
        return self.start <= day < self.end


def records_in_year(user, year: CPDYear):
    return CPDRecord.objects.filter(user=user, date__gte=year.start, date__lt=year.end)


# --- Progress against the target


@dataclass(frozen=True)
class Progress:
    total_hours: Decimal
    participatory_hours: Decimal
    target_hours: Decimal
    participatory_target_hours: Decimal
    record_count: int

    @property
    def remaining_hours(self) -> Decimal:
        return max(self.target_hours - self.total_hours, ZERO)

    @property
    def participatory_remaining_hours(self) -> Decimal:
        return max(self.participatory_target_hours - self.participatory_hours, ZERO)

    @property
    def total_target_met(self) -> bool:
        return self.total_hours >= self.target_hours

    @property
    def participatory_target_met(self) -> bool:
        return self.participatory_hours >= self.participatory_target_hours

    @property
    def target_met(self) -> bool:
        return self.total_target_met and self.participatory_target_met

    # A progress bar's value may not pass its maximum (HTML): the bars stop at the target, the words give the figure.
    @property
    def total_bar_hours(self) -> Decimal:
        return min(self.total_hours, self.target_hours)

    @property
    def participatory_bar_hours(self) -> Decimal:
        return min(self.participatory_hours, self.participatory_target_hours)

    @property
    def percent(self) -> int:
        return min(100, int(self.total_hours * 100 / self.target_hours)) if self.target_hours else 100


def year_progress(user, year: CPDYear, settings: CPDSettings) -> Progress:
    """One query: the year's hours in total and participatory, against the targets in the settings."""
    totals = records_in_year(user, year).aggregate(
        total=Sum("hours"), participatory=Sum("hours", filter=Q(mode=LearningMode.PARTICIPATORY)), count=Count("id")
    )
    return Progress(
        total_hours=totals["total"] or ZERO,
        participatory_hours=totals["participatory"] or ZERO,
        target_hours=settings.annual_target_hours,
        participatory_target_hours=settings.participatory_target_hours,
        record_count=totals["count"],
    )


# --- Hours per month by activity type (the chart and its table)

CHART_WIDTH = 720
CHART_HEIGHT = 260
PLOT_LEFT = 44
PLOT_TOP = 12
PLOT_BOTTOM = 36
PLOT_RIGHT = 8


@dataclass(frozen=True)
class ChartSegment:
    activity_type: str
    label: str
    hours: Decimal
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class ChartMonth:
    month: datetime.date
    hours_by_type: dict
    total: Decimal
    segments: list
    label_x: float

    @property
    def short_label(self):
        return calendar.month_abbr[self.month.month]


@dataclass(frozen=True)
class MonthlyChart:
    months: list
    types: list  # (value, label) of the activity types that appear, in choice order
    ticks: list  # (hours, y)
    total: Decimal
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT
    plot_left: int = PLOT_LEFT
    plot_bottom_y: int = CHART_HEIGHT - PLOT_BOTTOM

    @property
    def rows(self):
        """For the table alternative: (month, [hours per shown type], total)."""
        return [(m.month, [m.hours_by_type.get(value, ZERO) for value, _ in self.types], m.total) for m in self.months]

    @property
    def type_totals(self):
        return [sum((m.hours_by_type.get(value, ZERO) for m in self.months), ZERO) for value, _ in self.types]


def _nice_ceiling(value: Decimal) -> int:
    for step in (4, 8, 12, 16, 20, 24, 32, 40, 60, 80, 100, 120, 160, 200, 400, 600, 800, 1000, 1200):
        if value <= step:
            return step
    return (int(value) // 4 + 1) * 4


def monthly_chart(records, year: CPDYear) -> MonthlyChart:
    """One query: hours per month and type, laid out as stacked bars for a server-rendered SVG."""
    rows = (
        records.filter(date__gte=year.start, date__lt=year.end)
        .annotate(month=TruncMonth("date"))
        .values("month", "activity_type")
        .annotate(hours=Sum("hours"))
        .order_by()
    )
    by_month: dict = {}
    for row in rows:
        month = row["month"]
        if isinstance(month, datetime.datetime):
            month = month.date()
        by_month.setdefault(month.replace(day=1), {})[row["activity_type"]] = row["hours"]

    present = {activity_type for hours in by_month.values() for activity_type in hours}
    types = [(value, label) for value, label in ActivityType.choices if value in present]
    months = year.months
    biggest = max((sum(hours.values(), ZERO) for hours in by_month.values()), default=ZERO)
    top = _nice_ceiling(biggest) if biggest else 4

    plot_height = CHART_HEIGHT - PLOT_TOP - PLOT_BOTTOM
    plot_width = CHART_WIDTH - PLOT_LEFT - PLOT_RIGHT
    slot = plot_width / len(months)
    bar_width = slot * 0.6
    baseline = CHART_HEIGHT - PLOT_BOTTOM

    chart_months = []
    for index, month in enumerate(months):
        hours_by_type = by_month.get(month, {})
        x = PLOT_LEFT + index * slot + (slot - bar_width) / 2
        y = float(baseline)
        segments = []
        for value, label in types:
            hours = hours_by_type.get(value)
            if not hours:
                continue
            height = float(hours) / top * plot_height
            y -= height
            segments.append(
                ChartSegment(value, label, hours, round(x, 1), round(y, 1), round(bar_width, 1), round(height, 1))
            )
        chart_months.append(
            ChartMonth(
                month=month,
                hours_by_type=hours_by_type,
                total=sum(hours_by_type.values(), ZERO),
                segments=segments,
                label_x=round(PLOT_LEFT + index * slot + slot / 2, 1),
            )
        )
    ticks = [(top * step // 4, round(baseline - plot_height * step / 4, 1)) for step in range(5)]
    return MonthlyChart(months=chart_months, types=types, ticks=ticks, total=sum((m.total for m in chart_months), ZERO))


def competency_totals(records):
    """Hours and number of records per competency, for the records given (one query)."""
    return (
        Competency.objects.filter(cpd_records__in=records.order_by().values("pk"))
        .annotate(hours=Sum("cpd_records__hours"), record_count=Count("cpd_records"))
        .order_by("-hours", "name")
    )


# --- A member saves their own record


def save_cpd_record(form, user) -> CPDRecord:
    """Save a checked CPDRecordForm as `user`'s record, with its competencies and evidence, all or nothing."""
    with transaction.atomic():
        record = form.save(commit=False)
        record.user = user
        record.save()
        form.save_m2m()
        for evidence in form.cleaned_data.get("remove_evidence") or []:
            evidence.delete()
        for uploaded, content_type, extension in form.checked_evidence:
            add_evidence(record, uploaded, content_type, extension)
    return record


# --- The public function other apps call


def _to_quarter_hours(hours) -> Decimal:
    quarters = (Decimal(str(hours)) / QUARTER).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return min(max(quarters * QUARTER, MIN_HOURS), MAX_HOURS)


def record_cpd_activity(
    user,
    *,
    source: str,
    title: str,
    activity_type: str,
    hours: Decimal,
    date: datetime.date,
    competencies=(),
    provider: str = "",
    participatory: bool | None = None,
) -> CPDRecord:
    """Record that `user` did a CPD activity, once per `source` (e.g. "training-module:12").

    Calling it again with the same user and source returns the record made the first time and changes nothing, so
    apps may call it whenever they see the activity completed. Hours are rounded to the nearest quarter hour and
    kept between 0.25 and 100. `competencies` are Competency objects or their ids. `participatory` says whether it
    was learning with other people; left out, it follows the activity type (a course yes, reading no).
    """
    if not source:
        raise ValueError("record_cpd_activity needs a source, so that recording the same activity twice is harmless.")
    if activity_type not in ActivityType.values:
        raise ValueError(f"Unknown CPD activity type {activity_type!r}; use one of {ActivityType.values}.")
    with transaction.atomic():
        record, created = CPDRecord.objects.get_or_create(
            user=user,
            source=source,
            defaults={
                "title": title[:200],
                "activity_type": activity_type,
                "hours": _to_quarter_hours(hours),
                "date": date,
                "provider": provider[:200],
                "mode": LearningMode.PARTICIPATORY
                if (activity_type in PARTICIPATORY_TYPES if participatory is None else participatory)
                else LearningMode.SELF_DIRECTED,
            },
        )
        if created and competencies:
            record.competencies.set(competencies)
    return record
