"""The building blocks of a guidance chapter. Block names are a contract with the demo texts
(demo/guidance_texts/) and the importer (resources/importer.py)."""

from collections import Counter

from django.utils.text import slugify
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


def landmark_labels(body):
    """Block id -> the name of each box that is a landmark, unique within the page.

    Screen-reader users jump between landmarks by name, so two boxes called "Questions to ask yourself" must differ:
    a repeated name takes the heading of its section ("…: Who is it for?"), then a number if still repeated.
    """
    named, heading = [], None
    for block in body:
        if block.block_type == "heading":
            heading = block.value
        elif hasattr(block.block, "landmark_label") and (label := block.block.landmark_label(block.value)):
            named.append((block.id, label, heading))
    repeated = Counter(label for _, label, _ in named)
    labels, taken = {}, Counter()
    for block_id, label, section in named:
        if repeated[label] > 1 and section:
            label = f"{label}: {section}"
        taken[label] += 1
        labels[block_id] = label if taken[label] == 1 else f"{label} ({taken[label]})"
    return labels


def heading_anchor(text):
    """The id a heading gets on the page: readable, and the same every time the chapter is shown."""
    return slugify(text) or "section"


class HeadingBlock(blocks.CharBlock):
    """A section heading (h2). The chapter's table of contents is built from these."""

    def __init__(self, **kwargs):
        super().__init__(max_length=120, **kwargs)

    class Meta:
        icon = "title"
        template = "resources/blocks/heading.html"
        help_text = "Each heading becomes an entry in the chapter's contents list."


class ListWithTitleBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, required=False)
    items = blocks.ListBlock(blocks.CharBlock(max_length=400), min_num=1)


class ChecklistBlock(ListWithTitleBlock):
    def landmark_label(self, value):
        return value["title"]

    class Meta:
        icon = "tasks"
        template = "resources/blocks/checklist.html"
        label = "Checklist"


class QuestionsBlock(ListWithTitleBlock):
    def landmark_label(self, value):
        return value["title"] or "Questions to ask yourself"

    class Meta:
        icon = "help"
        template = "resources/blocks/questions.html"
        label = "Questions to ask yourself"


class TipBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, required=False, help_text="For example: Good practice")
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    def landmark_label(self, value):
        return value["title"] or "Tip"

    class Meta:
        icon = "pick"
        template = "resources/blocks/tip.html"
        label = "Tip or callout"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=1000)
    attribution = blocks.CharBlock(
        max_length=120, required=False, help_text="A role, never a name: e.g. “Peer Mentor”, “HIV Clinician”."
    )

    class Meta:
        icon = "openquote"
        template = "resources/blocks/quote.html"


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    def landmark_label(self, value):
        return f"Case study: {value['title']}"

    class Meta:
        icon = "user"
        template = "resources/blocks/case_study.html"
        label = "Case study"


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=20, help_text="The number itself: 90%, £5 million, 102,500")
    label = blocks.CharBlock(max_length=200, help_text="What it counts: “improved their understanding of HIV”")
    source = blocks.CharBlock(max_length=200, required=False)

    class Meta:
        icon = "order"
        template = "resources/blocks/key_figure.html"
        label = "Key figure"


class DownloadBlock(DocumentChooserBlock):
    """A template or form readers can download; shown with its file type and size."""

    class Meta:
        icon = "download"
        template = "resources/blocks/download.html"


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120)
    description = blocks.TextBlock(max_length=400, required=False)
    phone = blocks.CharBlock(max_length=40, required=False)
    email = blocks.EmailBlock(required=False)
    website = blocks.URLBlock(required=False)
    hours = blocks.CharBlock(max_length=120, required=False, help_text="For example: Any time, day or night")

    def landmark_label(self, value):
        return f"Contact: {value['name']}"

    class Meta:
        icon = "mail"
        template = "resources/blocks/contact.html"
        label = "Contact or helpline"


class GuidanceStreamBlock(blocks.StreamBlock):
    """Everything a guidance page body may hold. Page types reuse this one block."""

    heading = HeadingBlock()
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, icon="pilcrow", template="resources/blocks/text.html")
    checklist = ChecklistBlock()
    questions = QuestionsBlock()
    tip = TipBlock()
    quote = QuoteBlock()
    case_study = CaseStudyBlock()
    key_figure = KeyFigureBlock()
    download = DownloadBlock()
    contact = ContactBlock()
