"""The CPD year, hours against the target, the monthly chart and its table, filters and competency totals."""

import datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Site

from members.cpd import CPDYear, record_cpd_activity
from members.models import Competency, CPDRecord, CPDSettings
from portal.roles import MEMBERS
from tests.factories import make_user
from tests.members.conftest import make_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client):
    user = make_user("member@example.org", roles=[MEMBERS])
    client.force_login(user)
    return user


def this_year():
    return CPDYear.containing(timezone.localdate(), 4)


def test_the_cpd_year_runs_from_april_by_default():
    year = CPDYear.containing(datetime.date(2026, 3, 31), 4)

    assert (year.start, year.end) == (datetime.date(2025, 4, 1), datetime.date(2026, 4, 1))
    assert year.label == "April 2025 to March 2026"
    assert CPDYear.containing(datetime.date(2026, 4, 1), 4).start == datetime.date(2026, 4, 1)
    assert CPDYear.containing(datetime.date(2026, 7, 9), 1).label == "2026"
    assert len(year.months) == 12


def test_member_sees_hours_against_the_default_target_of_15(client, member):
    make_record(member, hours=Decimal("3"), date=this_year().start)
    make_record(member, hours=Decimal("2.5"), date=this_year().start, mode="self_directed")

    page = client.get("/members/cpd/").content.decode()

    assert "Hours this CPD year: <strong" in page
    assert ">5.5</strong> of 15" in page
    assert 'max="15" value="5.5"' in page
    assert "Learning with other people: <strong>3</strong> of at least 7.5" in page


def test_hours_beyond_the_target_fill_the_bar_and_are_said_in_words(client, member):
    make_record(member, hours=Decimal("12"), date=this_year().start)
    make_record(member, hours=Decimal("6"), date=this_year().start, mode="self_directed")

    page = BeautifulSoup(client.get("/members/cpd/").content, "html.parser")

    bars = page.select("main progress")
    assert [(bar["value"], bar["max"]) for bar in bars] == [("15", "15"), ("7.5", "7.5")]
    for bar in bars:  # the bar's label says the real figure, since the bar stops at its maximum
        label = page.find("label", attrs={"for": bar["id"]}).get_text(" ", strip=True)
        assert "target met" in label
    total = page.find("label", attrs={"for": "cpd-total"}).get_text(" ", strip=True)
    assert total.startswith("Hours this CPD year: 18 of 15")
    assert "Learning with other people: 12 of at least 7.5" in page.get_text(" ", strip=True)


def test_hours_short_of_the_target_are_not_called_met(client, member):
    make_record(member, hours=Decimal("3"), date=this_year().start)

    page = BeautifulSoup(client.get("/members/cpd/").content, "html.parser")

    assert "target met" not in page.find("main").get_text()


def test_the_start_month_target_and_participatory_share_come_from_site_settings(client, member):
    settings = CPDSettings.for_site(Site.objects.get(is_default_site=True))
    settings.year_start_month = 1
    settings.annual_target_hours = Decimal("20")
    settings.minimum_participatory_percent = 25
    settings.save()
    make_record(member, hours=Decimal("4"), date=datetime.date(timezone.localdate().year, 1, 2))

    page = client.get("/members/cpd/").content.decode()

    assert f"Progress in {timezone.localdate().year}" in page
    assert ">4</strong> of 20" in page
    assert "of at least 5" in page


def test_records_from_last_year_do_not_count_this_year_but_can_be_chosen(client, member):
    last_year_day = this_year().start - datetime.timedelta(days=10)
    make_record(member, hours=Decimal("6"), date=last_year_day, title="Last year course")

    this_year_page = client.get("/members/cpd/").content.decode()
    last_year_page = client.get(f"/members/cpd/?year={this_year().key - 1}").content.decode()

    assert "Last year course" not in this_year_page
    assert "Last year course" in last_year_page
    assert ">6</strong> of 15" in last_year_page


def test_the_chart_shows_a_bar_per_month_and_type_and_the_table_repeats_it(client, member):
    start = this_year().start
    make_record(member, hours=Decimal("2"), date=start, activity_type="training")
    make_record(member, hours=Decimal("1.25"), date=start, activity_type="reading")

    page = client.get("/members/cpd/").content.decode()

    assert page.count('class="cpd-bar cpd-type--training"') == 1
    assert page.count('class="cpd-bar cpd-type--reading"') == 1
    assert f'data-month="{start:%Y-%m}" data-hours="1.25"' in page
    assert 'role="img"' in page
    assert '<caption id="cpd-chart-table-caption">Hours per month by type of activity' in page
    assert f'<th scope="row">{start:%B %Y}</th><td>2</td><td>1.25</td><td>3.25</td>' in page


