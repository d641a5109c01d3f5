"""When a group meets: a small recurring rule (weekly, or the nth weekday of each month) and the dates it gives."""

import calendar
import datetime
from dataclasses import dataclass

WEEKLY = "weekly"
MONTHLY = "monthly"
FREQUENCY_CHOICES = [(WEEKLY, "Every week"), (MONTHLY, "Once a month")]

WEEKDAY_CHOICES = [(number, name) for number, name in enumerate(calendar.day_name)]
LAST = -1
WEEK_OF_MONTH_CHOICES = [(1, "First"), (2, "Second"), (3, "Third"), (4, "Fourth"), (LAST, "Last")]

# Far enough ahead for a calendar file, short enough that a bad rule cannot loop for long.
MAX_DATES = 52


@dataclass(frozen=True)
class MeetingRule:
    frequency: str
    weekday: int  # Monday is 0, as in Python's datetime
    week_of_month: int | None = None  # 1–4, or LAST; monthly rules only
    start_time: datetime.time | None = None
    end_time: datetime.time | None = None

    def occurs_on(self, day: datetime.date) -> bool:
        if day.weekday() != self.weekday:
            return False
        if self.frequency == WEEKLY:
            return True
        if self.week_of_month == LAST:
            return (day + datetime.timedelta(days=7)).month != day.month
        return (day.day - 1) // 7 + 1 == self.week_of_month

    def dates_from(self, first_day: datetime.date, count: int = 3) -> list[datetime.date]:
        """The next `count` meeting dates on or after `first_day`."""
        count = min(count, MAX_DATES)
        if self.frequency not in (WEEKLY, MONTHLY) or self.weekday not in range(7):
            return []
        if self.frequency == MONTHLY and self.week_of_month not in (1, 2, 3, 4, LAST):
            return []
        day = first_day + datetime.timedelta(days=(self.weekday - first_day.weekday()) % 7)
        dates = []
        while len(dates) < count:
            if self.occurs_on(day):
                dates.append(day)
            day += datetime.timedelta(days=7)
        return dates

    def describe(self) -> str:
        """For people: "Second Tuesday of the month, 18:30–20:00"."""
        day_name = calendar.day_name[self.weekday] if self.weekday in range(7) else ""
        if self.frequency == MONTHLY:
            ordinal = dict(WEEK_OF_MONTH_CHOICES).get(self.week_of_month, "")
            when = f"{ordinal} {day_name} of the month"
        else:
            when = f"Every {day_name}"
        if self.start_time and self.end_time:
            when += f", {self.start_time:%H:%M}–{self.end_time:%H:%M}"
        elif self.start_time:
            when += f", from {self.start_time:%H:%M}"
        return when
