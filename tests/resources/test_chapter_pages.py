"""A guidance chapter as a reader sees it: contents, blocks, downloads, neighbours, review date, printing, caching."""

import datetime
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from resources.models import GuidanceChapterPage, GuidanceIndexPage
from tests.markup import landmarks, repeated_landmarks
from tests.resources.helpers import guidance_index, home_page, make_chapter, make_document, rich_chapter_body, soup

pytestmark = pytest.mark.django_db


def test_chapters_can_only_live_in_the_guidance_library_and_have_no_children():
    assert GuidanceChapterPage.allowed_parent_page_models() == [GuidanceIndexPage]
    assert GuidanceChapterPage.allowed_subpage_models() == []
    assert GuidanceIndexPage.allowed_subpage_models() == [GuidanceChapterPage]
    assert not GuidanceChapterPage.can_create_at(home_page())
    assert GuidanceChapterPage.can_create_at(guidance_index())


def test_chapter_shows_every_block_an_editor_can_use(client):
    document = make_document()
    make_chapter("Starting out", body=rich_chapter_body(document))

    page = soup(client.get("/guidance/starting-out/"))
    main = page.find("main")

    assert page.find("h1").get_text(strip=True) == "Starting out"
    assert main.find("strong", string="boundaries")
    assert [li.get_text(strip=True) for li in main.select(".checklist li")] == [
        "Written a role description",
        "Planned supervision",
    ]
    assert "Who will you support?" in main.select_one(".question-list").get_text()
    assert "Keep the plan simple." in main.select_one(".guidance-box--tip").get_text()
    quote = main.select_one(".guidance-quote")
    assert "It helped me feel less alone." in quote.find("blockquote").get_text()
    assert "Peer Mentor" in quote.find("figcaption").get_text()
    assert "Two facilitators shared the work." in main.select_one(".guidance-box--case-study").get_text()
    figure = main.select_one(".key-figure")
    assert figure.select_one(".key-figure__figure").get_text(strip=True) == "90%"
    assert "improved their understanding" in figure.get_text()
    assert "Annual survey" in figure.get_text()
    contact = main.select_one(".guidance-box--contact")
    assert contact.find("a", href="tel:116123").get_text() == "116 123"
    assert contact.find("a", href="https://www.samaritans.org")
    assert "Any time, day or night" in contact.get_text()


def test_table_of_contents_links_to_every_heading_with_stable_unique_anchors(client):
    document = make_document()
    make_chapter("Starting out", body=rich_chapter_body(document))

    page = soup(client.get("/guidance/starting-out/"))
    contents = page.select(".chapter__contents a")
    headings = page.select(".chapter__body h2")

    assert [link["href"] for link in contents] == ["#before-you-start", "#before-you-start-2"]
    assert [heading["id"] for heading in headings] == ["before-you-start", "before-you-start-2"]
    # The same anchors on every visit, so links shared by readers keep working.
    again = soup(client.get("/guidance/starting-out/"))
    assert [h["id"] for h in again.select(".chapter__body h2")] == ["before-you-start", "before-you-start-2"]


def test_chapter_without_headings_has_no_empty_contents_box(client):
    make_chapter("Short one", body=[("text", "<p>Just a paragraph.</p>")])

    page = soup(client.get("/guidance/short-one/"))

    assert page.select_one(".chapter__contents") is None


def test_downloads_show_title_file_type_and_size_and_are_listed_once(client):
    document = make_document(title="Risk assessment", filename="risk-assessment.pdf", content="x" * 2048)
    make_chapter("Safety", body=[("download", document.pk), ("text", "<p>Then</p>"), ("download", document.pk)])

    page = soup(client.get("/guidance/safety/"))
    listed = page.select(".chapter__downloads .download-list > li")

    assert len(listed) == 1
    assert listed[0].find("a")["href"] == document.url
    assert listed[0].find("a").get_text(strip=True) == "Risk assessment"
    assert "(PDF, 2.0\xa0KB)" in listed[0].get_text()
    assert client.get(document.url).status_code == 200


