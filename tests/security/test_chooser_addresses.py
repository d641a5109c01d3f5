"""A staff member who opens a chooser address with a malformed id sees "not found", never a server error."""

import pytest

from members.models import Competency
from portal.roles import EDITORS
from tests.factories import make_user, sign_in_with_mfa
from tests.security.urlconf import url_patterns

pytestmark = pytest.mark.django_db


def chooser_routes_ending_with(suffix):
    """Every chooser address Wagtail mounts that ends with `suffix`: documents, images, pages and each snippet."""

    return sorted("/" + leaf.route for leaf in url_patterns() if ("/" + leaf.route).endswith(suffix))


ROUTES = chooser_routes_ending_with("chosen/<str:pk>/")


@pytest.fixture
def staff_client(client):
    sign_in_with_mfa(client, make_user("editor@example.org", roles=[EDITORS], is_superuser=True))
    return client


def test_the_chooser_addresses_are_found_from_the_url_configuration():
    assert "/admin/documents/chooser/chosen/<str:pk>/" in ROUTES
    assert "/admin/images/chooser/chosen/<str:pk>/" in ROUTES
    assert any(route.startswith("/admin/snippets/choose/") for route in ROUTES)


def test_chosen_address_with_a_non_numeric_id_is_not_found(staff_client):
    answers = {route: staff_client.get(route.replace("<str:pk>", "not-a-number")).status_code for route in ROUTES}

    assert answers == dict.fromkeys(ROUTES, 404)


def test_chosen_address_for_a_missing_item_is_still_not_found(staff_client):
    answers = {route: staff_client.get(route.replace("<str:pk>", "999999")).status_code for route in ROUTES}

    assert answers == dict.fromkeys(ROUTES, 404)


def test_choosing_a_real_item_still_works(staff_client):
    listening = Competency.objects.create(name="Active listening")

    response = staff_client.get(f"/admin/snippets/choose/members/competency/chosen/{listening.pk}/")

    assert response.status_code == 200
    assert "Active listening" in response.content.decode()


def test_choosing_several_with_a_non_numeric_id_chooses_only_what_exists(staff_client):
    listening = Competency.objects.create(name="Active listening")
    routes = chooser_routes_ending_with("chosen-multiple/")
    assert "/admin/choose-page/chosen-multiple/" in routes

    answers = {route: staff_client.get(route, {"id": ["abc", "999999"]}).status_code for route in routes}
    chosen = staff_client.get(
        "/admin/snippets/choose/members/competency/chosen-multiple/", {"id": ["abc", str(listening.pk)]}
    )

    assert answers == dict.fromkeys(routes, 200)
    assert "Active listening" in chosen.content.decode()
