"""Recurring meeting rules and the dates they give."""

import datetime

from groups.schedule import LAST, MONTHLY, WEEKLY, MeetingRule

TUESDAY, SATURDAY = 1, 5


def test_a_weekly_group_meets_every_week_on_its_day_starting_today_if_today_is_the_day():
    rule = MeetingRule(WEEKLY, TUESDAY)

    dates = rule.dates_from(datetime.date(2026, 12, 1), count=3)  # a Tuesday

    assert dates == [datetime.date(2026, 12, 1), datetime.date(2026, 12, 8), datetime.date(2026, 12, 15)]


def test_a_second_tuesday_group_meets_on_the_second_tuesday_of_each_month():
    rule = MeetingRule(MONTHLY, TUESDAY, week_of_month=2)

    dates = rule.dates_from(datetime.date(2026, 12, 9), count=3)

    assert dates == [datetime.date(2027, 1, 12), datetime.date(2027, 2, 9), datetime.date(2027, 3, 9)]


def test_a_last_saturday_group_meets_on_the_last_saturday_even_in_five_saturday_months():
    rule = MeetingRule(MONTHLY, SATURDAY, week_of_month=LAST)

    dates = rule.dates_from(datetime.date(2027, 1, 1), count=3)

    assert dates == [datetime.date(2027, 1, 30), datetime.date(2027, 2, 27), datetime.date(2027, 3, 27)]


def test_a_rule_that_cannot_happen_gives_no_dates_rather_than_looping():
    assert MeetingRule(MONTHLY, TUESDAY, week_of_month=None).dates_from(datetime.date(2027, 1, 1)) == []
    assert MeetingRule("fortnightly", TUESDAY).dates_from(datetime.date(2027, 1, 1)) == []


def test_no_more_than_a_year_of_dates_is_ever_computed():
    assert len(MeetingRule(WEEKLY, TUESDAY).dates_from(datetime.date(2027, 1, 1), count=10_000)) == 52


def test_rules_read_as_people_say_them():
    second_tuesday = MeetingRule(MONTHLY, TUESDAY, 2, datetime.time(18, 30), datetime.time(20, 0))
    weekly = MeetingRule(WEEKLY, SATURDAY, None, datetime.time(13, 0), datetime.time(15, 0))

    assert second_tuesday.describe() == "Second Tuesday of the month, 18:30–20:00"
    assert weekly.describe() == "Every Saturday, 13:00–15:00"