def test_template_downloads_are_listed_once_with_each_format_and_its_size(client):
    # A Markdown template is offered as Word, OpenDocument and PDF (tests/resources/test_template_formats.py).
    document = make_document(title="Risk assessment template", filename="risk-assessment.md", content="# Risks\n")
    make_chapter("Safety", body=[("download", document.pk), ("text", "<p>Then</p>"), ("download", document.pk)])

    page = soup(client.get("/guidance/safety/"))
    listed = page.select(".chapter__downloads .download-list > li")

    assert len(listed) == 1
    assert listed[0].select_one(".download__title").get_text(strip=True) == "Risk assessment template"
    formats = [item.get_text(" ", strip=True) for item in listed[0].select(".download__formats li")]
    assert [re.sub(r"\(\d+(\.\d+)?\xa0(bytes|KB)\)", "(size)", text) for text in formats] == [
        "Download Risk assessment template as Word document (.docx) (size)",
        "Download Risk assessment template as OpenDocument text (.odt) (size)",
        "Download Risk assessment template as PDF (.pdf) (size)",
    ]
    for link in listed[0].select(".download__formats a"):
        assert client.get(link["href"]).status_code == 200


def test_previous_and_next_links_follow_the_page_tree_and_skip_drafts(client):
    first = make_chapter("First steps")
    make_chapter("Unfinished", publish=False)
    middle = make_chapter("Middle way")
    last = make_chapter("Last word")

    middle_page = soup(client.get("/guidance/middle-way/"))
    first_page = soup(client.get("/guidance/first-steps/"))
    last_page = soup(client.get("/guidance/last-word/"))

    assert middle_page.select_one("a[rel=prev]")["href"] == first.url
    assert middle_page.select_one("a[rel=next]")["href"] == last.url
    assert first_page.select_one("a[rel=prev]") is None
    assert first_page.select_one("a[rel=next]")["href"] == middle.url
    assert last_page.select_one("a[rel=next]") is None
    assert "Unfinished" not in first_page.get_text()


def test_related_chapters_are_linked_but_unpublished_ones_are_not(client):
    lone = make_chapter("Lone working")
    draft = make_chapter("Draft safety", publish=False)
    make_chapter("Safeguarding", related=[lone, draft])

    related = soup(client.get("/guidance/safeguarding/")).select(".chapter__related a")

    assert [(link.get_text(), link["href"]) for link in related] == [("Lone working", "/guidance/lone-working/")]


def test_last_reviewed_date_is_shown(client):
    make_chapter("Policies", last_reviewed=datetime.date(2026, 3, 14))

    reviewed = soup(client.get("/guidance/policies/")).select_one(".chapter__reviewed")

    assert reviewed.get_text(" ", strip=True) == "Last reviewed: 14 March 2026"
    assert reviewed.find("time")["datetime"] == "2026-03-14"


def test_chapter_prints_without_navigation_exit_button_and_with_link_addresses(client):
    make_chapter("Printing")

    page = soup(client.get("/guidance/printing/"))
    print_sheets = [link["href"] for link in page.select('link[rel=stylesheet][media="print"]')]

    assert print_sheets == ["/static/portal/css/print.css", "/static/resources/print.css"]
    base_rules = Path(finders.find("portal/css/print.css")).read_text()
    chapter_rules = Path(finders.find("resources/print.css")).read_text()
    assert ".quick-exit" in base_rules and ".main-nav" in base_rules
    assert 'content: " (" attr(href) ")"' in base_rules
    assert ".chapter-pager" in chapter_rules and ".site-search" in chapter_rules


def test_chapter_is_found_in_search_by_its_summary_and_body():
    make_chapter("Boundaries", summary="Where peer support ends.", body=[("text", "<p>Friendship and roles.</p>")])

    results = list(Page.objects.live().search("friendship"))

    assert [page.title for page in results] == ["Boundaries"]


