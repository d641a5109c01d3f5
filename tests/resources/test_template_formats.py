"""Fill-in templates uploaded as Markdown are offered as a Word document, an OpenDocument file and a PDF, each with
real headings, lists and tables (not the raw Markdown), under a neutral file name."""

import io

import docx
import pytest
from odf import opendocument, teletype
from odf import table as odf_table
from odf import text as odf_text
from pypdf import PdfReader
from wagtail.models import Collection, CollectionViewRestriction

from resources.template_formats import parse_template, to_docx, to_odt, to_pdf
from tests.resources.helpers import make_chapter, make_document, soup

pytestmark = pytest.mark.django_db

TEMPLATE = """\
# Supervision record

**Project:** [Project name]
**Supervisor:** [Name]

Use initials only. This sentence is long enough that its writer
wrapped it onto a second line.

## Actions from last time

| Action | Done? | Notes |
|---|---|---|
| Book the room | [Yes / No] | [ ] |
| Send the rota | [ ] | *ask first* |

## Reflecting on practice

- What has gone well? [ ]
- What has been hard?
  1. At the venue
  2. On the phone

Signed: [ ]
Date: [ ]
"""


def offered_formats(client, path):
    """(accessible link text, href, size text) for each format a template is offered in on a page."""
    page = soup(client.get(path))
    offered = []
    for item in page.select(".chapter__downloads .download__formats li"):
        link = item.find("a")
        offered.append((link.get_text(" ", strip=True), link["href"], item.select_one(".download__meta").get_text()))
    return offered


@pytest.fixture
def template_chapter():
    document = make_document(title="Supervision record", filename="supervision-record.md", content=TEMPLATE)
    make_chapter("Supervision", body=[("download", document.pk)])
    return document


def download(client, template_chapter, extension):
    hrefs = [href for _text, href, _size in offered_formats(client, "/guidance/supervision/")]
    href = next(href for href in hrefs if href.endswith(f".{extension}"))
    response = client.get(href)
    assert response.status_code == 200
    return response


def test_a_template_page_offers_word_opendocument_and_pdf_with_clear_labels_and_sizes(client, template_chapter):
    offered = offered_formats(client, "/guidance/supervision/")
    document_id = template_chapter.pk

    assert [(text, href) for text, href, _size in offered] == [
        (
            "Download Supervision record as Word document (.docx)",
            f"/documents/{document_id}/as/supervision-record.docx",
        ),
        (
            "Download Supervision record as OpenDocument text (.odt)",
            f"/documents/{document_id}/as/supervision-record.odt",
        ),
        ("Download Supervision record as PDF (.pdf)", f"/documents/{document_id}/as/supervision-record.pdf"),
    ]
    assert all(size.startswith("(") and size.endswith("KB)") for _text, _href, size in offered)
    page = soup(client.get("/guidance/supervision/"))
    assert not page.select('a[href$=".md"]')  # the raw Markdown is no longer what readers are given


def test_word_download_has_real_headings_lists_and_table(client, template_chapter):
    response = download(client, template_chapter, "docx")
    word = docx.Document(io.BytesIO(response.content))
    paragraphs = [(paragraph.style.name, paragraph.text) for paragraph in word.paragraphs if paragraph.text]

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert response["Content-Disposition"] == 'attachment; filename="supervision-record.docx"'
    assert ("Heading 1", "Supervision record") in paragraphs
    assert ("Heading 2", "Actions from last time") in paragraphs
    assert ("List Bullet", "What has gone well? [ ]") in paragraphs
    assert ("List Number 2", "At the venue") in paragraphs
    assert ("Normal", "Project: [Project name]\nSupervisor: [Name]") in paragraphs
    assert (
        "Normal",
        "Use initials only. This sentence is long enough that its writer wrapped it onto a second line.",
    ) in (paragraphs)
    assert ("Normal", "Signed: [ ]\nDate: [ ]") in paragraphs
    project_label = next(run for run in word.paragraphs[1].runs if run.text == "Project:")
    assert project_label.bold
    rows = [[cell.text for cell in row.cells] for row in word.tables[0].rows]
    assert rows == [
        ["Action", "Done?", "Notes"],
        ["Book the room", "[Yes / No]", "[ ]"],
        ["Send the rota", "[ ]", "ask first"],
    ]
    everything = "\n".join(text for _style, text in paragraphs)
    assert "**" not in everything and "|" not in everything and "#" not in everything
    assert word.core_properties.title == "Supervision record"


def test_opendocument_download_has_real_headings_lists_and_table(client, template_chapter):
    response = download(client, template_chapter, "odt")
    document = opendocument.load(io.BytesIO(response.content))
    headings = [
        (heading.getAttribute("outlinelevel"), teletype.extractText(heading))
        for heading in document.getElementsByType(odf_text.H)
    ]
    list_items = [teletype.extractText(item) for item in document.getElementsByType(odf_text.ListItem)]
    tables = document.getElementsByType(odf_table.Table)
    header_rows = tables[0].getElementsByType(odf_table.TableHeaderRows)
    rows = [
        [teletype.extractText(cell) for cell in row.getElementsByType(odf_table.TableCell)]
        for row in tables[0].getElementsByType(odf_table.TableRow)
    ]

    assert response["Content-Type"] == "application/vnd.oasis.opendocument.text"
    assert response["Content-Disposition"] == 'attachment; filename="supervision-record.odt"'
    assert headings == [("1", "Supervision record"), ("2", "Actions from last time"), ("2", "Reflecting on practice")]
    assert "What has gone well? [ ]" in list_items
    assert "At the venue" in list_items
    assert len(tables) == 1 and len(header_rows) == 1
    assert rows == [
        ["Action", "Done?", "Notes"],
        ["Book the room", "[Yes / No]", "[ ]"],
        ["Send the rota", "[ ]", "ask first"],
    ]
    everything = teletype.extractText(document.text)
    assert "**" not in everything and "|" not in everything and "#" not in everything


