"""Items 1 and 2: a person asks for support at /get-support/, a professional refers someone at /get-support/refer/."""

import pytest
from django.core import mail

from one_to_one.models import Referral, Source, Status

pytestmark = pytest.mark.django_db

SELF = "/get-support/"
REFER = "/get-support/refer/"
CLIENT_ADDRESS = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}


def self_referral_answers(**changes):
    answers = {
        "name": "Ana-Maria da Silva",
        "phone": "07700 900123",
        "email": "ana@example.org",
        "contact_times": "Mornings",
        "may_leave_message": "",
        "may_email": "on",
        "help_wanted": "Someone to talk to.",
        "preferred_supporter_gender": "woman",
        "languages": "Portuguese, English",
        "available_days": ["tue", "sat"],
        "available_times": ["evening"],
        "area": "Hackney",
        "online_ok": "on",
        "interests": "art",
        "heard_about": "My clinic",
        "clinic_attended": "Homerton",
        "medication": "",
        "health_consent": "on",
        "website": "",
    }
    answers.update(changes)
    return answers


def professional_answers(**changes):
    answers = {
        "referrer_name": "Dr Jo Green",
        "referrer_organisation": "Homerton clinic",
        "referrer_email": "jo.green@nhs.example",
        "referrer_phone": "",
        "name": "Sam Okafor",
        "phone": "07700 900456",
        "email": "",
        "contact_times": "Afternoons",
        "clinic_attended": "Homerton",
        "referral_reason": "Newly diagnosed, isolated.",
        "preferred_supporter_gender": "",
        "languages": "English",
        "area": "Hackney",
        "person_agreed": "on",
        "website": "",
    }
    answers.update(changes)
    return answers


def test_the_self_referral_form_is_public_and_private_to_caches(client):
    response = client.get(SELF)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert 'name="health_consent"' in response.content.decode()


def test_what_was_typed_is_never_stored_nor_indexed(client):
    response = client.post(SELF, self_referral_answers(health_consent=""), **CLIENT_ADDRESS)

    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_a_person_refers_themselves_and_their_preferences_are_kept_for_matching(client):
    response = client.post(SELF, self_referral_answers(), **CLIENT_ADDRESS)

    assert response.status_code == 302 and response["Location"] == "/get-support/thanks/"
    referral = Referral.objects.get()
    assert referral.source == Source.SELF
    assert referral.status == Status.NEW
    assert referral.initials == "A.D.S."  # first letters of the words, the hyphen ignored: "Ana-Maria da Silva"
    assert referral.preferred_supporter_gender == "woman"
    assert referral.available_days == ["tue", "sat"]
    assert referral.available_times == ["evening"]
    assert referral.online_ok is True
    assert referral.health_consent_given_at is not None and referral.health_consent_version


def test_the_confirmation_and_email_say_nothing_identifying(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SELF, self_referral_answers(), **CLIENT_ADDRESS)

    page = client.get("/get-support/thanks/").content.decode()
    assert "Ana" not in page and "Silva" not in page and "Homerton" not in page
    [message] = mail.outbox
    assert message.subject == "About your request"
    assert message.to == ["ana@example.org"]
    for text in (message.subject, message.body):
        assert "Ana" not in text and "HIV" not in text and "peer support" not in text.lower()


def test_no_email_is_sent_to_someone_who_did_not_agree_to_emails(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SELF, self_referral_answers(may_email=""), **CLIENT_ADDRESS)

    assert Referral.objects.count() == 1
    assert mail.outbox == []


def test_health_consent_is_required_and_what_was_typed_is_kept(client):
    response = client.post(SELF, self_referral_answers(health_consent=""), **CLIENT_ADDRESS)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Tick the box to agree" in page
    assert 'value="Ana-Maria da Silva"' in page
    assert Referral.objects.count() == 0


def test_a_way_to_contact_them_is_required(client):
    response = client.post(SELF, self_referral_answers(phone="", email="", may_email=""), **CLIENT_ADDRESS)

    assert "Give a phone number or an email address" in response.content.decode()
    assert Referral.objects.count() == 0


def test_the_honeypot_looks_like_success_but_keeps_nothing(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SELF, self_referral_answers(website="http://spam.example"), **CLIENT_ADDRESS)

    assert response.status_code == 302
    assert Referral.objects.count() == 0
    assert mail.outbox == []


def test_one_address_is_limited_per_hour_but_another_is_not(client, settings):
    settings.ONE_TO_ONE_REFERRALS_PER_HOUR = 2
    for _ in range(2):
        assert client.post(SELF, self_referral_answers(), **CLIENT_ADDRESS).status_code == 302

    refused = client.post(SELF, self_referral_answers(), **CLIENT_ADDRESS)
    other = client.post(SELF, self_referral_answers(), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.9")

    assert refused.status_code == 429
    assert "Too many requests" in refused.content.decode()
    assert 'value="Ana-Maria da Silva"' in refused.content.decode()
    assert other.status_code == 302
    assert Referral.objects.count() == 3


def test_a_professional_refers_someone_who_agreed(client):
    response = client.post(REFER, professional_answers(), **CLIENT_ADDRESS)

    assert response.status_code == 302
    referral = Referral.objects.get()
    assert referral.source == Source.PROFESSIONAL
    assert (referral.referrer_name, referral.referrer_organisation) == ("Dr Jo Green", "Homerton clinic")
    assert referral.referral_reason == "Newly diagnosed, isolated."
    assert referral.person_agreed is True
    assert referral.initials == "S.O."


def test_a_referral_without_the_persons_agreement_is_refused(client):
    response = client.post(REFER, professional_answers(person_agreed=""), **CLIENT_ADDRESS)

    assert response.status_code == 200
    assert "Ask them first" in response.content.decode()
    assert Referral.objects.count() == 0


@pytest.mark.parametrize("url", [SELF, REFER])
def test_nonsense_input_gives_messages_not_errors(client, url):
    response = client.post(
        url,
        {"available_days": ["someday"], "email": "not an email", "name": "x" * 500, "preferred_supporter_gender": "?"},
        **CLIENT_ADDRESS,
    )

    assert response.status_code == 200
    assert Referral.objects.count() == 0
