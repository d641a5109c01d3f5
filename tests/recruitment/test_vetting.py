"""DBS checks: recorded per person with a renewal date; the coordinator sees those due within 60 days."""

from datetime import timedelta

import pytest
from django.utils import timezone

from recruitment.models import VettingCheck
from tests.factories import make_user, sign_in_with_mfa
from tests.recruitment.helpers import submitted_application

pytestmark = pytest.mark.django_db


def check_for(email, renew_in_days, reference):
    today = timezone.localdate()
    return VettingCheck.objects.create(
        person=make_user(email),
        level="enhanced",
        certificate_date=today - timedelta(days=1000),
        certificate_reference=reference,
        renewal_date=today + timedelta(days=renew_in_days),
    )


def test_coordinator_records_a_dbs_check_in_the_admin(client, coordinator, applicant):
    sign_in_with_mfa(client, coordinator)

    response = client.post(
        "/admin/recruitment/dbs-checks/new/",
        {
            "person": applicant.pk,
            "level": "enhanced",
            "certificate_date": "2026-10-01",
            "certificate_reference": "001122334455",
            "renewal_date": "2029-10-01",
        },
    )

    assert response.status_code == 302
    check = VettingCheck.objects.get()
    assert (check.person, check.level, check.certificate_reference) == (applicant, "enhanced", "001122334455")


def test_report_lists_checks_overdue_or_due_within_60_days_only(client, coordinator):
    overdue = check_for("late@example.org", -5, "REF-OVERDUE")
    soon = check_for("soon@example.org", 59, "REF-SOON")
    check_for("later@example.org", 61, "REF-LATER")
    sign_in_with_mfa(client, coordinator)

    response = client.get("/admin/reports/dbs-renewals/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "REF-OVERDUE" in page and "REF-SOON" in page
    assert "REF-LATER" not in page
    assert list(VettingCheck.objects.renewal_due()) == [overdue, soon]


def test_application_record_shows_whether_the_role_needs_a_check_and_what_is_recorded(
    client, coordinator, applicant, role
):
    application = submitted_application(applicant, role)
    sign_in_with_mfa(client, coordinator)

    before = client.get(f"/admin/recruitment/applications/inspect/{application.pk}/").content.decode()
    VettingCheck.objects.create(
        person=applicant,
        level="enhanced",
        certificate_date="2026-01-01",
        certificate_reference="REF-1",
        renewal_date="2029-01-01",
    )
    after = client.get(f"/admin/recruitment/applications/inspect/{application.pk}/").content.decode()

    assert "Enhanced DBS check" in before and "No DBS check is recorded" in before
    assert "REF-1" in after


def test_report_shows_the_renew_by_date_and_the_days_left_not_a_time_ago(client, coordinator):
    check = check_for("soon@example.org", 42, "REF-SOON")
    check_for("late@example.org", -5, "REF-LATE")
    sign_in_with_mfa(client, coordinator)

    page = client.get("/admin/reports/dbs-renewals/").content.decode()

    assert f"{check.renewal_date:%-d %b %Y}" in page
    assert "42 days left" in page
    assert "Overdue by 5 days" in page
    assert "Just now" not in page and "ago" not in page


def test_an_issue_date_after_the_renew_by_date_is_refused_beside_the_field(client, coordinator, applicant):
    sign_in_with_mfa(client, coordinator)

    response = client.post(
        "/admin/recruitment/dbs-checks/new/",
        {
            "person": applicant.pk,
            "level": "enhanced",
            "certificate_date": "2026-10-01",
            "certificate_reference": "001122334455",
            "renewal_date": "2026-09-01",
        },
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert "renewal_date" in form.errors
    assert "after the date the certificate was issued" in form.errors["renewal_date"][0]
    assert form["certificate_reference"].value() == "001122334455"
    assert not VettingCheck.objects.exists()


def test_coordinator_marks_a_renewal_check_in_progress_and_the_report_shows_it(client, coordinator):
    check = check_for("soon@example.org", 20, "REF-SOON")
    sign_in_with_mfa(client, coordinator)

    response = client.post(
        f"/admin/recruitment/dbs-checks/edit/{check.pk}/",
        {
            "person": check.person.pk,
            "level": check.level,
            "certificate_date": check.certificate_date.isoformat(),
            "certificate_reference": check.certificate_reference,
            "renewal_date": check.renewal_date.isoformat(),
            "status": "in_progress",
        },
    )
    page = client.get("/admin/reports/dbs-renewals/").content.decode()

    assert response.status_code == 302
    check.refresh_from_db()
    assert check.status == "in_progress"
    assert "Check in progress" in page


def test_a_certificate_issued_in_the_future_is_refused(client, coordinator, applicant):
    sign_in_with_mfa(client, coordinator)
    tomorrow = timezone.localdate() + timedelta(days=1)

    response = client.post(
        "/admin/recruitment/dbs-checks/new/",
        {
            "person": applicant.pk,
            "level": "enhanced",
            "certificate_date": tomorrow.isoformat(),
            "certificate_reference": "001122334455",
            "renewal_date": (tomorrow + timedelta(days=1095)).isoformat(),
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors["certificate_date"] == ["The issue date cannot be in the future."]
    assert not VettingCheck.objects.exists()
