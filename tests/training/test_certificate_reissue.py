"""Issue #12: a person who changes the name to print gets a new certificate; one certificate per course is current,
and the old code's verification page says it was replaced, without giving the new name."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from tests.pdf_text import contains_name, pdf_text
from tests.training.helpers import pass_module
from training import certificates
from training.models import Certificate
from training.personal_data import training_personal_data_handler

CERTIFICATE = "/training/certificate/"
CERTIFICATE_PDF = "/training/certificate/download/"
NEW_NAME_LABEL = "New name to print"


@pytest.fixture
def certified(client, trainee, modules):
    client.force_login(trainee)
    for module in modules:
        pass_module(client, module)
    return Certificate.objects.get(user=trainee)


def test_a_new_name_gives_a_new_certificate_with_a_new_code_and_the_old_one_is_replaced(client, trainee, certified):
    response = client.post(CERTIFICATE, {"reissue-name": "  Ελένη   Παπαδοπούλου "})

    assert response.status_code == 302 and response.url == CERTIFICATE
    current = Certificate.objects.current().get(user=trainee)
    assert current.name == "Ελένη Παπαδοπούλου" and current.code != certified.code
    assert current.completed_on == certified.completed_on and current.competencies == certified.competencies
    certified.refresh_from_db()
    assert certified.name == "Taylor Trainee" and not certified.is_current and certified.replaced_by == current

    html = client.get(CERTIFICATE).content.decode()
    assert "Ελένη Παπαδοπούλου" in html and current.code in html
    assert "Taylor Trainee" not in html and certified.code not in html
    text = pdf_text(client.get(CERTIFICATE_PDF).content)
    assert contains_name(text, "Greek", "Ελένη Παπαδοπούλου") and current.code in text
    assert "Taylor Trainee" not in text


def test_the_old_code_says_replaced_by_a_newer_certificate_and_gives_away_no_new_name(client, certified):
    client.post(CERTIFICATE, {"reissue-name": "Jordan Trainee"})
    new = Certificate.objects.current().get(user=certified.user)
    client.logout()

    response = client.get(reverse("training_verify", args=[certified.code]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "replaced by a newer certificate" in html
    assert "This certificate is genuine" not in html
    assert "Jordan Trainee" not in html and new.code not in html
    assert "This certificate is genuine" in client.get(reverse("training_verify", args=[new.code])).content.decode()


def test_the_same_name_an_empty_one_or_an_email_address_is_refused_beside_the_field(client, trainee, certified):
    for typed, error in (
        ("Taylor  Trainee", "That is already the name on your certificate."),
        ("   ", "Enter your name."),
        ("me@example.com", "Enter your name, not an email address."),
    ):
        response = client.post(CERTIFICATE, {"reissue-name": typed})
        html = response.content.decode()
        assert response.status_code == 400, typed
        assert error in html and NEW_NAME_LABEL in html
    assert 'value="me@example.com"' in html
    assert Certificate.objects.filter(user=trainee).count() == 1
    certified.refresh_from_db()
    assert certified.is_current


def test_the_database_keeps_one_current_certificate_per_course(certified):
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            user=certified.user,
            course=certified.course,
            title=certified.title,
            name="Second",
            completed_on=certified.completed_on,
        )


def test_reissuing_a_replaced_certificate_again_gives_the_current_one_not_a_third(certified):
    newer = certificates.reissue(certified, "Jordan Trainee")

    again = certificates.reissue(certified, "Someone Else")

    assert again == newer
    assert Certificate.objects.filter(user=certified.user).count() == 2


def test_personal_data_export_and_erasure_cover_replaced_certificates_too(client, trainee, certified):
    client.post(CERTIFICATE, {"reissue-name": "Jordan Trainee"})
    handler = training_personal_data_handler()

    exported = handler.export(trainee)["certificates"]

    assert {(c["name"], c["replaced"]) for c in exported} == {("Taylor Trainee", True), ("Jordan Trainee", False)}
    handler.erase(trainee)
    assert not Certificate.objects.filter(user=trainee).exists()
