"""Uploaded documents never disclose through their title or file name, and are served under a neutral name."""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from portal.roles import EDITORS
from tests.factories import make_user, sign_in_with_mfa
from tests.resources.helpers import make_chapter, soup

pytestmark = pytest.mark.django_db

Document = get_document_model()


@pytest.fixture
def editor_client(client):
    sign_in_with_mfa(client, make_user("editor@example.org", roles=[EDITORS]))
    return client


def upload(name, content=b"%PDF-1.4 a form to fill in"):
    return SimpleUploadedFile(name, content)


def add_document(client, *, title, file):
    return client.post(
        "/admin/documents/add/",
        {"title": title, "file": file, "collection": Collection.get_first_root_node().pk},
    )


def field_errors(response, field_name):
    """The error text shown in the same field wrapper as the named input."""
    page = soup(response)
    wrapper = page.find(id=f"id_{field_name}").find_parent(attrs={"data-field-wrapper": True})
    return " ".join(error.get_text(" ", strip=True) for error in wrapper.select(".error-message, .w-field__errors"))


def is_named(name, stem, extension):
    """Storage adds a random suffix when the name is taken (test media outlives one test): "stem_Ab3dE5f.ext"."""
    return re.fullmatch(rf"{stem}(_[A-Za-z0-9]{{7}})?\.{extension}", name) is not None


def stored_file_names():
    folder = Path(settings.MEDIA_ROOT) / "documents"
    return [path.name for path in folder.iterdir()] if folder.exists() else []


def test_disclosing_file_name_is_refused_beside_the_file_field_and_nothing_is_saved(editor_client):
    response = add_document(editor_client, title="Referral form", file=upload("hiv-referral-form.pdf"))

    assert response.status_code == 200
    assert "“HIV”" in field_errors(response, "file")
    assert field_errors(response, "title") == ""
    assert soup(response).find(id="id_title")["value"] == "Referral form"  # what was typed is kept
    assert not Document.objects.exists()
    assert not any("hiv" in name.lower() for name in stored_file_names())


def test_disclosing_title_is_refused_beside_the_title_field(editor_client):
    response = add_document(editor_client, title="HIV referral form", file=upload("referral-form.pdf"))

    assert response.status_code == 200
    assert "“HIV”" in field_errors(response, "title")
    assert not Document.objects.exists()


def test_multiple_upload_refuses_a_disclosing_file_name(editor_client):
    response = editor_client.post(
        "/admin/documents/multiple/add/",
        {"collection": Collection.get_first_root_node().pk, "files[]": upload("positive-living-leaflet.pdf")},
    )

    answer = json.loads(response.content)
    assert answer["success"] is False
    assert "“positive”" in answer["error_message"]
    assert not Document.objects.exists()
    assert not any("positive" in name.lower() for name in stored_file_names())


def test_multiple_upload_of_a_neutral_file_is_kept_under_a_name_made_from_its_title(editor_client):
    response = editor_client.post(
        "/admin/documents/multiple/add/",
        {"collection": Collection.get_first_root_node().pk, "files[]": upload("Ground Rules (final v2).PDF")},
    )

    assert json.loads(response.content)["success"] is True
    assert is_named(Document.objects.get().filename, "ground-rules-final-v2", "pdf")


def test_neutral_upload_is_stored_and_served_under_its_neutral_title(editor_client, client):
    add_document(editor_client, title="Group ground rules", file=upload("JS notes for Tuesday.docx", b"PK words"))
    document = Document.objects.get()

    response = client.get(document.url)

    assert document.file.name == f"documents/{document.filename}"
    assert is_named(document.filename, "group-ground-rules", "docx")
    assert document.url == f"/documents/{document.pk}/{document.filename}"
    assert response.status_code == 200
    assert f'filename="{document.filename}"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == b"PK words"


def test_title_that_makes_no_file_name_falls_back_to_a_neutral_one(editor_client):
    add_document(editor_client, title="???", file=upload("notes.txt", b"words"))

    assert is_named(Document.objects.get().filename, "document", "txt")


def test_download_block_on_a_guidance_page_links_to_the_neutral_address(editor_client, client):
    add_document(editor_client, title="Group ground rules", file=upload("Tuesday group (JS).docx", b"PK words"))
    document = Document.objects.get()
    make_chapter("Running a group", body=[("download", document.pk)])

    links = [link["href"] for link in soup(client.get("/guidance/running-a-group/")).select(".chapter__downloads a")]

    assert links == [f"/documents/{document.pk}/{document.filename}"]
    assert is_named(links[0].rsplit("/", 1)[1], "group-ground-rules", "docx")


def test_documents_uploaded_before_the_check_move_to_a_neutral_name(client):
    import importlib

    from django.apps import apps

    from tests.resources.helpers import make_document

    migration = importlib.import_module("resources.migrations.0004_documents_under_neutral_names")
    disclosing = make_document(title="Clinic leaflet", filename="hiv-clinic-leaflet.pdf", content="%PDF-1.4 words")
    neutral = make_document(title="Rota", filename="rota.pdf", content="%PDF-1.4 rota")
    old_name, neutral_name = disclosing.file.name, neutral.file.name

    migration.move_disclosing_files(apps, None)
    disclosing.refresh_from_db()
    neutral.refresh_from_db()

    assert is_named(disclosing.filename, "clinic-leaflet", "pdf")
    assert not disclosing.file.storage.exists(old_name)
    assert b"".join(client.get(disclosing.url).streaming_content) == b"%PDF-1.4 words"
    assert neutral.file.name == neutral_name  # nothing to hide: left where it is
