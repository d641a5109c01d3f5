"""`make run` settings: SQLite by default (or DATABASE_URL's database); a newcomer sees the designed site."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.handlers.exception import response_for_exception
from django.test import override_settings

PROJECT_DIR = Path(__file__).resolve().parents[2]
PRINT_DATABASE = (
    "from django.conf import settings; d = settings.DATABASES['default']; print(d['ENGINE'], d['NAME'], sep='|')"
)


def database_under_dev_settings(**env):
    return run_under_dev_settings(PRINT_DATABASE, **env).split("|")


def run_under_dev_settings(code, **env):
    """What `code` prints in a Python started with the settings of `make run`."""
    base_env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp")}  # noqa: S108
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_DIR,
        env={**base_env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def dev_settings(*names):
    """The values of the named settings under `make run` (those it sets)."""
    values = f"{{name: getattr(settings, name) for name in {names!r} if hasattr(settings, name)}}"
    code = f"import json; from django.conf import settings; print(json.dumps({values}))"
    return json.loads(run_under_dev_settings(code))


def test_dev_settings_use_the_database_named_by_database_url():
    engine, name = database_under_dev_settings(DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal_dev")

    assert engine == "django.db.backends.postgresql"
    assert name == "portal_dev"


def test_dev_settings_use_a_sqlite_file_without_database_url():
    engine, name = database_under_dev_settings()

    assert engine == "django.db.backends.sqlite3"
    assert name.endswith("db.sqlite3")


DESIGNED_PAGE_SETTINGS = ("DEBUG", "WHITENOISE_USE_FINDERS", "WHITENOISE_AUTOREFRESH")


@pytest.mark.django_db
def test_a_missing_page_under_make_run_settings_shows_the_designed_404_page_not_the_url_list(client):
    with override_settings(**dev_settings(*DESIGNED_PAGE_SETTINGS)):
        response = client.get("/no-such-page/")

    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("h1").get_text(strip=True) == "Page not found"
    assert "URLconf" not in response.content.decode()


def test_a_server_error_under_make_run_settings_shows_the_designed_500_page(rf):
    request = rf.get("/")
    with override_settings(**dev_settings(*DESIGNED_PAGE_SETTINGS)):
        try:
            raise RuntimeError("a bug")
        except RuntimeError as error:
            response = response_for_exception(request, error)

    assert response.status_code == 500
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("h1").get_text(strip=True) == "Sorry, something went wrong"


@pytest.mark.django_db
def test_stylesheets_are_served_under_make_run_settings_without_collectstatic(client):
    with override_settings(**dev_settings(*DESIGNED_PAGE_SETTINGS)):
        response = client.get("/static/portal/css/site.css")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")


VIEW_OF_PATHS = """
import django
from django.urls import Resolver404, resolve

django.setup()
for path in ["/media/images/a.png", "/media/documents/a.pdf"]:
    try:
        print(resolve(path).func.__module__)
    except Resolver404:
        print("nothing")
"""


def test_uploaded_images_are_served_under_make_run_settings_and_documents_only_through_their_checks():
    image_view, document_view = run_under_dev_settings(VIEW_OF_PATHS).split()

    assert image_view == "django.views.static"
    assert document_view == "nothing"  # documents are downloaded through /documents/, which applies their privacy
