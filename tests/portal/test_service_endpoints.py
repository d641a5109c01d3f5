"""/healthz, /robots.txt and /sitemap.xml: the URLs machines read."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_is_down():
    # A separate process whose database is a closed port: a real outage, not a mocked one.
    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz');"
        "print(r.status_code, r.content.decode())"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/unreachable",
    }

    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.stdout.startswith("503"), result.stdout + result.stderr


@pytest.mark.django_db
def test_robots_txt_disallows_every_private_area(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    for private_path in ("/members/", "/accounts/", "/training/", "/admin/"):
        assert f"Disallow: {private_path}" in response.content.decode()


@pytest.mark.django_db
def test_sitemap_lists_public_live_pages_only(client, demo_site):
    from wagtail.models import Page

    draft = Page.objects.get(slug="about")
    draft.unpublish()

    body = client.get("/sitemap.xml").content.decode()

    assert "/guidance/" in body
    assert "/volunteer/" in body
    assert "/training/" not in body  # private to trainees and members
    assert "/about/" not in body  # no longer live
