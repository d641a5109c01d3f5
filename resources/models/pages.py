from django import forms
from django.db import models
from django.utils.text import slugify
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.pages import SectionIndexPage
from resources.blocks import GuidanceStreamBlock, heading_anchor, landmark_labels
from resources.filters import ChapterFilterForm


class GuidanceIndexPage(SectionIndexPage):
    """/guidance/: the toolkit and the case for peer support, as an ordered list of chapters."""

    subpage_types = ["resources.GuidanceChapterPage"]

    class Meta:
        verbose_name = "guidance library"

    def chapters(self):
        """Published, public chapters in reading order (the order editors give them in the page tree)."""
        return GuidanceChapterPage.objects.child_of(self).live().public().order_by("path")

    def add_draft_chapter(self, *, title, summary, body):
        """A new, unpublished chapter at the end of the library, for an editor to review (used by the importer)."""
        base_slug = slugify(title)[:60] or "imported-chapter"
        taken = set(Page.objects.child_of(self).values_list("slug", flat=True))
        slug, number = base_slug, 1
        while slug in taken:
            number += 1
            slug = f"{base_slug}-{number}"
        chapter = GuidanceChapterPage(title=title[:255], slug=slug, summary=summary[:200], body=body, live=False)
        self.add_child(instance=chapter)
        chapter.save_revision()
        return chapter

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ChapterFilterForm(request.GET or None)
        chapters = form.filter(self.chapters())
        context.update(filter_form=form, chapters=chapters, is_filtered=form.has_filters())
        return context


class GuidanceChapterPage(Page):
    """One chapter of the guidance library: built from blocks, reviewed on a schedule because health facts date."""

    summary = models.CharField(max_length=200, help_text="One line, shown in the chapter list and in search results.")
    body = StreamField(GuidanceStreamBlock(), blank=True)
    topics = ParentalManyToManyField("resources.Topic", blank=True, related_name="chapters")
    audiences = ParentalManyToManyField("resources.Audience", blank=True, related_name="chapters")
    last_reviewed = models.DateField(null=True, blank=True, help_text="Shown to readers as “Last reviewed”.")
    review_by = models.DateField(
        null=True,
        blank=True,
        help_text="When this chapter must be checked again. Chapters past this date appear in the "
        "“Chapters past their review date” report.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Filters",
        ),
        InlinePanel("related_chapters", heading="Related chapters", label="Related chapter"),
        MultiFieldPanel([FieldPanel("last_reviewed"), FieldPanel("review_by")], heading="Review"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]

    parent_page_types = ["resources.GuidanceIndexPage"]
    subpage_types = []
    template = "resources/guidance_chapter_page.html"

    class Meta:
        verbose_name = "guidance chapter"

    def heading_anchors(self):
        """Block id -> anchor id for every heading, made unique in page order ("supervision", "supervision-2")."""
        anchors, seen = {}, {}
        for block in self.body:
            if block.block_type != "heading":
                continue
            base = heading_anchor(block.value)
            seen[base] = seen.get(base, 0) + 1
            anchors[block.id] = base if seen[base] == 1 else f"{base}-{seen[base]}"
        return anchors

    def table_of_contents(self):
        """(anchor, heading text) for each heading, in order."""
        anchors = self.heading_anchors()
        return [(anchors[block.id], block.value) for block in self.body if block.block_type == "heading"]

    def downloads(self):
        """Every document the chapter offers, once each, in the order they appear."""
        documents = {}
        for block in self.body:
            if block.block_type == "download" and block.value is not None:
                documents.setdefault(block.value.pk, block.value)
        return list(documents.values())

    def sibling_chapters(self):
        return GuidanceChapterPage.objects.sibling_of(self, inclusive=False).live().public()

    def previous_chapter(self):
        return self.sibling_chapters().filter(path__lt=self.path).order_by("-path").first()

    def next_chapter(self):
        return self.sibling_chapters().filter(path__gt=self.path).order_by("path").first()

    def live_related_chapters(self):
        ids = [link.chapter_id for link in self.related_chapters.all()]
        pages = GuidanceChapterPage.objects.filter(pk__in=ids).live().public().in_bulk()
        return [pages[pk] for pk in ids if pk in pages]

    def body_with_anchors(self):
        """(block, anchor, landmark label) for each block: the template gives each heading the id its contents entry
        links to, and each box its unique landmark name."""
        anchors, labels = self.heading_anchors(), landmark_labels(self.body)
        return [(block, anchors.get(block.id), labels.get(block.id)) for block in self.body]


class RelatedChapter(Orderable):
    """A chapter a reader of another chapter may want next."""

    page = ParentalKey(GuidanceChapterPage, on_delete=models.CASCADE, related_name="related_chapters")
    chapter = models.ForeignKey(GuidanceChapterPage, on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("chapter", page_type="resources.GuidanceChapterPage")]
