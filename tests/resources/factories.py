"""Factories for the guidance library: the /guidance/ index and its chapters."""

import factory

from resources.models import GuidanceChapterPage, GuidanceIndexPage
from tests.page_factories import PublishedPageFactory


class GuidanceIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = GuidanceIndexPage

    title = "Guidance"
    slug = "guidance"
    show_in_menus = True


class GuidanceChapterPageFactory(PublishedPageFactory):
    """A chapter with a summary; give it `parent=` (the guidance index). Saved as a revision, then published
    unless `publish=False` (a draft that was never live). `body`, `topics`, `audiences` and `related_chapters`
    are passed as the page takes them."""

    class Meta:
        model = GuidanceChapterPage

    title = "Supervision"
    slug = factory.LazyAttribute(lambda chapter: chapter.title.lower().replace(" ", "-"))
    summary = factory.LazyAttribute(lambda chapter: f"What to know about {chapter.title.lower()}.")
    live = False

    @factory.post_generation
    def publish(self, create, extracted, **kwargs):
        if not create:
            return
        revision = self.save_revision()
        if extracted is not False:
            revision.publish()
            self.refresh_from_db()
