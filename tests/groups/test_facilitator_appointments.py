"""Who facilitates a group is a coordinator's decision, kept with its history outside the page (rule 2)."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone

from groups import access
from groups.models import FacilitatorAppointment
from portal.roles import FACILITATORS, user_has_role
from tests.factories import make_user, sign_in_with_mfa
from tests.groups.conftest import VENUE_ADDRESS, add_facilitator

pytestmark = pytest.mark.django_db

APPOINTMENTS = "/admin/support-groups/facilitators/"


@pytest.fixture
def coordinator(db):
    return make_user("coordinator@example.org", roles=["Members", "Coordinators"])


@pytest.fixture
def coordinator_client(client, coordinator):
    sign_in_with_mfa(client, coordinator)
    return client


@pytest.fixture
def peer_supporter(db):
    return make_user("frankie@example.org", roles=["Members"], display_name="Frankie Doe")


def stand_down_url(appointment):
    return f"{APPOINTMENTS}edit/{appointment.pk}/"


def test_a_coordinator_appoints_a_member_in_admin_and_who_and_when_is_recorded(
    coordinator_client, coordinator, group, peer_supporter
):
    before = timezone.now()

    response = coordinator_client.post(f"{APPOINTMENTS}new/", {"group": group.pk, "user": peer_supporter.pk})

    assert response.status_code == 302
    appointment = FacilitatorAppointment.objects.get(group=group, user=peer_supporter)
    assert appointment.appointed_by == coordinator and appointment.appointed_at >= before
    assert appointment.is_current
    assert access.facilitates(peer_supporter, group)
    assert user_has_role(peer_supporter, FACILITATORS)


def test_a_coordinator_stands_a_facilitator_down_in_admin_and_who_and_when_is_recorded(
    coordinator_client, coordinator, group, peer_supporter
):
    appointment = add_facilitator(peer_supporter, group)
    before = timezone.now()

    response = coordinator_client.post(stand_down_url(appointment), {})

    assert response.status_code == 302
    appointment.refresh_from_db()
    assert appointment.ended_by == coordinator and appointment.ended_at >= before
    assert not access.facilitates(peer_supporter, group)


def test_only_a_current_appointment_offers_standing_down(coordinator_client, group, peer_supporter):
    past = add_facilitator(peer_supporter, group).stand_down(by=None)
    current = add_facilitator(peer_supporter, group)

    html = coordinator_client.get(f"{APPOINTMENTS}?group={group.pk}").content.decode()

    assert stand_down_url(current) in html
    assert stand_down_url(past) not in html


def test_the_list_shows_current_and_past_appointments_of_a_group(coordinator_client, group, peer_supporter):
    add_facilitator(peer_supporter, group).stand_down(by=None)
    add_facilitator(peer_supporter, group)

    response = coordinator_client.get(f"{APPOINTMENTS}?group={group.pk}")

    rows = [row.get_text(" ", strip=True) for row in BeautifulSoup(response.content, "html.parser").select("tbody tr")]
    assert len(rows) == 2
    assert all("Frankie Doe" in row for row in rows)
    assert sorted("Stood down" in row for row in rows) == [False, True]


def test_only_a_member_can_be_appointed(coordinator_client, group):
    applicant = make_user("applicant@example.org")

    response = coordinator_client.post(f"{APPOINTMENTS}new/", {"group": group.pk, "user": applicant.pk})

    assert response.status_code == 200
    assert not FacilitatorAppointment.objects.exists()
    with pytest.raises(ValidationError, match="Members role"):
        FacilitatorAppointment.appoint(applicant, group, by=None)


def test_appointing_someone_who_already_facilitates_the_group_is_refused_with_a_message(
    coordinator_client, group, peer_supporter
):
    add_facilitator(peer_supporter, group)

    response = coordinator_client.post(f"{APPOINTMENTS}new/", {"group": group.pk, "user": peer_supporter.pk})

    assert response.status_code == 200
    assert "Frankie Doe already facilitates Friday Circle." in response.content.decode()
    assert FacilitatorAppointment.objects.filter(user=peer_supporter).count() == 1


def test_standing_down_twice_is_refused_with_a_message_and_keeps_the_first_record(
    coordinator_client, coordinator, group, peer_supporter
):
    appointment = add_facilitator(peer_supporter, group)
    appointment.stand_down(by=coordinator)
    ended_at = appointment.ended_at

    response = coordinator_client.post(stand_down_url(appointment), {})

    assert response.status_code == 200
    assert "has already stood down" in response.content.decode()
    appointment.refresh_from_db()
    assert appointment.ended_at == ended_at


def test_standing_down_from_the_last_group_takes_the_person_out_of_the_facilitators_role(
    make_group, group, peer_supporter
):
    other = make_group(slug="monday-circle", title="Monday Circle", signage="Monday Wellbeing Meeting")
    here = add_facilitator(peer_supporter, group)
    there = add_facilitator(peer_supporter, other)

    here.stand_down(by=None)
    assert user_has_role(peer_supporter, FACILITATORS)

    there.stand_down(by=None)
    assert not user_has_role(peer_supporter, FACILITATORS)


def test_a_stood_down_facilitator_loses_the_facilitate_page_and_the_venue_at_once(client, group, peer_supporter):
    appointment = add_facilitator(peer_supporter, group)
    sign_in_with_mfa(client, peer_supporter)
    assert client.get(group.url + "facilitate/").status_code == 200
    assert VENUE_ADDRESS.split(",")[0] in client.get(group.url).content.decode()

    appointment.stand_down(by=None)

    assert client.get(group.url + "facilitate/").status_code in (302, 403)
    assert VENUE_ADDRESS.split(",")[0] not in client.get(group.url).content.decode()


@pytest.mark.parametrize("who", ["editor", "facilitator"])
def test_only_coordinators_reach_the_appointments(client, group, peer_supporter, who):
    if who == "editor":
        person = make_user("editor@example.org", roles=["Editors"])
    else:
        person = make_user("facilitator@example.org", roles=["Members"])
        add_facilitator(person, group)
    appointment = add_facilitator(peer_supporter, group)
    sign_in_with_mfa(client, person)

    for url in (APPOINTMENTS, f"{APPOINTMENTS}new/", stand_down_url(appointment)):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Frankie Doe" not in response.content.decode()
    client.post(f"{APPOINTMENTS}new/", {"group": group.pk, "user": person.pk})
    client.post(stand_down_url(appointment), {})

    assert not access.facilitates(person, group) or who == "facilitator"
    assert FacilitatorAppointment.objects.filter(group=group).count() == (2 if who == "facilitator" else 1)
    appointment.refresh_from_db()
    assert appointment.is_current


def test_an_editor_does_not_see_facilitators_in_the_admin_menu(client):
    sign_in_with_mfa(client, make_user("editor@example.org", roles=["Editors"]))

    html = client.get("/admin/").content.decode()

    assert APPOINTMENTS not in html


def test_nobody_deletes_an_appointment_it_is_the_history(client, group, peer_supporter):
    appointment = add_facilitator(peer_supporter, group)
    sign_in_with_mfa(client, make_user("root@example.org", is_superuser=True, is_staff=True))

    client.post(f"{APPOINTMENTS}delete/{appointment.pk}/")

    assert FacilitatorAppointment.objects.filter(pk=appointment.pk).exists()


# --- A facilitator finds their group's tools, and is not asked to join the group they run


def test_the_dashboard_links_a_facilitator_to_each_group_they_facilitate(client, group, make_group, peer_supporter):
    other = make_group(slug="other-group", title="Other Group", signage="Monday Meeting")
    stood_down = make_group(slug="past-group", title="Past Group", signage="Sunday Meeting")
    add_facilitator(peer_supporter, group)
    add_facilitator(peer_supporter, other)
    add_facilitator(peer_supporter, stood_down).stand_down(by=None)
    sign_in_with_mfa(client, peer_supporter)

    page = BeautifulSoup(client.get("/members/").content, "html.parser")

    links = {
        link["href"] for link in page.find_all("a", string=lambda text: text and "Members and meeting log" in text)
    }
    assert links == {group.url + "facilitate/", other.url + "facilitate/"}
    assert client.get(group.url + "facilitate/").status_code == 200


def test_a_facilitator_is_not_offered_to_join_the_group_they_facilitate(client, group, peer_supporter):
    add_facilitator(peer_supporter, group)
    sign_in_with_mfa(client, peer_supporter)

    html = client.get(group.url).content.decode()

    assert "Ask to join" not in html
    assert "You facilitate this group." in html
