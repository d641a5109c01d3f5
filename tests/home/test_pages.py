"""What the public sees on every page: the offers, the exit button, contact details, and error pages in the design."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from home.models import SiteSettings
from portal.views import server_error

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_explains_what_the_organisation_offers(client, demo_site):

    page = soup(client.get("/"))

    card_links = {link.get_text(strip=True): link["href"] for link in page.select(".card a")}
    assert card_links == {
        "Read the guidance": "/guidance/",
        "Find a group": "/groups/",
        "Volunteer with us": "/volunteer/",
    }
    assert page.find("a", string="Sign in")["href"] == "/accounts/login/"
    assert len(page.find_all("h1")) == 1


def test_every_page_starts_with_a_skip_link_and_the_exit_button(client, demo_site):

    for path in ("/", "/guidance/", "/accounts/login/", "/browsing-safely/", "/no-such-page/"):
        page = soup(client.get(path))
        focusable = page.select("a[href], button")
        assert focusable[0].get_text(strip=True) == "Skip to main content", path
        assert focusable[0]["href"] == "#main-content"
        assert focusable[1].get_text(strip=True) == "Exit this page", path
        assert page.find(id="main-content") is not None


def test_exit_button_is_a_plain_link_to_the_neutral_site_that_editors_can_change(client, settings, demo_site):
    settings.QUICK_EXIT_URL = "https://weather.example.com/"

    default_target = soup(client.get("/")).select_one("[data-quick-exit]")
    site_settings = SiteSettings.objects.get()
    site_settings.quick_exit_url = "https://news.example.com/"
    site_settings.save()
    edited_target = soup(client.get("/")).select_one("[data-quick-exit]")

    assert default_target["href"] == "https://weather.example.com/"
    assert default_target["rel"] == ["noreferrer"]
    assert edited_target["href"] == "https://news.example.com/"


def test_browsing_safely_page_explains_private_browsing_and_clearing_history(client):
    page = soup(client.get("/browsing-safely/"))

    headings = [h.get_text(strip=True) for h in page.find_all("h2")]
    assert "Use a private window" in headings
    assert "Clear your history" in headings


def test_footer_shows_contact_details_from_site_settings(client, demo_site):
    site_settings = SiteSettings.objects.get()
    site_settings.contact_phone = "0300 123 4567"
    site_settings.save()

    footer = soup(client.get("/")).find("footer")

    assert "0300 123 4567" in footer.get_text()
    assert "hello@example.org" in footer.get_text()
    assert footer.find("a", string="Privacy notice")["href"] == "/privacy/"


def test_missing_page_shows_the_404_page_in_the_site_design(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    page = soup(response)
    assert page.find("h1").get_text(strip=True) == "Page not found"
    assert page.select_one("[data-quick-exit]") is not None


def test_server_error_page_renders_in_the_site_design_without_the_database(settings):
    settings.QUICK_EXIT_URL = "https://weather.example.com/"

    response = server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("h1").get_text(strip=True) == "Sorry, something went wrong"
    assert page.select_one("[data-quick-exit]")["href"] == "https://weather.example.com/"
    assert page.find("link", rel="stylesheet") is not None


def test_pages_send_the_security_headers(client):
    response = client.get("/browsing-safely/")

    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "nonce-" not in csp  # cacheable public pages carry no per-request nonce
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_pages_load_nothing_from_another_host(client, demo_site):

    for path in ("/", "/accounts/login/", "/browsing-safely/"):
        page = soup(client.get(path))
        for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src")):
            for element in page.find_all(tag):
                url = element.get(attribute) or ""
                assert not url.startswith(("http:", "https:", "//")), f"{path} loads {url}"


def test_account_pages_are_never_cached_or_indexed(client):
    response = client.get("/accounts/login/")

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]


def test_anonymous_public_pages_are_not_marked_private(client, demo_site):

    response = client.get("/guidance/")

    assert "no-store" not in response.get("Cache-Control", "")
