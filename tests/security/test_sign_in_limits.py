"""Sign-in limits stop guessing without letting one visitor lock other people out.

Requests arrive as they do in production: from the TLS proxy's address, with the visitor's own address in the
X-Forwarded-For header the proxy adds.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time
from django.core import mail

from portal.roles import COORDINATORS
from tests.factories import DEFAULT_PASSWORD, give_mfa, make_user

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
LOCKED = "Too many failed login attempts"


def from_address(client_address):
    """What the proxy passes on: its own connecting address, and the visitor's in X-Forwarded-For."""
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": client_address}


def sign_in(client, email, password, client_address):
    return client.post("/accounts/login/", {"login": email, "password": password}, **from_address(client_address))


def is_signed_in(client):
    return "_auth_user_id" in client.session


def current_code(authenticator):
    counter = next(iter(yield_hotp_counters_from_time()))
    return format_hotp_value(hotp_value(authenticator.data["secret"], counter))


def test_ten_wrong_passwords_from_one_visitor_do_not_lock_out_others_behind_the_proxy(client):
    make_user("colleague@example.org")
    for attempt in range(10):
        sign_in(client, f"guess{attempt}@example.org", "wrong-password-entered", "203.0.113.7")

    response = sign_in(client, "colleague@example.org", DEFAULT_PASSWORD, "198.51.100.20")

    assert response.status_code == 302
    assert is_signed_in(client)


def test_the_guessing_visitor_is_still_limited_by_their_own_address(client):
    make_user("guesser@example.org")
    for attempt in range(10):
        sign_in(client, f"guess{attempt}@example.org", "wrong-password-entered", "203.0.113.7")

    response = sign_in(client, "guesser@example.org", DEFAULT_PASSWORD, "203.0.113.7")

    assert LOCKED in response.content.decode()
    assert not is_signed_in(client)


def test_wrong_passwords_for_one_account_from_many_addresses_still_lock_that_account(client):
    make_user("target@example.org")
    for attempt in range(5):
        sign_in(client, "target@example.org", "wrong-password-entered", f"203.0.113.{attempt + 1}")

    response = sign_in(client, "target@example.org", DEFAULT_PASSWORD, "198.51.100.20")

    assert LOCKED in response.content.decode()
    assert not is_signed_in(client)


def test_staff_member_kept_out_by_a_rotating_attacker_gets_in_through_the_reset_link_and_2fa(client):
    coordinator = make_user("coordinator@example.org", roles=[COORDINATORS])
    authenticator = give_mfa(coordinator)
    attacker = client.__class__()

    def attacker_locks_the_account():
        for attempt in range(5):
            sign_in(attacker, "coordinator@example.org", "wrong-password-entered", f"203.0.113.{attempt + 1}")

    attacker_locks_the_account()
    owner = from_address("198.51.100.20")
    client.post("/accounts/password/reset/", {"email": "coordinator@example.org"}, **owner)
    reset_link = re.search(r"http://testserver(/accounts/password/reset/key/\S+/)", mail.outbox[-1].body).group(1)
    set_password_page = client.get(reset_link, **owner)["Location"]
    attacker_locks_the_account()  # the attacker keeps going while the owner reads their email

    response = client.post(
        set_password_page, {"password1": "a-new-long-passphrase", "password2": "a-new-long-passphrase"}, **owner
    )
    assert response["Location"] == "/accounts/2fa/authenticate/"
    response = client.post("/accounts/2fa/authenticate/", {"code": current_code(authenticator)}, **owner)

    assert response.status_code == 302
    assert is_signed_in(client)
    assert client.session["_auth_user_id"] == str(coordinator.pk)


def test_a_reset_link_alone_does_not_let_staff_skip_their_second_factor(client):
    coordinator = make_user("coordinator@example.org", roles=[COORDINATORS])
    give_mfa(coordinator)
    client.post("/accounts/password/reset/", {"email": "coordinator@example.org"})
    reset_link = re.search(r"http://testserver(/accounts/password/reset/key/\S+/)", mail.outbox[-1].body).group(1)
    set_password_page = client.get(reset_link)["Location"]

    client.post(set_password_page, {"password1": "a-new-long-passphrase", "password2": "a-new-long-passphrase"})

    assert not is_signed_in(client)
    assert client.get("/admin/")["Location"].startswith("/accounts/login/")


def test_the_number_of_trusted_proxies_comes_from_the_environment():
    script = "from django.conf import settings; print(settings.ALLAUTH_TRUSTED_PROXY_COUNT)"
    project = Path(__file__).resolve().parents[2]
    production = {
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "portal.example.org",
        "DATABASE_URL": "postgres://portal@127.0.0.1:5432/portal",
        "EMAIL_URL": "smtp://127.0.0.1:25",
    }

    def proxy_count(settings_module, **extra):
        run = subprocess.run(
            [sys.executable, "-c", script],
            cwd=project,
            env={"PATH": os.environ.get("PATH", ""), "DJANGO_SETTINGS_MODULE": settings_module, **extra},
            capture_output=True,
            text=True,
            check=True,
        )
        return run.stdout.strip()

    assert proxy_count("portal.settings.production", **production) == "1"  # the README's deployment: one TLS proxy
    assert proxy_count("portal.settings.production", **production, TRUSTED_PROXY_COUNT="2") == "2"
    assert proxy_count("portal.settings.dev") == "0"  # `make run` has no proxy: a forged header is not believed
