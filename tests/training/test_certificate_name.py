"""A certificate never prints an email address: a trainee who gave no name is asked for one before it is shown."""

import pytest
from django.urls import reverse

from portal.roles import TRAINEES
from tests.factories import make_user
from tests.pdf_text import pdf_text
from tests.training.helpers import pass_module
from training.models import Certificate

CERTIFICATE = "/training/certificate/"
CERTIFICATE_PDF = "/training/certificate/download/"
EMAIL = "nameless@example.org"
LABEL = "Your name as it should appear on your certificate"


@pytest.fixture
def nameless(db):
    return make_user(EMAIL, roles=[TRAINEES])


@pytest.fixture
def nameless_certified(client, nameless, modules):
    client.force_login(nameless)
    for module in modules:
        pass_module(client, module)
    return Certificate.objects.get(user=nameless)


def test_trainee_without_a_name_is_asked_for_one_and_no_email_is_shown(client, nameless_certified):
    assert nameless_certified.name == ""
    response = client.get(CERTIFICATE)
    html = response.content.decode()
    assert response.status_code == 200
    assert LABEL in html
    assert EMAIL not in html and "nameless@" not in html
    assert nameless_certified.code not in html


def test_until_a_name_is_given_the_download_shows_the_form_not_a_pdf(client, nameless_certified):
    response = client.get(CERTIFICATE_PDF)
    assert response["Content-Type"].startswith("text/html")
    assert not response.content.startswith(b"%PDF")
    html = response.content.decode()
    assert LABEL in html and EMAIL not in html


def test_nobody_can_verify_a_certificate_that_is_still_waiting_for_its_name(client, nameless_certified):
    client.logout()
    response = client.get(reverse("training_verify", args=[nameless_certified.code]))
    assert response.status_code == 404
    assert EMAIL not in response.content.decode()


def test_the_given_name_is_printed_on_the_page_the_pdf_and_the_verification_page(client, nameless, nameless_certified):
    response = client.post(CERTIFICATE, {"name": "  Sam   Okafor "})
    assert response.status_code == 302 and response.url == CERTIFICATE
    nameless_certified.refresh_from_db()
    assert nameless_certified.name == "Sam Okafor"

    html = client.get(CERTIFICATE).content.decode()
    assert "Sam Okafor" in html and nameless_certified.code in html
    assert LABEL not in html and EMAIL not in html

    pdf = client.get(CERTIFICATE_PDF)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    text = pdf_text(pdf.content)
    assert "Sam Okafor" in text
    assert EMAIL not in text and "nameless" not in text and "@" not in text
    assert EMAIL.encode() not in pdf.content and b"nameless" not in pdf.content  # nor in its metadata

    client.logout()
    verified = client.get(reverse("training_verify", args=[nameless_certified.code])).content.decode()
    assert "This certificate is genuine" in verified and "Sam Okafor" in verified
    assert EMAIL not in verified


def test_the_name_is_fixed_once_given_even_if_the_account_name_changes(client, nameless, nameless_certified):
    client.post(CERTIFICATE, {"name": "Sam Okafor"})
    client.post(CERTIFICATE, {"name": "Someone Else"})
    nameless.display_name = "Sammy"
    nameless.save()
    nameless_certified.refresh_from_db()
    assert nameless_certified.name == "Sam Okafor"
    assert "Sam Okafor" in client.get(CERTIFICATE).content.decode()


def test_an_empty_name_or_an_email_address_is_refused_and_what_was_typed_is_kept(client, nameless_certified):
    response = client.post(CERTIFICATE, {"name": "   "})
    assert response.status_code == 400
    assert LABEL in response.content.decode()
    response = client.post(CERTIFICATE, {"name": "me@example.com"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Enter your name, not an email address." in html and 'value="me@example.com"' in html
    nameless_certified.refresh_from_db()
    assert nameless_certified.name == ""


def test_a_trainee_with_only_first_and_last_name_gets_them_printed_without_being_asked(client, modules):
    person = make_user("jo@example.org", roles=[TRAINEES], first_name="Jo", last_name="Bloggs")
    client.force_login(person)
    for module in modules:
        pass_module(client, module)
    html = client.get(CERTIFICATE).content.decode()
    assert "Jo Bloggs" in html and LABEL not in html and "jo@example.org" not in html


def test_a_certificate_issued_earlier_with_an_email_as_its_name_asks_again(client, nameless_certified):
    Certificate.objects.filter(pk=nameless_certified.pk).update(name=EMAIL)
    html = client.get(CERTIFICATE).content.decode()
    assert LABEL in html and EMAIL not in html
    assert not client.get(CERTIFICATE_PDF).content.startswith(b"%PDF")