def test_pdf_download_shows_the_text_without_markdown_signs(client, template_chapter):
    response = download(client, template_chapter, "pdf")
    reader = PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="supervision-record.pdf"'
    assert reader.metadata.title == "Supervision record"
    for words in ("Supervision record", "Actions from last time", "Book the room", "Send the rota", "At the venue"):
        assert words in text
    assert "**" not in text and "|" not in text and "#" not in text


def test_a_template_with_a_disclosing_title_downloads_under_a_neutral_name(client):
    # Uploaded before titles were checked: the download's name still says nothing.
    document = make_document(title="HIV clinic referral", filename="referral.md", content=TEMPLATE)
    make_chapter("Referrals", body=[("download", document.pk)])

    hrefs = [href for _text, href, _size in offered_formats(client, "/guidance/referrals/")]
    response = client.get(hrefs[0])

    assert hrefs[0] == f"/documents/{document.pk}/as/document.docx"
    assert response["Content-Disposition"] == 'attachment; filename="document.docx"'
    assert client.get(f"/documents/{document.pk}/as/hiv-clinic-referral.docx").status_code == 404


def test_only_templates_are_converted_and_only_under_their_own_name(client, template_chapter):
    leaflet = make_document(title="Leaflet", filename="leaflet.pdf", content="%PDF-1.4")

    assert client.get(f"/documents/{template_chapter.pk}/as/supervision-record.rtf").status_code == 404
    assert client.get(f"/documents/{template_chapter.pk}/as/another-name.docx").status_code == 404
    assert client.get(f"/documents/{leaflet.pk}/as/leaflet.docx").status_code == 404
    assert client.get("/documents/999999/as/supervision-record.docx").status_code == 404


def test_a_template_in_a_restricted_collection_is_not_given_to_anonymous_readers(client, template_chapter):
    private = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    template_chapter.collection = private
    template_chapter.save()

    response = client.get(f"/documents/{template_chapter.pk}/as/supervision-record.docx")

    assert response.status_code == 302
    assert "PK" not in response.content.decode(errors="replace")


def test_other_documents_are_still_offered_as_they_are(client):
    leaflet = make_document(title="Leaflet", filename="leaflet.pdf", content="%PDF-1.4 " + "x" * 2048)
    make_chapter("Leaflets", body=[("download", leaflet.pk)])

    link = soup(client.get("/guidance/leaflets/")).select_one(".chapter__downloads a")

    assert link["href"] == leaflet.url
    assert "(PDF, 2.0\xa0KB)" in link.find_parent("p").get_text()


def test_every_demo_template_becomes_structured_documents():
    from demo.guidance_texts import TEMPLATES

    for template in TEMPLATES:
        blocks = parse_template(template["content"])
        word = docx.Document(io.BytesIO(to_docx(blocks, template["title"])))
        odt = opendocument.load(io.BytesIO(to_odt(blocks, template["title"])))
        pdf_text = "\n".join(
            page.extract_text() for page in PdfReader(io.BytesIO(to_pdf(blocks, template["title"]))).pages
        )

        word_text = "\n".join(paragraph.text for paragraph in word.paragraphs)
        assert word.paragraphs[0].style.name == "Heading 1", template["slug"]
        assert odt.getElementsByType(odf_text.H), template["slug"]
        for text in (word_text, teletype.extractText(odt.text), pdf_text):
            assert "**" not in text and "|" not in text and "\n#" not in text, template["slug"]


def test_a_table_too_wide_for_a_pdf_page_still_makes_every_format():
    columns = 40
    source = (
        "|" + "|".join(f"Column {n}" for n in range(columns)) + "|\n"
        "|" + "---|" * columns + "\n"
        "|" + "|".join(f"value {n}" for n in range(columns)) + "|\n"
    )
    blocks = parse_template(source)

    word = docx.Document(io.BytesIO(to_docx(blocks, "Wide")))
    pdf_text = PdfReader(io.BytesIO(to_pdf(blocks, "Wide"))).pages[0].extract_text()

    assert len(word.tables[0].columns) == columns
    assert "Column 39: value 39" in pdf_text
    assert to_odt(blocks, "Wide")


def test_a_template_whose_file_is_missing_leaves_the_chapter_readable_and_offers_nothing(client, template_chapter):
    template_chapter.file.storage.delete(template_chapter.file.name)

    response = client.get("/guidance/supervision/")

    assert response.status_code == 200
    assert offered_formats(client, "/guidance/supervision/") == []
    assert client.get(f"/documents/{template_chapter.pk}/as/supervision-record.docx").status_code == 404
