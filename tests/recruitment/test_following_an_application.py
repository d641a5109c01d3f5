"""The applicant follows their application: timeline with dates, feedback at each decision, interview, withdraw."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from portal.dashboard import dashboard_panels
from recruitment.models import Stage
from tests.recruitment.helpers import application_at, submitted_application

pytestmark = pytest.mark.django_db


def test_timeline_shows_each_stage_with_its_date_and_the_feedback(client, applicant, role, coordinator, assessor):
    application = application_at(Stage.ASSESSED, applicant, role, coordinator, assessors=[assessor, coordinator])
    application.move_to(
        Stage.NOT_NOW,
        by=coordinator,
        feedback="Build confidence in groups",
        signposting="Our Friday drop-in",
        notify=False,
    )
    client.force_login(applicant)

    page = client.get(f"/volunteer/applications/{application.pk}/").content.decode()

    for stage in ("Submitted", "Shortlisted", "Interview arranged", "Assessed", "Not this time"):
        assert stage in page
    assert "Build confidence in groups" in page and "Our Friday drop-in" in page
    assert f'datetime="{application.events.first().at.isoformat()[:10]}' in page
    assert "Withdraw this application" not in page


def test_interview_details_are_shown_to_the_applicant(client, applicant, role, coordinator):
    application = application_at(Stage.SHORTLISTED, applicant, role, coordinator)
    application.interview_at = "2026-12-03T14:30Z"
    application.interview_format = "phone"
    application.interview_place = "We will ring your mobile"
    application.move_to(Stage.INTERVIEW_ARRANGED, by=coordinator, notify=False)
    client.force_login(applicant)

    page = client.get(f"/volunteer/applications/{application.pk}/").content.decode()

    assert "Your interview" in page and "3 December 2026" in page and "We will ring your mobile" in page


def test_applicant_withdraws_after_confirming(client, applicant, role):
    application = submitted_application(applicant, role)
    client.force_login(applicant)

    confirm = client.get(f"/volunteer/applications/{application.pk}/withdraw/")
    response = client.post(f"/volunteer/applications/{application.pk}/withdraw/")

    application.refresh_from_db()
    assert "Withdraw my application" in confirm.content.decode()
    assert response.status_code == 302
    assert application.stage == Stage.WITHDRAWN and application.decided_at
    assert "Withdrawn" in client.get(f"/volunteer/applications/{application.pk}/").content.decode()


def test_withdrawing_a_closed_application_changes_nothing(client, applicant, role):
    application = submitted_application(applicant, role)
    application.move_to(Stage.WITHDRAWN, by=applicant, notify=False)
    client.force_login(applicant)

    response = client.post(f"/volunteer/applications/{application.pk}/withdraw/")

    assert response.status_code == 302
    assert application.events.filter(to_stage=Stage.WITHDRAWN).count() == 1


def test_dashboard_panel_lists_the_persons_applications(applicant, role):
    submitted_application(applicant, role)
    request = RequestFactory().get("/members/")
    request.user = applicant

    panel = next(panel for panel in dashboard_panels(request) if panel.title == "Your applications")

    assert [application.role_title for application in panel.context["applications"]] == [role.title]


def test_dashboard_panel_is_absent_for_someone_who_never_applied(applicant):
    request = RequestFactory().get("/members/")
    request.user = applicant

    assert "Your applications" not in [panel.title for panel in dashboard_panels(request)]


def test_applicant_page_queries_stay_bounded(client, applicant, role, coordinator, django_assert_max_num_queries):
    application = application_at(Stage.INTERVIEW_ARRANGED, applicant, role, coordinator)
    client.force_login(applicant)

    with django_assert_max_num_queries(25):
        assert client.get(f"/volunteer/applications/{application.pk}/").status_code == 200


# HTML's "valid global date and time string": at most three digits of a second's fraction, then Z or an offset.
HTML_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$")


def test_timeline_times_carry_datetime_values_that_html_accepts(client, applicant, role, coordinator):
    application = application_at(Stage.SHORTLISTED, applicant, role, coordinator)
    assert any(event.at.microsecond for event in application.events.all())  # the database keeps microseconds
    client.force_login(applicant)

    page = BeautifulSoup(client.get(f"/volunteer/applications/{application.pk}/").content, "html.parser")

    values = [time["datetime"] for time in page.select("main time[datetime]")]
    assert len(values) == application.events.count()
    assert all(HTML_DATETIME.match(value) for value in values), values
