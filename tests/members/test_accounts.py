"""Accounts through allauth: email login, verification, strong passwords, notifications, rate limits."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail

from tests.factories import DEFAULT_PASSWORD, make_user

pytestmark = pytest.mark.django_db

DISCLOSING_TERMS = re.compile(r"\b(hiv|aids|positive|plhiv|plwh|antiretroviral|sexual health|gum)\b", re.IGNORECASE)


def field_error(response, field_name):
    """The error text shown beside a field, or "" when there is none."""
    page = BeautifulSoup(response.content, "html.parser")
    error = page.find(id=f"id_{field_name}_error")
    return error.get_text(" ", strip=True) if error else ""


def sign_up(client, email="new.person@example.org", password="a-long-unusual-passphrase"):
    return client.post("/accounts/signup/", {"email": email, "password1": password, "password2": password})


def test_the_user_model_signs_in_by_email_and_has_no_username():
    user = make_user("someone@example.org")

    assert get_user_model().USERNAME_FIELD == "email"
    assert not hasattr(user, "username") or user.username is None
    assert str(user) == "someone@example.org"
    user.display_name = "Sam"
    assert str(user) == "Sam"


def test_sign_up_sends_a_verification_email_with_a_discreet_subject(client):
    response = sign_up(client)

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.person@example.org"]
    assert not DISCLOSING_TERMS.search(mail.outbox[0].subject)
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def test_a_short_password_is_refused_beside_the_field_and_the_email_is_kept(client):
    response = sign_up(client, password="short-pass")

    assert response.status_code == 200
    assert "at least 12 characters" in field_error(response, "password1")
    assert 'value="new.person@example.org"' in response.content.decode()
    assert not get_user_model().objects.exists()


def test_a_common_password_is_refused(client):
    response = sign_up(client, password="password1234")

    assert "too common" in field_error(response, "password1")


def test_an_unverified_person_cannot_sign_in(client):
    sign_up(client, email="unverified@example.org", password="a-long-unusual-passphrase")
    client.logout()

    response = client.post(
        "/accounts/login/", {"login": "unverified@example.org", "password": "a-long-unusual-passphrase"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session


def test_a_verified_person_signs_in_with_email_and_password(client):
    make_user("verified@example.org")

    response = client.post("/accounts/login/", {"login": "verified@example.org", "password": DEFAULT_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/members/"  # their dashboard
    assert client.session["_auth_user_id"]


def test_password_reset_does_not_reveal_whether_an_account_exists(client):
    make_user("known@example.org")

    known = client.post("/accounts/password/reset/", {"email": "known@example.org"})
    unknown = client.post("/accounts/password/reset/", {"email": "stranger@example.org"})

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    # Both addresses get a message (the stranger is told no account exists), so nothing differs on screen.
    assert sorted(message.to[0] for message in mail.outbox) == ["known@example.org", "stranger@example.org"]


def test_changing_the_password_sends_a_notification_email(client):
    user = make_user("changer@example.org")
    client.force_login(user)

    client.post(
        "/accounts/password/change/",
        {
            "oldpassword": DEFAULT_PASSWORD,
            "password1": "another-long-passphrase",
            "password2": "another-long-passphrase",
        },
    )

    user.refresh_from_db()
    assert user.check_password("another-long-passphrase")
    assert [message.to for message in mail.outbox] == [["changer@example.org"]]
    assert "password" in mail.outbox[0].subject.lower()
    assert not DISCLOSING_TERMS.search(mail.outbox[0].subject)


def test_repeated_failed_sign_ins_are_rate_limited(client):
    make_user("target@example.org")

    for _attempt in range(5):
        client.post("/accounts/login/", {"login": "target@example.org", "password": "wrong-password-entered"})
    response = client.post("/accounts/login/", {"login": "target@example.org", "password": DEFAULT_PASSWORD})

    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_account_pages_use_the_portal_design(client):
    page = BeautifulSoup(client.get("/accounts/login/").content, "html.parser")

    assert page.select_one("[data-quick-exit]") is not None
    assert page.find("label", attrs={"for": "id_login"}) is not None
    assert page.find("footer") is not None


def test_sign_up_may_give_a_display_name_which_the_person_can_change_later(client):
    client.post(
        "/accounts/signup/",
        {
            "email": "named@example.org",
            "display_name": "Jo",
            "password1": "a-long-unusual-passphrase",
            "password2": "a-long-unusual-passphrase",
        },
    )
    user = get_user_model().objects.get(email="named@example.org")
    assert user.display_name == "Jo"
    client.force_login(user)

    response = client.post("/accounts/name/", {"display_name": "Jo B"}, follow=True)

    user.refresh_from_db()
    assert user.display_name == "Jo B"
    assert "Your name has been saved." in response.content.decode()


def test_display_name_page_needs_a_signed_in_person(client):
    response = client.get("/accounts/name/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_account_emails_greet_people_from_the_site_name_not_the_server_address(client):
    make_user("known@example.org")

    client.post("/accounts/password/reset/", {"email": "known@example.org"})

    body = mail.outbox[0].body
    assert "Hello from Peer Support Portal!" in body
    assert "Hello from testserver" not in body


def test_account_emails_use_the_name_and_address_the_site_is_given_in_the_admin(client):
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(site_name="Riverside Peers", hostname="peers.example", port=443)
    make_user("known@example.org")

    client.post("/accounts/password/reset/", {"email": "known@example.org"})

    body = mail.outbox[0].body
    assert "Hello from Riverside Peers!" in body
    assert "Thank you for using Riverside Peers!\npeers.example" in body
