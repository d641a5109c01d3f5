"""The shared test state (tests/snapshot.py): a restored snapshot is the site `load_demo_site()` builds, searchable,
with room for new rows, and a test that does not ask for it still gets a fresh install."""

import pytest
from wagtail.models import Page

from resources.models import GuidanceChapterPage
from tests.factories import make_user


@pytest.mark.django_db
def test_a_test_that_does_not_ask_for_the_demo_site_gets_a_fresh_install():
    assert list(Page.objects.filter(depth__gt=2).values_list("slug", flat=True)) == []
    assert not GuidanceChapterPage.objects.exists()


def test_the_restored_demo_site_has_every_section_and_is_searchable(client, demo_site):
    sections = set(Page.objects.filter(depth=3).values_list("slug", flat=True))

    assert {"guidance", "groups", "volunteer", "training"} <= sections
    assert GuidanceChapterPage.objects.live().count() > 5
    # The search index came back with the pages (on SQLite a full-text table Django does not manage).
    chapter = GuidanceChapterPage.objects.live().order_by("path").first()
    response = client.get("/search/", {"q": chapter.title})
    assert chapter.title in response.content.decode()


def test_rows_added_after_a_restore_get_ids_no_restored_row_has(demo_site):
    highest_page = Page.objects.order_by("-id").first().id

    user = make_user("new-person@example.org")
    page = Page.objects.get(depth=2).add_child(instance=Page(title="Added after the restore", slug="added"))

    assert page.id > highest_page
    assert user.pk is not None
