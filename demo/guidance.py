"""Demo content for the guidance library: chapters, topics, audiences and downloadable templates.

The texts themselves live in `demo.guidance_texts` (pure data); this module turns them into published pages,
snippets and Wagtail documents, creating only what is missing so it can run any number of times.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection

from demo import guidance_texts
from demo.pages import ensure_child_page
from portal.confidentiality import disclosing_terms_found
from resources.models import Audience, GuidanceChapterPage, GuidanceIndexPage, RelatedChapter, Topic

TEMPLATES_COLLECTION = "Templates"
REVIEW_INTERVAL = datetime.timedelta(days=365)


def add_guidance_library(home, stdout):
    index, created = ensure_child_page(
        home,
        GuidanceIndexPage(
            title="Guidance",
            slug="guidance",
            show_in_menus=True,
            introduction="<p>What peer support is, why it matters, and a practical toolkit for starting and "
            "running a peer-support project.</p>",
        ),
    )
    if created:
        stdout.write("Section created: /guidance/")
    publish_library(
        index,
        topics=guidance_texts.TOPICS,
        audiences=guidance_texts.AUDIENCES,
        templates=guidance_texts.TEMPLATES,
        chapters=guidance_texts.CHAPTERS,
        stdout=stdout,
    )


def publish_library(index, *, topics, audiences, templates, chapters, stdout):
    """Publish every chapter missing under `index`, with its filters, related chapters and downloads."""
    topics_by_slug = _ensure_tags(Topic, topics)
    audiences_by_slug = _ensure_tags(Audience, audiences)
    documents = ensure_template_documents(templates, stdout)

    existing = {page.slug: page for page in GuidanceChapterPage.objects.child_of(index)}
    new_pages = []
    for chapter in chapters:
        if chapter["slug"] in existing:
            continue
        page = GuidanceChapterPage(
            title=chapter["title"],
            slug=chapter["slug"],
            summary=chapter["summary"],
            body=stream_data(chapter["body"], documents),
            last_reviewed=timezone.localdate(),
            review_by=timezone.localdate() + REVIEW_INTERVAL,
            live=False,
        )
        page.topics = [topics_by_slug[slug] for slug in chapter.get("topics", [])]
        page.audiences = [audiences_by_slug[slug] for slug in chapter.get("audiences", [])]
        index.add_child(instance=page)
        existing[page.slug] = page
        new_pages.append((page, chapter))

    for page, chapter in new_pages:
        page.related_chapters = [
            RelatedChapter(chapter=existing[slug]) for slug in chapter.get("related", []) if slug in existing
        ]
        page.save_revision().publish()
    if new_pages:
        stdout.write(f"Guidance chapters published: {len(new_pages)}")


def _ensure_tags(model, pairs):
    tags = {}
    for slug, name in pairs:
        tags[slug], _created = model.objects.get_or_create(slug=slug, defaults={"name": name})
    return tags


def ensure_template_documents(templates, stdout):
    """slug -> Wagtail document in the "Templates" collection, uploading the ones that are missing."""
    Document = get_document_model()
    collection = Collection.objects.filter(name=TEMPLATES_COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=TEMPLATES_COLLECTION)
    documents = {}
    for template in templates:
        # Downloaded file names end up in Downloads folders and browser histories (confidentiality rule 1).
        if disclosing_terms_found(template["filename"]):
            raise ValueError(f"Template file name {template['filename']!r} contains a disclosing term.")
        document = Document.objects.filter(collection=collection, title=template["title"]).first()
        if document is None:
            document = Document(title=template["title"], collection=collection)
            document.file.save(template["filename"], ContentFile(template["content"].encode("utf-8")), save=False)
            document._set_document_file_metadata()
            document.save()
            stdout.write(f"Template uploaded: {template['title']}")
        documents[template["slug"]] = document
    return documents


def stream_data(blocks, documents):
    """The schema's (block_type, value) pairs as StreamField data; download blocks name a template by its slug."""
    data = []
    for block_type, value in blocks:
        if block_type == "download":
            value = documents[value["template"]].pk
        elif block_type == "contact":
            value = {key: value.get(key, "") for key in ("name", "description", "phone", "email", "website", "hours")}
        data.append({"type": block_type, "value": value})
    return data
