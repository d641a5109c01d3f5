"""Download my data and Delete my account: every registered handler is called, erasure is all or nothing."""

import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model
from wagtail import hooks

from members.models import CPDEvidence, CPDRecord
from members.personal_data import erase_person
from portal.personal_data import PersonalDataHandler
from portal.roles import COORDINATORS, MEMBERS
from tests.factories import DEFAULT_PASSWORD, make_user, sign_in_with_mfa
from tests.members.conftest import make_record, record_form_data, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client):
    user = make_user("member@example.org", roles=[MEMBERS], display_name="Morgan")
    client.force_login(user)
    return user


@pytest.fixture
def fake_app():
    """A pretend app that keeps one note per person, registered only for the test."""
    notes = {}
    calls = []

    def register():
        def export(user):
            calls.append(("export", user.email))
            return {"note": notes.get(user.pk)}

        def erase(user):
            calls.append(("erase", user.email))
            notes.pop(user.pk, None)

        def files(user):
            calls.append(("files", user.email))
            yield "fake/attachment.txt", io.BytesIO(b"fake file for " + user.email.encode())

        return PersonalDataHandler(name="fake", export=export, erase=erase, files=files)

    with hooks.register_temporarily("register_personal_data", register):
        yield notes, calls


def archive_of(response):
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def add_record_with_evidence(client, user):
    record = make_record(user, title="Listening skills", reflection="My reflection")
    client.post(
        f"/members/cpd/{record.pk}/edit/",
        record_form_data(title="Listening skills", reflection="My reflection", evidence=[upload("cert.pdf")]),
    )
    return record


def test_download_my_data_has_a_json_per_app_and_the_evidence_files(client, member, fake_app):
    notes, calls = fake_app
    notes[member.pk] = "hello"
    record = add_record_with_evidence(client, member)
    evidence = record.evidence.get()

    response = client.get("/members/data/download/")

    assert response["Content-Disposition"] == 'attachment; filename="my-data.zip"'
    archive = archive_of(response)
    names = set(archive.namelist())
    assert {"members.json", "fake.json", f"evidence/evidence-{evidence.pk}.pdf", "fake/attachment.txt"} <= names
    members_data = json.loads(archive.read("members.json"))
    assert members_data["account"]["email"] == "member@example.org"
    assert members_data["cpd_records"][0]["reflection"] == "My reflection"
    assert json.loads(archive.read("fake.json")) == {"note": "hello"}
    assert archive.read(f"evidence/evidence-{evidence.pk}.pdf").startswith(b"%PDF")
    assert ("export", "member@example.org") in calls and ("files", "member@example.org") in calls


def test_deleting_my_account_needs_my_password(client, member, fake_app):
    response = client.post("/members/data/delete/", {"password": "wrong-password", "confirm": "on"})

    assert response.status_code == 200
    assert "That is not your password" in response.content.decode()
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_deleting_my_account_runs_every_eraser_removes_my_files_and_i_cannot_sign_in(
    client, member, fake_app, _private_media, django_capture_on_commit_callbacks
):
    notes, calls = fake_app
    notes[member.pk] = "hello"
    record = add_record_with_evidence(client, member)
    stored = _private_media / record.evidence.get().file.name
    other = make_user("other@example.org", roles=[MEMBERS])
    make_record(other, title="Not mine")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/members/data/delete/", {"password": DEFAULT_PASSWORD, "confirm": "on"})

    assert response.status_code == 302
    assert ("erase", "member@example.org") in calls
    assert member.pk not in notes
    assert not get_user_model().objects.filter(email="member@example.org").exists()
    assert not CPDRecord.objects.filter(title="Listening skills").exists()
    assert not CPDEvidence.objects.exists()
    assert not stored.exists()
    assert CPDRecord.objects.filter(user=other).exists(), "other people's records stay"
    assert client.get("/members/").status_code == 302, "signed out"
    login = client.post("/accounts/login/", {"login": "member@example.org", "password": DEFAULT_PASSWORD})
    assert login.status_code == 200, "the sign-in form comes back with an error"
    assert not login.wsgi_request.user.is_authenticated


def test_if_one_eraser_fails_nothing_is_erased(client, member, fake_app, _private_media):
    _notes, calls = fake_app
    record = add_record_with_evidence(client, member)
    stored = _private_media / record.evidence.get().file.name

    def failing():
        def erase(user):
            raise RuntimeError("this app could not erase")

        return PersonalDataHandler(name="zz-failing", export=lambda user: {}, erase=erase)

    with hooks.register_temporarily("register_personal_data", failing), pytest.raises(RuntimeError):
        erase_person(member)

    assert ("erase", "member@example.org") in calls, "the erasers before the failure did run"
    assert get_user_model().objects.filter(pk=member.pk).exists()
    assert CPDRecord.objects.filter(pk=record.pk).exists()
    assert record.evidence.exists()
    assert stored.exists(), "files are only deleted once the erasure commits"


def test_the_data_page_explains_both_rights(client, member):
    page = client.get("/members/data/").content.decode()

    assert "Download my data" in page
    assert "Delete my account" in page
    assert 'autocomplete="current-password"' in page


# --- Staff handling a request made by phone or letter


@pytest.fixture
def coordinator(client):
    user = make_user("coordinator@example.org", roles=[COORDINATORS])
    sign_in_with_mfa(client, user)
    return user


def test_a_coordinator_finds_a_person_and_downloads_their_data(client, coordinator, fake_app):
    person = make_user("caller@example.org", roles=[MEMBERS])
    make_record(person, title="Caller's course")

    found = client.post("/admin/personal-data/", {"email": "Caller@example.org"})
    assert found["Location"] == f"/admin/personal-data/{person.pk}/"
    assert "caller@example.org" in client.get(found["Location"]).content.decode()

    response = client.get(f"/admin/personal-data/{person.pk}/download/")
    archive = archive_of(response)
    assert json.loads(archive.read("members.json"))["account"]["email"] == "caller@example.org"
    assert "fake.json" in archive.namelist()


def test_a_coordinator_erases_an_account_only_after_typing_the_email(client, coordinator, fake_app):
    _notes, calls = fake_app
    person = make_user("caller@example.org", roles=[MEMBERS])

    wrong = client.post(f"/admin/personal-data/{person.pk}/erase/", {"email": "someone@example.org"})
    assert wrong.status_code == 200
    assert get_user_model().objects.filter(pk=person.pk).exists()

    client.post(f"/admin/personal-data/{person.pk}/erase/", {"email": "caller@example.org"})
    assert not get_user_model().objects.filter(pk=person.pk).exists()
    assert ("erase", "caller@example.org") in calls


def test_an_unknown_email_says_so(client, coordinator):
    response = client.post("/admin/personal-data/", {"email": "nobody@example.org"})

    assert "Nobody has an account with that email address" in response.content.decode()


@pytest.mark.parametrize(
    "path", ["/admin/personal-data/", "/admin/personal-data/{pk}/download/", "/admin/personal-data/{pk}/erase/"]
)
def test_editors_and_members_cannot_use_the_personal_data_screens(client, path):
    from portal.roles import EDITORS

    person = make_user("caller@example.org", roles=[MEMBERS])
    editor = make_user("editor@example.org", roles=[EDITORS])
    sign_in_with_mfa(client, editor)

    response = client.get(path.format(pk=person.pk))

    assert response.status_code in (302, 403)
    assert b"caller@example.org" not in response.content
