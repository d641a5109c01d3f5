"""Small builders for guidance tests: a guidance section, chapters made of blocks, documents, topics."""

import datetime

from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Site

from resources.models import Audience, GuidanceIndexPage, RelatedChapter, Topic
from tests.resources.factories import GuidanceChapterPageFactory, GuidanceIndexPageFactory


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


def guidance_index():
    """/guidance/, published, as a fresh install's demo content makes it (without the chapters)."""
    home = home_page()
    existing = GuidanceIndexPage.objects.child_of(home).first()
    if existing:
        return existing
    return GuidanceIndexPageFactory(parent=home)


def topic(slug, name=None):
    return Topic.objects.get_or_create(slug=slug, defaults={"name": name or slug.replace("-", " ").capitalize()})[0]


def audience(slug, name=None):
    return Audience.objects.get_or_create(slug=slug, defaults={"name": name or slug.capitalize()})[0]


def make_document(title="Role description template", filename="role-description.md", content="# Role\n\nText.\n"):
    document = get_document_model()(title=title)
    document.file.save(filename, ContentFile(content.encode()), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def make_chapter(
    title,
    *,
    index=None,
    summary=None,
    body=(),
    topics=(),
    audiences=(),
    related=(),
    publish=True,
    slug=None,
    **fields,
):
    """A chapter under /guidance/. `body` is StreamField data: [{"type": ..., "value": ...}] or (type, value) pairs."""
    return GuidanceChapterPageFactory(
        parent=index or guidance_index(),
        title=title,
        slug=slug or title.lower().replace(" ", "-"),
        summary=summary or f"What to know about {title.lower()}.",
        body=[item if isinstance(item, dict) else {"type": item[0], "value": item[1]} for item in body],
        topics=[topic(slug) for slug in topics],
        audiences=[audience(slug) for slug in audiences],
        related_chapters=[RelatedChapter(chapter=other) for other in related],
        publish=publish,
        **fields,
    )


def rich_chapter_body(document):
    """One of every block type, as an editor might build a chapter."""
    return [
        ("heading", "Before you start"),
        ("text", "<p>Peer support works best when everyone knows the <strong>boundaries</strong>.</p>"),
        ("checklist", {"title": "Have you", "items": ["Written a role description", "Planned supervision"]}),
        ("questions", {"title": "Questions to ask yourself", "items": ["Who will you support?", "Where?"]}),
        ("tip", {"title": "Good practice", "text": "<p>Keep the plan simple.</p>"}),
        ("quote", {"text": "It helped me feel less alone.", "attribution": "Peer Mentor"}),
        ("heading", "Before you start"),
        ("case_study", {"title": "A drop-in group", "text": "<p>Two facilitators shared the work.</p>"}),
        ("key_figure", {"figure": "90%", "label": "improved their understanding", "source": "Annual survey"}),
        ("download", document.pk),
        (
            "contact",
            {
                "name": "Samaritans",
                "description": "Someone to talk to.",
                "phone": "116 123",
                "email": "",
                "website": "https://www.samaritans.org",
                "hours": "Any time, day or night",
            },
        ),
    ]


def days_ago(days):
    return datetime.date.today() - datetime.timedelta(days=days)
