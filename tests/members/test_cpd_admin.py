"""Coordinators see each member's CPD hours for the year against the target, as totals only, and export them."""

from decimal import Decimal

import pytest
from django.utils import timezone

from members.cpd import CPDYear
from portal.roles import COORDINATORS, EDITORS, MEMBERS
from tests.factories import make_user, sign_in_with_mfa
from tests.members.conftest import make_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def members_with_cpd():
    start = CPDYear.containing(timezone.localdate(), 4).start
    busy = make_user("busy@example.org", roles=[MEMBERS], display_name="Busy")
    quiet = make_user("quiet@example.org", roles=[MEMBERS])
    make_record(busy, hours=Decimal("10"), date=start, reflection="PRIVATE REFLECTION", title="PRIVATE TITLE")
    make_record(busy, hours=Decimal("6"), date=start, mode="self_directed")
    make_record(quiet, hours=Decimal("1"), date=start - timezone.timedelta(days=5))  # last CPD year
    return busy, quiet


def sign_in_staff(client, role):
    user = make_user(f"{role.lower()}@example.org", roles=[role])
    sign_in_with_mfa(client, user)
    return user


def test_coordinator_sees_each_members_hours_against_the_target_but_no_reflections(client, members_with_cpd):
    sign_in_staff(client, COORDINATORS)

    page = client.get("/admin/reports/cpd-hours/").content.decode()

    assert "busy@example.org" in page and "quiet@example.org" in page
    assert ">16<" in page.replace(" ", "").replace("\n", "")
    assert "PRIVATE REFLECTION" not in page and "PRIVATE TITLE" not in page


def test_coordinator_exports_the_totals_as_csv(client, members_with_cpd):
    sign_in_staff(client, COORDINATORS)

    response = client.get("/admin/reports/cpd-hours/?export=csv")

    body = b"".join(response.streaming_content).decode()
    assert "Member,Email,Hours this CPD year" in body
    assert "Busy,busy@example.org,16,10,15,Met" in body
    assert "quiet@example.org,0,0,15,Not yet" in body
    assert "PRIVATE" not in body


def test_the_cpd_hours_report_is_for_coordinators_only(client, members_with_cpd):
    sign_in_staff(client, EDITORS)

    response = client.get("/admin/reports/cpd-hours/")

    assert response.status_code in (302, 403)
    assert b"busy@example.org" not in response.content


def test_coordinators_keep_the_cpd_settings_and_the_competency_list(client):
    sign_in_staff(client, COORDINATORS)

    assert client.get("/admin/settings/members/cpdsettings/").status_code in (200, 302)
    assert client.get("/admin/snippets/members/competency/add/").status_code == 200


def test_coordinators_find_the_cpd_report_and_personal_data_requests_in_the_admin_menu(client):
    sign_in_staff(client, COORDINATORS)

    page = client.get("/admin/").content.decode()

    assert "/admin/reports/cpd-hours/" in page
    assert "/admin/personal-data/" in page


def test_editors_do_not_see_the_coordinators_menu_items(client):
    sign_in_staff(client, EDITORS)

    page = client.get("/admin/").content.decode()

    assert "/admin/personal-data/" not in page
