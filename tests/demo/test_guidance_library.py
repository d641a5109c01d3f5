"""The demo library: `load_demo_content` publishes every chapter with its filters, related chapters and templates."""

import io

import pytest
from wagtail.documents import get_document_model
from wagtail.models import Collection, Revision

from demo import guidance_texts
from demo.guidance import publish_library
from portal.confidentiality import disclosing_terms_found
from resources.models import Audience, GuidanceChapterPage, Topic
from tests.resources.helpers import guidance_index, soup

pytestmark = pytest.mark.django_db

STAND_IN = {
    "topics": [("policies", "Policies and procedures"), ("groups", "Groups")],
    "audiences": [("clinics", "Clinics and NHS services"), ("individuals", "Individuals and informal groups")],
    "templates": [
        {
            "slug": "risk-assessment",
            "title": "Risk assessment template",
            "filename": "risk-assessment-template.md",
            "description": "Think through the risks of a meeting place.",
            "content": "# Risk assessment\n\n- Venue:\n- Exits:\n",
        }
    ],
    "chapters": [
        {
            "slug": "lone-working",
            "title": "Lone working",
            "summary": "Keeping Peer Supporters safe when they meet people on their own.",
            "topics": ["policies"],
            "audiences": ["clinics"],
            "related": ["groups-that-work"],
            "body": [
                ("heading", "Checking in"),
                ("text", "<p>Agree who to call before and after each meeting.</p>"),
                ("download", {"template": "risk-assessment"}),
                ("quote", {"text": "Knowing someone expects my call helps.", "attribution": "Peer Mentor"}),
            ],
        },
        {
            "slug": "groups-that-work",
            "title": "Groups that work",
            "summary": "Running a peer-support group.",
            "topics": ["groups"],
            "audiences": ["individuals", "clinics"],
            "related": ["lone-working"],
            "body": [("text", "<p>Two facilitators are better than one.</p>")],
        },
    ],
}


def publish_stand_in():
    publish_library(guidance_index(), stdout=io.StringIO(), **STAND_IN)


def test_library_is_published_in_reading_order_with_filters_related_chapters_and_downloads(client):
    publish_stand_in()

    chapters = list(GuidanceChapterPage.objects.live().order_by("path"))
    lone = chapters[0]
    document = get_document_model().objects.get()

    assert [chapter.slug for chapter in chapters] == ["lone-working", "groups-that-work"]
    assert [t.slug for t in lone.topics.all()] == ["policies"]
    assert sorted(a.slug for a in chapters[1].audiences.all()) == ["clinics", "individuals"]
    assert [link.chapter.slug for link in lone.related_chapters.all()] == ["groups-that-work"]
    assert lone.downloads() == [document]
    assert document.collection.name == "Templates"
    assert document.filename.endswith(".md")
    assert lone.review_by > lone.last_reviewed
    page = soup(client.get("/guidance/lone-working/"))
    assert page.select_one(".chapter__related a").get_text() == "Groups that work"
    assert page.select_one(".chapter__downloads .download__title").get_text() == "Risk assessment template"
    assert page.select_one(".chapter__downloads a")["href"].endswith("/risk-assessment-template.docx")


def test_publishing_the_library_twice_changes_nothing():
    publish_stand_in()
    before = (
        sorted(GuidanceChapterPage.objects.values_list("slug", "live")),
        Revision.objects.count(),
        get_document_model().objects.count(),
        Collection.objects.count(),
        Topic.objects.count(),
        Audience.objects.count(),
    )

    publish_stand_in()

    assert before == (
        sorted(GuidanceChapterPage.objects.values_list("slug", "live")),
        Revision.objects.count(),
        get_document_model().objects.count(),
        Collection.objects.count(),
        Topic.objects.count(),
        Audience.objects.count(),
    )


def test_published_chapters_are_searchable_without_a_separate_index_update(client):
    publish_stand_in()

    response = client.get("/search/?q=facilitators")

    assert [a.get_text() for a in soup(response).select(".search-result__title a")] == ["Groups that work"]


# --- The real demo library (demo/guidance_texts) -----------------------------------------------------------------


@pytest.fixture
def demo_library(demo_site):
    """The demo site, guidance library included."""


def test_every_demo_chapter_is_published_and_renders(client, demo_library):
    published = list(GuidanceChapterPage.objects.live().order_by("path").values_list("slug", flat=True))

    assert published == [chapter["slug"] for chapter in guidance_texts.CHAPTERS]
    for slug in published:
        response = client.get(f"/guidance/{slug}/")
        assert response.status_code == 200, slug
        assert len(soup(response).find_all("h1")) == 1


def test_every_demo_chapter_passes_the_checks_an_editor_saving_it_would_meet(demo_library):
    for chapter in GuidanceChapterPage.objects.all():
        chapter.full_clean()  # field lengths and every block's own validation
        assert chapter.topics.exists() and chapter.audiences.exists(), chapter.slug
        assert chapter.table_of_contents(), chapter.slug


def test_demo_templates_are_downloadable_documents_with_safe_file_names(client, demo_library):
    documents = get_document_model().objects.filter(collection__name="Templates")

    assert documents.count() == len(guidance_texts.TEMPLATES)
    for document in documents:
        assert not disclosing_terms_found(document.filename), document.filename
        assert client.get(document.url).status_code == 200
    titles = set(documents.values_list("title", flat=True))
    for needed in ("role description", "person specification", "referral", "confidentiality", "risk", "ground rules"):
        assert any(needed in title.lower() for title in titles), needed


READERS_TERMS = {
    "DBS": "dbs-checks",
    "lone working": "lone-working",
    "confidentiality": "confidentiality",
    "CPD": "supervision-and-cpd",
    "signage": "working-with-groups",
}


def test_readers_terms_find_the_right_demo_chapter(client, demo_library):
    for query, slug in READERS_TERMS.items():
        response = client.get("/search/", {"q": query})
        found = [a["href"] for a in soup(response).select(".search-result__title a")]

        assert f"/guidance/{slug}/" in found[:3], (query, found)


def test_guidance_filters_work_on_the_demo_library(client, demo_library):
    policies = soup(client.get("/guidance/?topic=policies")).select(".chapter-list__title")
    everything = soup(client.get("/guidance/")).select(".chapter-list__title")

    assert 0 < len(policies) < len(everything) == len(guidance_texts.CHAPTERS)
    assert "Lone working" in [link.get_text(strip=True) for link in policies]
