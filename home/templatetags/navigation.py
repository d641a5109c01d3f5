from django import template
from wagtail.models import Site

from home.models import StandardPage
from portal.roles import MEMBERS, TRAINEES

register = template.Library()


def _home_page(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The sections marked "show in menus", plus the account links that fit who is signed in."""
    request = context.get("request")
    home = _home_page(request) if request else None
    sections = list(home.get_children().live().public().in_menu().specific()) if home else []
    user = getattr(request, "user", None)
    current_path = request.path if request else ""
    signed_in = bool(user and user.is_authenticated)
    return {
        "sections": [(section, current_path.startswith(section.url)) for section in sections],
        "signed_in": signed_in,
        "in_training": signed_in and user.groups.filter(name__in=[TRAINEES, MEMBERS]).exists(),
        "current_path": current_path,
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def footer_links(context):
    """Plain information pages (about, privacy, accessibility) that sit directly under home."""
    request = context.get("request")
    home = _home_page(request) if request else None
    pages = StandardPage.objects.child_of(home).live().public() if home else []
    return {"pages": pages}
