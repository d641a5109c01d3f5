"""A member adds, edits and deletes CPD records; bad input keeps what was typed; evidence is checked by its bytes."""

import datetime
import re

import pytest

from members.models import Competency, CPDEvidence, CPDRecord
from portal.roles import MEMBERS
from tests.factories import make_user
from tests.members.conftest import docx_bytes, make_record, png_bytes, record_form_data, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client):
    user = make_user("member@example.org", roles=[MEMBERS])
    client.force_login(user)
    return user


def test_member_adds_a_cpd_record_with_competencies_and_evidence(client, member):
    listening = Competency.objects.create(name="Active listening")
    data = record_form_data(competencies=[listening.pk], evidence=[upload("My certificate.pdf")])

    response = client.post("/members/cpd/add/", data)

    assert response.status_code == 302
    record = CPDRecord.objects.get(user=member)
    assert record.title == "Supervision with my coordinator"
    assert list(record.competencies.all()) == [listening]
    evidence = record.evidence.get()
    assert evidence.original_name == "My certificate.pdf"
    assert evidence.content_type == "application/pdf"
    assert "certificate" not in evidence.file.name, "stored names say nothing about the file"
    assert client.get("/members/cpd/").content.decode().count("Supervision with my coordinator") >= 1


def test_member_attaches_several_files_of_the_allowed_kinds(client, member):
    files = [upload("photo.png", png_bytes(), "image/png"), upload("notes.docx", docx_bytes(), "application/zip")]
    client.post("/members/cpd/add/", record_form_data(evidence=files))

    kinds = set(CPDEvidence.objects.values_list("extension", flat=True))
    assert kinds == {"png", "docx"}


def test_a_renamed_program_is_refused_whatever_its_name_says(client, member):
    fake_pdf = upload("certificate.pdf", b"MZ\x90\x00 this is really a Windows program", "application/pdf")

    response = client.post("/members/cpd/add/", record_form_data(evidence=[fake_pdf]))

    assert response.status_code == 200
    assert "is not a PDF, an image" in response.content.decode()
    assert not CPDRecord.objects.exists()


def test_a_file_over_the_size_limit_is_refused_with_the_limit_named(client, member, settings):
    settings.CPD_EVIDENCE_MAX_UPLOAD_SIZE = 100
    response = client.post("/members/cpd/add/", record_form_data(evidence=[upload(content=b"%PDF-1.4" + b"x" * 200)]))

    assert "files can be up to 100" in response.content.decode()
    assert not CPDRecord.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("hours", "0.1", "greater than or equal to 0.25"),
        ("hours", "101", "less than or equal to 100"),
        ("hours", "1.3", "quarter hours"),
        ("hours", "lots", "Enter a number"),
        ("date", "31/02/2026", "Enter a valid date"),
        ("date", (datetime.date.today() + datetime.timedelta(days=3)).isoformat(), "cannot be in the future"),
        ("activity_type", "juggling", "Select a valid choice"),
        ("title", "", "This field is required"),
    ],
)
def test_bad_input_keeps_everything_typed_and_shows_the_error_beside_the_field(client, member, field, value, message):
    data = record_form_data(**{field: value})

    response = client.post("/members/cpd/add/", data)

    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert f'id="id_{field}_error"' in page, "the error sits beside its field"
    assert "A long reflection about boundaries." in page, "the reflection is not lost"
    assert 'value="Coordinator"' in page
    assert not CPDRecord.objects.exists()


def test_after_an_error_the_form_asks_for_the_chosen_files_again(client, member):
    response = client.post("/members/cpd/add/", record_form_data(hours="", evidence=[upload()]))

    assert "choose them again" in response.content.decode()


def test_member_edits_a_record_and_removes_one_evidence_file(
    client, member, _private_media, django_capture_on_commit_callbacks
):
    record = make_record(member)
    client.post(f"/members/cpd/{record.pk}/edit/", record_form_data(title="Listening skills", evidence=[upload()]))
    evidence = record.evidence.get()
    stored = _private_media / evidence.file.name
    assert stored.exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/members/cpd/{record.pk}/edit/",
            record_form_data(title="Listening skills, part two", remove_evidence=[evidence.pk]),
        )

    assert response.status_code == 302
    record.refresh_from_db()
    assert record.title == "Listening skills, part two"
    assert not record.evidence.exists()
    assert not stored.exists(), "a removed file is deleted from storage"


def test_deleting_a_record_asks_first_then_deletes_it_and_its_files(
    client, member, _private_media, django_capture_on_commit_callbacks
):
    record = make_record(member)
    client.post(f"/members/cpd/{record.pk}/edit/", record_form_data(evidence=[upload()]))
    stored = _private_media / record.evidence.get().file.name

    confirm = client.get(f"/members/cpd/{record.pk}/delete/")
    assert "cannot be undone" in confirm.content.decode()
    assert CPDRecord.objects.filter(pk=record.pk).exists()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/members/cpd/{record.pk}/delete/")

    assert not CPDRecord.objects.filter(pk=record.pk).exists()
    assert not stored.exists()


def test_the_form_carries_what_its_draft_script_needs(client, member):
    page = client.get("/members/cpd/add/").content.decode()

    assert re.search(r'data-draft-key="[0-9a-f]{20}:new"', page)
    assert "data-session-seconds=" in page
    assert "members/cpd-draft.js" in page


def test_each_account_keeps_its_drafts_under_its_own_opaque_key(client, member):
    mine = re.search(r'data-draft-key="([^"]+)"', client.get("/members/cpd/add/").content.decode()).group(1)
    client.force_login(make_user("someone-else@example.org", roles=[MEMBERS]))
    theirs = re.search(r'data-draft-key="([^"]+)"', client.get("/members/cpd/add/").content.decode()).group(1)

    assert mine != theirs
    assert "member" not in mine and str(member.pk) != mine.split(":")[0]


def test_after_saving_the_list_tells_the_draft_script_which_draft_to_clear(client, member):
    draft_key = re.search(r'data-draft-key="([^"]+)"', client.get("/members/cpd/add/").content.decode()).group(1)
    client.post("/members/cpd/add/", record_form_data())

    assert f'data-cpd-draft-saved="{draft_key}"' in client.get("/members/cpd/").content.decode()
    assert "data-cpd-draft-saved" not in client.get("/members/cpd/").content.decode(), "only once"


def test_staying_signed_in_renews_the_session(client, member):
    assert client.post("/members/session/keep-alive/").status_code == 204


def test_an_expired_session_cannot_be_kept_alive(client):
    assert client.post("/members/session/keep-alive/").status_code == 401


def test_a_competency_number_too_big_for_the_database_is_refused_with_a_message(client, member):
    response = client.post("/members/cpd/add/", record_form_data(competencies=["9" * 30]))

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not CPDRecord.objects.exists()
