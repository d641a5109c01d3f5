"""`load_demo_content`: the page tree of a fresh site, idempotent, with demo users only on request."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, PageViewRestriction, Revision

pytestmark = pytest.mark.django_db


def load(*args, **options):
    out = io.StringIO()
    call_command("load_demo_content", *args, stdout=out, **options)
    return out.getvalue()


def site_snapshot():
    return (
        sorted(Page.objects.values_list("url_path", "live")),
        Revision.objects.count(),
        sorted(get_user_model().objects.values_list("email", "password")),
        PageViewRestriction.objects.count(),
    )


def test_demo_content_creates_the_home_page_and_every_section():
    load()

    paths = set(Page.objects.live().values_list("url_path", flat=True))
    assert {"/home/", "/home/guidance/", "/home/groups/", "/home/volunteer/", "/home/training/"} <= paths
    assert Page.objects.get(url_path="/home/").specific.offers


def test_running_demo_content_twice_changes_nothing():
    load("--with-demo-users")
    first = site_snapshot()

    load("--with-demo-users")

    assert site_snapshot() == first


def test_demo_users_are_created_only_with_the_flag_and_their_passwords_are_printed():
    load()
    assert not get_user_model().objects.exists()

    output = load("--with-demo-users")

    emails = set(get_user_model().objects.values_list("email", flat=True))
    assert {
        "applicant@example.org",
        "trainee@example.org",
        "member@example.org",
        "facilitator@example.org",
        "coordinator@example.org",
        "editor@example.org",
    } == emails
    for email in emails:
        line = next(line for line in output.splitlines() if email in line)
        password = line.split("password:")[1].split()[0]
        assert get_user_model().objects.get(email=email).check_password(password)


def test_demo_users_are_refused_when_the_environment_is_production(settings):
    settings.PORTAL_ENVIRONMENT = "production"

    with pytest.raises(CommandError, match="never created under production settings"):
        load("--with-demo-users")
    assert not get_user_model().objects.exists()


def test_the_sitemap_of_the_demo_site_links_to_the_address_make_run_serves(client, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"  # as under `make run` (portal/settings/base.py)
    load()

    sitemap = client.get("/sitemap.xml").content.decode()

    assert "<loc>http://127.0.0.1:8000/</loc>" in sitemap
    assert "<loc>http://127.0.0.1:8000/guidance/</loc>" in sitemap
    assert "localhost" not in sitemap


def test_the_demo_leaves_a_site_address_and_name_already_set_alone():
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(site_name="Riverside Peers", hostname="peers.example", port=443)

    load()

    site = Site.objects.get(is_default_site=True)
    assert (site.site_name, site.hostname, site.port) == ("Riverside Peers", "peers.example", 443)
