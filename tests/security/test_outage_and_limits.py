"""A database outage, an oversized upload: the portal answers calmly and correctly instead of with a 500."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

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
