from wagtail import hooks

from groups.models import GroupIndexPage
from portal.demo import ensure_child_page


@hooks.register("register_demo_content")
def add_groups_section(home, stdout):
    _page, created = ensure_child_page(
        home,
        GroupIndexPage(
            title="Support groups",
            slug="groups",
            show_in_menus=True,
            introduction="<p>Groups where people with shared experience meet to support each other. Where a "
            "group meets is shared only with the people who have joined it.</p>",
        ),
    )
    if created:
        stdout.write("Section created: /groups/")