def test_an_empty_year_shows_what_to_do_first(client, member):
    page = client.get("/members/cpd/").content.decode()

    assert "Nothing recorded in" in page
    assert "Add your first CPD activity" in page


def test_filters_by_type_and_competency_narrow_the_list_chart_and_totals(client, member):
    listening = Competency.objects.create(name="Active listening")
    boundaries = Competency.objects.create(name="Boundaries")
    day = this_year().start
    make_record(member, title="Listening course", activity_type="training", date=day).competencies.add(listening)
    make_record(member, title="Boundaries chat", activity_type="supervision", date=day).competencies.add(boundaries)

    by_type = client.get(f"/members/cpd/?year={this_year().key}&activity_type=supervision").content.decode()
    by_competency = client.get(f"/members/cpd/?year={this_year().key}&competency={listening.pk}").content.decode()

    assert "Boundaries chat" in by_type and "Listening course" not in by_type
    assert "cpd-type--training" not in by_type.split("<svg")[1].split("</svg>")[0]
    assert "Listening course" in by_competency and "Boundaries chat" not in by_competency


@pytest.mark.parametrize("query", ["year=abc", "year=1800", "activity_type=nonsense", "competency=99999", "page=zzz"])
def test_nonsense_filters_fall_back_to_everything_this_year(client, member, query):
    make_record(member, title="Still shown", date=this_year().start)

    response = client.get(f"/members/cpd/?{query}")

    assert response.status_code == 200
    assert "Still shown" in response.content.decode()


def test_totals_per_competency_add_up_hours_and_activities(client, member):
    listening = Competency.objects.create(name="Active listening")
    day = this_year().start
    make_record(member, hours=Decimal("2"), date=day).competencies.add(listening)
    make_record(member, hours=Decimal("1.5"), date=day).competencies.add(listening)

    page = client.get("/members/cpd/").content.decode()

    assert '<th scope="row">Active listening</th><td>3.5</td><td>2</td>' in page


# --- record_cpd_activity, the function other apps call


def test_other_apps_record_cpd_once_per_source(member):
    listening = Competency.objects.create(name="Active listening")
    arguments = {
        "source": "training-module:7",
        "title": "Module 7: Listening",
        "activity_type": "e_learning",
        "hours": Decimal("1.5"),
        "date": datetime.date(2026, 5, 1),
        "competencies": [listening],
        "provider": "Portal training",
    }

    first = record_cpd_activity(member, **arguments)
    again = record_cpd_activity(member, **{**arguments, "hours": Decimal("9")})

    assert first.pk == again.pk
    assert CPDRecord.objects.filter(user=member).count() == 1
    first.refresh_from_db()
    assert first.hours == Decimal("1.5")
    assert list(first.competencies.all()) == [listening]
    assert first.mode == "self_directed"


def test_recorded_hours_are_rounded_to_quarter_hours_and_kept_in_range(member):
    day = datetime.date(2026, 5, 1)
    odd = record_cpd_activity(member, source="a", title="A", activity_type="training", hours=Decimal("1.1"), date=day)
    tiny = record_cpd_activity(member, source="b", title="B", activity_type="training", hours=Decimal("0.01"), date=day)

    assert odd.hours == Decimal("1.00")
    assert tiny.hours == Decimal("0.25")
    assert odd.mode == "participatory"


def test_recording_cpd_without_a_source_or_with_an_unknown_type_is_a_programming_error(member):
    day = datetime.date(2026, 5, 1)
    with pytest.raises(ValueError, match="source"):
        record_cpd_activity(member, source="", title="A", activity_type="training", hours=Decimal(1), date=day)
    with pytest.raises(ValueError, match="activity type"):
        record_cpd_activity(member, source="x", title="A", activity_type="juggling", hours=Decimal(1), date=day)


def test_an_app_can_say_an_activity_was_self_directed(member):
    record = record_cpd_activity(
        member,
        source="training-module:1",
        title="Online module",
        activity_type="training",
        hours=Decimal("1"),
        date=datetime.date(2026, 5, 1),
        participatory=False,
    )

    assert record.mode == "self_directed"
