"""A database outage, an oversized upload: the portal answers calmly and correctly instead of with a 500."""

import json
import os
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from asgiref.sync import async_to_sync
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import AsyncClient
from django.test.client import BOUNDARY, MULTIPART_CONTENT, FakePayload, encode_multipart

from members.models import CPDRecord
from portal.roles import MEMBERS
from tests.factories import make_user

REPOSITORY = Path(__file__).resolve().parents[2]

# Runs in a fresh process whose only database is a PostgreSQL address where nothing listens: a real outage.
OUTAGE_REQUESTS = """
import json, sys
import django
django.setup()
from django.test import Client
answers = {}
for path, session in json.loads(sys.argv[1]):
    client = Client(raise_request_exception=False)
    if session:
        client.cookies["sessionid"] = "a" * 32
    response = client.get(path)
    answers[path + (" (signed in)" if session else "")] = {
        "status": response.status_code,
        "retry_after": response.get("Retry-After", ""),
        "friendly": "The site is busy" in response.content.decode(),
    }


# A session read before the outage, changed, then saved after the database went away: SessionMiddleware's answer.
from importlib import import_module
from django.conf import settings
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.handlers.exception import convert_exception_to_response
from django.http import HttpResponse
from django.test import RequestFactory

def change_a_session_loaded_before_the_outage(request):
    request.session = import_module(settings.SESSION_ENGINE).SessionStore("a" * 32)
    request.session._session_cache = {}  # as if loaded a moment before the database stopped
    request.session["step"] = "two"
    return SessionMiddleware(lambda request: HttpResponse()).process_response(request, HttpResponse())

response = convert_exception_to_response(change_a_session_loaded_before_the_outage)(RequestFactory().get("/members/"))
answers["saving a session"] = {"status": response.status_code, "retry_after": response.get("Retry-After", "")}
print(json.dumps(answers))
"""


def _port_where_nothing_listens():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def answers_during_outage():
    paths = [["/", False], ["/guidance/", False], ["/members/", True], ["/accounts/login/", True], ["/healthz", False]]
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{_port_where_nothing_listens()}/portal_outage",
    }
    finished = subprocess.run(
        [sys.executable, "-c", OUTAGE_REQUESTS, json.dumps(paths)],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    return json.loads(finished.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("request_line", ["/", "/guidance/"])
def test_public_page_during_a_database_outage_says_busy_with_503_and_retry_after(answers_during_outage, request_line):
    answer = answers_during_outage[request_line]
    assert answer["status"] == 503
    assert int(answer["retry_after"]) > 0
    assert answer["friendly"]


@pytest.mark.parametrize("request_line", ["/members/ (signed in)", "/accounts/login/ (signed in)"])
def test_loading_a_session_during_a_database_outage_says_busy_with_503(answers_during_outage, request_line):
    answer = answers_during_outage[request_line]
    assert answer["status"] == 503
    assert answer["friendly"]


def test_a_session_that_cannot_be_saved_in_an_outage_says_busy_with_503_not_400(answers_during_outage):
    answer = answers_during_outage["saving a session"]
    assert answer["status"] == 503
    assert int(answer["retry_after"]) > 0


def test_health_check_still_reports_the_outage_plainly(answers_during_outage):
    assert answers_during_outage["/healthz"]["status"] == 503


def test_a_bug_that_is_not_an_outage_still_gives_the_500_page(rf):
    from portal.views import server_error

    try:
        raise ValueError("a programming mistake")
    except ValueError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Retry-After" not in response


# --- Request bodies have a ceiling


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read before the request was refused")

    readline = read


@pytest.fixture
def small_body_limit(settings, tmp_path):
    settings.MAX_REQUEST_BODY_BYTES = 64 * 1024
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MAX_REQUEST_BODY_BYTES


def _cpd_form_with_file(size):
    return {
        "date": "2024-05-01",
        "activity_type": "training",
        "title": "Listening skills",
        "hours": "1",
        "mode": "participatory",
        "evidence": SimpleUploadedFile("notes.pdf", b"%PDF-1.4\n" + b"x" * size, content_type="application/pdf"),
    }


@pytest.mark.django_db
def test_a_body_declared_too_large_is_refused_with_413_before_it_is_read(client, small_body_limit):
    response = client.generic(
        "POST",
        "/members/cpd/add/",
        content_type=MULTIPART_CONTENT,
        CONTENT_LENGTH=str(small_body_limit + 1),
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413
    assert "What you sent is too large" in response.content.decode()


@pytest.mark.django_db
def test_member_uploading_too_much_at_once_gets_a_clear_413_page_and_nothing_is_saved(client, small_body_limit):
    client.force_login(make_user("member@example.org", roles=[MEMBERS]))
    response = client.post("/members/cpd/add/", _cpd_form_with_file(small_body_limit * 2))
    assert response.status_code == 413
    assert "64.0\xa0KB" in response.content.decode(), "the page names the limit"
    assert not CPDRecord.objects.exists()


@pytest.mark.django_db
def test_wagtail_admin_uploads_have_the_same_ceiling(client, small_body_limit):
    document = SimpleUploadedFile("minutes.pdf", b"%PDF-1.4\n" + b"x" * small_body_limit * 2)
    response = client.post("/admin/documents/multiple/add/", {"files[]": document})
    assert response.status_code == 413


def in_a_thread_of_its_own(function, **kwargs):
    """Playwright's sync API keeps an event loop running in the main thread when browser tests share the session, and
    async_to_sync refuses to run beside one: a thread of its own has none."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, **kwargs).result()


# Serialized rollback puts back the database as migrated afterwards: a bare flush would recreate content types with
# new ids, and the next serialized-rollback test could not restore its snapshot over them.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_body_larger_than_its_content_length_claims_is_stopped_while_it_streams_in(small_body_limit):
    """Under ASGI the whole body reaches Django whatever Content-Length says: the upload handler counts the bytes."""
    make_user("member@example.org", roles=[MEMBERS])
    body = encode_multipart(BOUNDARY, _cpd_form_with_file(small_body_limit * 2))
    response = in_a_thread_of_its_own(
        async_to_sync(AsyncClient(raise_request_exception=False).request),
        method="POST",
        path="/members/cpd/add/",
        headers=[
            (b"host", b"testserver"),
            (b"content-type", MULTIPART_CONTENT.encode()),
            (b"content-length", b"1000"),
        ],
        _body_file=FakePayload(body),
    )
    assert response.status_code == 413
    assert not CPDRecord.objects.exists()


@pytest.mark.django_db
def test_an_upload_within_the_ceiling_is_received_as_before(client, small_body_limit):
    client.force_login(make_user("member@example.org", roles=[MEMBERS]))
    response = client.post("/members/cpd/add/", _cpd_form_with_file(1024))
    assert response.status_code == 302
    assert CPDRecord.objects.get().evidence.count() == 1
