from wagtail import hooks

from portal.demo import ensure_child_page
from resources.models import GuidanceIndexPage


@hooks.register("register_demo_content")
def add_guidance_section(home, stdout):
    _page, created = ensure_child_page(
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
