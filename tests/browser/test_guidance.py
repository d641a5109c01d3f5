"""The guidance library in a real Chromium: a reader's journey, and axe-core on every guidance page type."""

import re

import docx
import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_no_accessibility_violations
from tests.resources.helpers import make_chapter, make_document, rich_chapter_body

pytestmark = pytest.mark.browser


@pytest.fixture
def library(live_server):
    """Three chapters in reading order; the first has every kind of block and a template to download."""
    document = make_document(title="Risk assessment template", filename="risk-assessment-template.md")
    first = make_chapter(
        "Lone working",
        summary="Keeping Peer Supporters safe when they meet people on their own.",
        body=[*rich_chapter_body(document), ("heading", "Checking in"), ("text", "<p>Call the office after.</p>")],
        topics=["policies"],
        audiences=["organisations"],
    )
    make_chapter(
        "Confidentiality",
        summary="What stays between the person and the project.",
        body=[("heading", "Keeping records"), ("text", "<p>Confidentiality covers notes and messages.</p>")],
        topics=["policies"],
        related=[first],
    )
    make_chapter("Working with groups", summary="Running a group people feel safe in.", topics=["groups"])
    return document


def test_reader_goes_from_the_library_through_a_chapter_to_search_and_a_download(page, library):
    page.goto("/guidance/")
    page.get_by_role("link", name="Lone working").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lone working")

    page.get_by_role("navigation", name="Contents").get_by_role("link", name="Checking in").click()
    expect(page).to_have_url(re.compile(r"/guidance/lone-working/#checking-in$"))
    expect(page.locator("#checking-in")).to_be_in_viewport()

    page.get_by_role("link", name="Next chapter Confidentiality").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Confidentiality")

    page.get_by_role("search", name="Site search").get_by_role("searchbox").fill("lone working")
    page.get_by_role("search", name="Site search").get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Search results")
    first_result = page.locator(".search-result").first
    expect(first_result.locator("mark").first).to_have_text("lone", ignore_case=True)
    first_result.get_by_role("link", name="Lone working").click()

    downloads = page.locator(".chapter__downloads")
    with page.expect_download() as download_info:
        downloads.get_by_role("link", name="Download Risk assessment template as Word document (.docx)").click()
    download = download_info.value
    assert download.suggested_filename == "risk-assessment-template.docx"
    word = docx.Document(download.path())
    assert [(p.style.name, p.text) for p in word.paragraphs[:1]] == [("Heading 1", "Role")]
    expect(downloads.get_by_role("link", name=re.compile(r"as OpenDocument text \(\.odt\)$"))).to_be_visible()
    expect(downloads.get_by_role("link", name=re.compile(r"as PDF \(\.pdf\)$"))).to_be_visible()


def test_reader_filters_the_library_without_javascript(new_page, library):
    page = new_page(java_script_enabled=False)
    page.goto("/guidance/")

    page.get_by_label("Topic").select_option(label="Groups")
    page.get_by_role("button", name="Show chapters").click()

    expect(page.locator(".chapter-list__title")).to_have_text(["Working with groups"])


@pytest.mark.parametrize(
    "path",
    ["/guidance/", "/guidance/lone-working/", "/search/?q=confidentiality", "/search/?q=zzyzx", "/search/"],
    ids=["index", "chapter", "search-results", "no-results", "empty-search"],
)
def test_guidance_pages_have_no_accessibility_violations(page, library, path):
    response = page.goto(path)

    assert response.status == 200
    assert_no_accessibility_violations(page)


def test_filtered_index_with_no_matches_has_no_accessibility_violations(page, library):
    page.goto("/guidance/?topic=nothing-like-this")

    expect(page.locator(".field__error")).to_be_visible()
    assert_no_accessibility_violations(page)


@pytest.mark.parametrize(
    "path", ["/guidance/", "/guidance/why-peer-support-matters/", "/guidance/lone-working/", "/guidance/referrals/"]
)
def test_demo_library_pages_have_no_accessibility_violations(page, demo_site, path):
    response = page.goto(path)

    assert response.status == 200
    assert_no_accessibility_violations(page)