@pytest.mark.parametrize("number_of_chapters", [5, 60])
def test_chapter_page_queries_do_not_grow_with_the_library(client, django_assert_max_num_queries, number_of_chapters):
    document = make_document()
    chapters = [make_chapter(f"Chapter {n}", body=rich_chapter_body(document)) for n in range(number_of_chapters)]
    middle = chapters[len(chapters) // 2]
    middle.related_chapters.create(chapter=chapters[0])

    client.get(middle.url)  # the site settings row is created on the first request of a fresh site
    cache.clear()  # measure the page as rendered from scratch, not from the fragment cache

    with django_assert_max_num_queries(24):
        response = client.get(middle.url)

    assert response.status_code == 200


def test_anonymous_chapter_page_can_be_cached_and_its_body_comes_from_the_cache(client):
    document = make_document()
    make_chapter("Cached", body=rich_chapter_body(document))

    with CaptureQueriesContext(connection) as cold:
        first = client.get("/guidance/cached/")
    with CaptureQueriesContext(connection) as warm:
        second = client.get("/guidance/cached/")

    assert "no-store" not in first.get("Cache-Control", "")
    assert "private" not in first.get("Cache-Control", "")
    assert second.content == first.content
    # The second time, the body and its downloads came from the fragment cache, not the database.
    assert any("wagtaildocs_document" in query["sql"] for query in cold.captured_queries)
    assert not any("wagtaildocs_document" in query["sql"] for query in warm.captured_queries)
    assert len(warm.captured_queries) < len(cold.captured_queries)


def test_published_edit_is_visible_at_once_even_though_the_chapter_was_cached(client):
    chapter = make_chapter("Edited", body=[("text", "<p>The old advice.</p>")])
    assert "The old advice." in client.get("/guidance/edited/").content.decode()

    chapter.body = [{"type": "text", "value": "<p>The new advice.</p>"}]
    chapter.save_revision().publish()

    content = client.get("/guidance/edited/").content.decode()
    assert "The new advice." in content
    assert "The old advice." not in content


def test_draft_edit_is_not_shown_to_readers(client):
    chapter = make_chapter("Drafted", body=[("text", "<p>Published words.</p>")])
    chapter.body = [{"type": "text", "value": "<p>Unpublished words.</p>"}]
    chapter.save_revision()

    content = client.get("/guidance/drafted/").content.decode()

    assert "Published words." in content
    assert "Unpublished words." not in content


def test_every_box_in_a_chapter_is_a_landmark_with_a_name_of_its_own(client):
    questions = {"title": "Questions to ask yourself", "items": ["Who is it for?"]}
    make_chapter(
        "Deciding what and why",
        body=[
            ("heading", "Who is it for?"),
            ("questions", questions),
            ("tip", {"title": "", "text": "<p>Start small.</p>"}),
            ("heading", "Is there a real need?"),
            ("questions", questions),
            ("questions", questions),
            ("tip", {"title": "", "text": "<p>Ask around.</p>"}),
        ],
    )

    page = soup(client.get("/guidance/deciding-what-and-why/"))

    assert repeated_landmarks(page) == []
    names = [name for _, name in landmarks(page.select_one(".chapter__body"))]
    assert names[:5] == [
        "Questions to ask yourself: Who is it for?",
        "Tip: Who is it for?",
        "Questions to ask yourself: Is there a real need?",
        "Questions to ask yourself: Is there a real need? (2)",
        "Tip: Is there a real need?",
    ]


def test_a_box_whose_name_is_already_unique_keeps_it(client):
    document = make_document()
    make_chapter("Starting out", body=rich_chapter_body(document))

    page = soup(client.get("/guidance/starting-out/"))

    names = [name for _, name in landmarks(page.select_one(".chapter__body"))]
    assert "Questions to ask yourself" in names and "Good practice" in names and "Have you" in names
    assert repeated_landmarks(page) == []
