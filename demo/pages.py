"""Helpers for `load_demo_content` (the steps in demo/site.py use these).

Every helper creates what is missing and leaves what exists alone, so the command can run any number of times.
"""

from wagtail.models import Page, PageViewRestriction


def ensure_child_page(parent: Page, page: Page) -> tuple[Page, bool]:
    """Publish `page` under `parent` unless a page with its slug is already there. Returns (page, created)."""
    existing = parent.get_children().filter(slug=page.slug).specific().first()
    if existing is not None:
        return existing, False
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_group_restriction(page: Page, groups) -> None:
    """Make `page` (and everything below it) visible only to signed-in members of `groups`."""
    restriction = PageViewRestriction.objects.filter(page=page).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(*groups)
