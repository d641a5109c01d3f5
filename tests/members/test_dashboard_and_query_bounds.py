"""The dashboard is made of registered panels; it and the CPD list cost the same few queries for 10 or 2,000 records."""

import datetime
import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail import hooks

from members.cpd import CPDYear
from members.models import Competency, CPDEvidence, CPDRecord
from portal.dashboard import DashboardPanel
from portal.roles import MEMBERS
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_dashboard_shows_panels_other_apps_register(client, settings):
    templates = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], Path(__file__).parent / "templates"]}
    ]
    settings.TEMPLATES = templates

    def fake_panel(request):
        return DashboardPanel(title="From another app", template_name="members_tests/fake_panel.html", order=1)

    member = make_user("member@example.org", roles=[MEMBERS])
    client.force_login(member)
    with hooks.register_temporarily("register_member_dashboard_panel", fake_panel):
        page = client.get("/members/").content.decode()

    assert "A panel from another app" in page
    assert page.index("A panel from another app") < page.index("Your CPD")


def test_a_new_member_is_told_what_to_do_first(client):
    client.force_login(make_user("member@example.org", roles=[MEMBERS]))

    page = client.get("/members/").content.decode()

    assert "You have not recorded any CPD this year yet" in page
    assert "Add your first CPD activity" in page


def test_an_applicant_without_cpd_sees_no_cpd_panel(client):
    client.force_login(make_user("applicant@example.org"))

    response = client.get("/members/")

    assert response.status_code == 200
    assert "Your CPD" not in response.content.decode()


def test_a_trainee_sees_the_cpd_panel(client):
    from portal.roles import TRAINEES

    client.force_login(make_user("trainee@example.org", roles=[TRAINEES]))

    assert "Your CPD" in client.get("/members/").content.decode()


def make_many_records(user, count):
    start = CPDYear.containing(timezone.localdate(), 4).start
    days = max((timezone.localdate() - start).days, 1)
    listening, _ = Competency.objects.get_or_create(name="Active listening")
    records = CPDRecord.objects.bulk_create(
        CPDRecord(
            user=user,
            date=start + datetime.timedelta(days=index % days),
            activity_type=["training", "reading", "supervision"][index % 3],
            title=f"Activity {index}",
            hours=Decimal("0.5"),
            mode="participatory" if index % 2 else "self_directed",
        )
        for index in range(count)
    )
    CPDRecord.competencies.through.objects.bulk_create(
        CPDRecord.competencies.through(cpdrecord_id=record.pk, competency_id=listening.pk) for record in records
    )
    CPDEvidence.objects.bulk_create(
        CPDEvidence(
            record=record,
            file="cpd-evidence/x.pdf",
            original_name="x.pdf",
            extension="pdf",
            content_type="application/pdf",
            size=10,
        )
        for record in records[:30]
    )


def queries_for(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("path", ["/members/", "/members/cpd/", "/members/cpd/?activity_type=reading"])
def test_pages_cost_the_same_queries_for_10_and_2000_records(client, django_assert_max_num_queries, path):
    few = make_user("few@example.org", roles=[MEMBERS])
    many = make_user("many@example.org", roles=[MEMBERS])
    make_many_records(few, 10)
    make_many_records(many, 2000)

    client.force_login(few)
    queries_for(client, path)  # warm the per-site settings caches
    with_few = queries_for(client, path)
    client.force_login(many)
    queries_for(client, path)
    with django_assert_max_num_queries(20):
        with_many = queries_for(client, path)

    assert with_few == with_many


def test_the_demo_member_has_a_year_of_varied_cpd_and_loading_twice_adds_nothing():
    from django.core.management import call_command

    from tests.factories import load_demo_site

    load_demo_site()
    call_command("load_demo_content", "--with-demo-users", stdout=io.StringIO())
    member_records = CPDRecord.objects.filter(user__email="member@example.org")
    count = member_records.count()
    call_command("load_demo_content", "--with-demo-users", stdout=io.StringIO())

    assert count >= 12
    assert member_records.count() == count
    assert len(set(member_records.values_list("activity_type", flat=True))) >= 6
    assert member_records.filter(competencies__isnull=False).exists()
    assert member_records.exclude(reflection="").count() == count
    dates = sorted(member_records.values_list("date", flat=True))
    assert (dates[-1] - dates[0]).days > 300
