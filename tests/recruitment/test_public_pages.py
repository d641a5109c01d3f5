"""/volunteer/ and the role descriptions: public reading, closed roles, and the way in to apply."""

import pytest

from recruitment.models import RoleDescriptionPage

pytestmark = pytest.mark.django_db


def test_public_reads_why_volunteer_and_the_three_open_roles(client, site_with_roles):
    response = client.get("/volunteer/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Why volunteer" in page and "What Peer Supporters do" in page
    for title in ("One-to-one Peer Mentor", "Group Facilitator", "Telephone and online supporter"):
        assert title in page
    assert "6–12 months" in page


def test_role_page_shows_the_description_person_specification_and_apply(client, role):
    response = client.get(role.url)

    page = response.content.decode()
    assert response.status_code == 200
    for text in ("Peer Support Project", "Time commitment", "Enhanced DBS check", "Essential", "Desirable"):
        assert text in page
    assert "Listens without judging" in page
    assert "Sign in to apply" in page and f"?next={role.application_form.url}" in page


def test_closed_role_says_so_and_its_form_takes_no_application(client, role, applicant):
    role.is_open = False
    role.save_revision().publish()

    assert "not taking applications" in client.get(role.url).content.decode()
    assert "Apply for this role" not in client.get(role.url).content.decode()

    client.force_login(applicant)
    response = client.post(role.application_form.url, {"action": "submit"})

    assert response.status_code == 200
    assert "not taking applications" in response.content.decode()
    assert not applicant.volunteer_applications.exists()


def test_closed_roles_are_listed_apart_from_open_ones(client, role):
    role.is_open = False
    role.save_revision().publish()

    page = client.get("/volunteer/").content.decode()

    assert "Closed for now" in page
    assert page.index("Closed for now") < page.index(RoleDescriptionPage.objects.get(pk=role.pk).title + "</a> (not")


def test_application_form_pages_are_left_out_of_the_sitemap(client, form_page):
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "/volunteer/peer-mentor/" in sitemap
    assert form_page.url not in sitemap


def test_application_form_pages_are_left_out_of_site_search(form_page):
    from wagtail.models import Page

    found = list(Page.objects.live().search("Apply Mentor"))

    assert form_page.pk not in [page.pk for page in found]
    assert list(Page.objects.live().search("Peer Mentor"))  # the role description itself is found
