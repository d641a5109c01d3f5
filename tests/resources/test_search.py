"""/search/?q=: public live pages only, with section and highlighted extract, paginated, helpful when empty."""

import pytest
from wagtail.models import PageViewRestriction

from resources.search import highlighted_snippet, query_terms
from tests.factories import make_user
from tests.resources.helpers import make_chapter, soup

pytestmark = pytest.mark.django_db


def result_titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".search-result__title a")]


@pytest.fixture
def small_library():
    """Five chapters, each the one place a reader's term is explained."""
    make_chapter(
        "Policies you need",
        summary="The minimum set of policies for a safe project.",
        body=[
            ("heading", "DBS checks"),
            ("text", "<p>Whether a role is eligible for a DBS check depends on what the volunteer does.</p>"),
        ],
    )
    make_chapter(
        "Keeping people safe when alone",
        summary="Meeting people in the community.",
        body=[("text", "<p>A lone working procedure says who to call when a meeting ends.</p>")],
    )
    make_chapter(
        "Trust and privacy",
        summary="What stays in the room.",
        body=[("text", "<p>Confidentiality is between the person and the organisation, not one volunteer.</p>")],
    )
    make_chapter(
        "Learning never stops",
        summary="Supervision and growth.",
        body=[("text", "<p>Continuing professional development (CPD) keeps Peer Supporters up to date.</p>")],
    )
    make_chapter(
        "Running a group",
        summary="Facilitators, agreements and venues.",
        body=[("text", "<p>Signage at the venue should never say what the group is about.</p>")],
    )


@pytest.mark.parametrize(
    ("query", "chapter"),
    [
        ("DBS", "Policies you need"),
        ("lone working", "Keeping people safe when alone"),
        ("confidentiality", "Trust and privacy"),
        ("CPD", "Learning never stops"),
        ("signage", "Running a group"),
    ],
)
def test_readers_terms_find_the_right_chapter_first(client, small_library, query, chapter):
    response = client.get("/search/", {"q": query})

    assert response.status_code == 200
    assert result_titles(response)[0] == chapter


def test_result_shows_its_section_and_a_highlighted_extract(client, small_library):
    result = soup(client.get("/search/?q=signage")).select_one(".search-result")

    assert result.select_one(".search-result__section").get_text(strip=True) == "In Guidance"
    snippet = result.select_one(".search-result__snippet")
    assert [mark.get_text() for mark in snippet.find_all("mark")] == ["Signage"]
    assert "at the venue should never say" in snippet.get_text()


def test_anonymous_search_never_names_a_draft_or_private_page(client, small_library):
    make_chapter("Secret draft about signage", summary="Signage draft.", publish=False)
    private = make_chapter("Private signage notes", summary="Signage for members only.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    content = client.get("/search/?q=signage").content.decode()

    assert result_titles(client.get("/search/?q=signage")) == ["Running a group"]
    assert "Secret draft" not in content
    assert "Private signage notes" not in content
    assert "members only" not in content


def test_signed_in_member_does_not_see_private_pages_in_search_either(client, small_library):
    private = make_chapter("Private signage notes", summary="Signage for members only.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(make_user("member@example.org"))

    assert "Private signage notes" not in result_titles(client.get("/search/?q=signage"))


def test_results_are_paginated(client):
    for n in range(23):
        make_chapter(f"Supervision note {n}", summary="About supervision.")

    first = soup(client.get("/search/?q=supervision"))
    third = client.get("/search/?q=supervision&page=3")

    assert len(first.select(".search-result")) == 10
    assert "23 results" in first.find(role="status").get_text()
    assert first.select_one("a[rel=next]")["href"] == "?q=supervision&page=2"
    assert len(result_titles(third)) == 3
    assert client.get("/search/?q=supervision&page=999").status_code == 200
    assert client.get("/search/?q=supervision&page=nonsense").status_code == 200


def test_empty_search_suggests_what_to_try(client):
    page = soup(client.get("/search/"))

    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, nofollow"
    assert page.find("h1").get_text() == "Search"
    assert page.select_one(".empty-state a[href='/guidance/']")
    assert page.find("label", attrs={"for": "search-page-query"})


def test_search_with_no_results_is_helpful(client, small_library):
    response = client.get("/search/?q=zzyzx")
    page = soup(response)

    assert response.status_code == 200
    assert "Nothing matched “zzyzx”." in page.select_one(".empty-state").get_text()
    assert page.select_one(".empty-state a[href='/guidance/']")
    assert page.find("input", attrs={"name": "q"})["value"] == "zzyzx"


@pytest.mark.parametrize("query", ["<script>alert(1)</script>", "a" * 5000, "\"'&;--", "%00", "OR AND NOT", "*"])
def test_odd_queries_never_break_the_page_or_inject_markup(client, small_library, query):
    response = client.get("/search/", {"q": query})

    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_every_page_has_a_search_box_that_goes_to_search(client, small_library):
    form = soup(client.get("/guidance/")).select_one(".site-search form")

    assert form["action"] == "/search/"
    assert form["role"] == "search"
    assert form.find("label", attrs={"for": "site-search-query"})
    assert form.find("input", attrs={"name": "q"})["type"] == "search"


def test_snippet_escapes_page_text_and_marks_every_match():
    snippet = highlighted_snippet("Use <b>signage</b> & keep signs neutral. Signage again.", "signage")

    assert (
        snippet == "Use &lt;b&gt;<mark>signage</mark>&lt;/b&gt; &amp; keep signs neutral. <mark>Signage</mark> again."
    )


def test_snippet_starts_near_the_first_match_in_a_long_text():
    text = "Opening words. " * 40 + "The lone working policy matters. " + "Closing words. " * 40

    snippet = highlighted_snippet(text, "lone working")

    assert snippet.startswith("…")
    assert "<mark>lone</mark> <mark>working</mark> policy" in snippet
    assert len(snippet) < 320


def test_snippet_cannot_be_used_to_inject_markup_through_the_query():
    snippet = highlighted_snippet("Plain text about script.", "<mark> script")

    assert snippet == "Plain text about <mark>script</mark>."


def test_query_terms_ignore_single_letters_and_put_longer_words_first():
    assert query_terms("a lone working DBS") == ["working", "lone", "dbs"]
