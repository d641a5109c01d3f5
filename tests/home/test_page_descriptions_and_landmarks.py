"""What a page tells search engines and screen readers about itself: its meta description, its landmark names."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from wagtail.models import Page

from home.models import DEFAULT_SITE_DESCRIPTION, SiteSettings
from portal.roles import MEMBERS, TRAINEES
from portal.views import server_error
from tests.factories import load_demo_site, make_user
from tests.markup import meta_description, repeated_landmarks
from tests.resources.helpers import make_chapter

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def words(text):
    return " ".join(text.split())


def test_a_chapter_is_described_by_its_search_description_when_it_has_one(client):
    make_chapter("Boundaries", search_description="How to keep a peer relationship safe for both people.")

    assert meta_description(soup(client.get("/guidance/boundaries/"))) == (
        "How to keep a peer relationship safe for both people."
    )


def test_a_chapter_without_one_is_described_by_its_summary(client):
    make_chapter("Boundaries", summary="What a peer supporter does & does not do.")

    assert meta_description(soup(client.get("/guidance/boundaries/"))) == "What a peer supporter does & does not do."


def test_a_long_introduction_is_cut_to_a_search_results_length_at_a_word(client):
    load_demo_site()
    guidance = Page.objects.get(slug="guidance").specific
    guidance.introduction = "<p>Practical <b>guidance</b> for a project. " + "Plan it with care. " * 20 + "</p>"
    guidance.save_revision().publish()

    description = meta_description(soup(client.get("/guidance/")))

    assert description.startswith("Practical guidance for a project. Plan it with care.")
    assert len(description) <= 160 and description.endswith("…")


def test_pages_that_are_not_wagtail_pages_get_the_neutral_site_description(client):
    settings = SiteSettings.objects.get_or_create(site_id=Page.objects.get(depth=2).get_site().pk)[0]
    settings.description = "Peer support in your area."
    settings.save()
    client.force_login(make_user("member@example.org", roles=[MEMBERS]))

    for path in ("/members/", "/members/cpd/", "/accounts/login/"):
        assert meta_description(soup(client.get(path))) == "Peer support in your area.", path


def test_error_pages_drawn_without_a_request_still_describe_the_site():
    response = server_error(RequestFactory().get("/"))

    assert meta_description(BeautifulSoup(response.content, "html.parser")) == DEFAULT_SITE_DESCRIPTION


def test_every_page_type_has_a_description_of_its_own_and_landmarks_with_unique_names(client):
    """A walk over one page of each type in the demo site, the guidance chapter of the issue among them."""
    load_demo_site()
    client.force_login(make_user("member@example.org", roles=[MEMBERS, TRAINEES]))
    pages = {"/guidance/deciding-what-and-why/": Page.objects.get(slug="deciding-what-and-why").specific}
    for page in Page.objects.live().filter(depth__gt=1).specific():
        pages.setdefault(type(page), page)
    assert len(pages) >= 11  # every page type the demo builds

    for page in pages.values():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = soup(response)
        description = meta_description(html)
        visible = words(html.find("main").get_text(" "))
        assert description and description != DEFAULT_SITE_DESCRIPTION, page.url
        assert words(description).rstrip("…") in visible, page.url  # the page's own summary or introduction
        assert repeated_landmarks(html) == [], page.url
