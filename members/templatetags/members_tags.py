from django import template
from django.template.loader import render_to_string
from django.utils.text import slugify

register = template.Library()


@register.simple_tag(takes_context=True)
def render_dashboard_panel(context, panel):
    """A panel's own template, given only the panel's context (and the request), so panels cannot clash, inside the
    titled section every panel shares."""
    request = context.get("request")
    body = render_to_string(panel.template_name, {**panel.context, "panel": panel}, request=request)
    return render_to_string(
        "members/includes/dashboard_panel.html",
        {"panel": panel, "panel_id": slugify(panel.title), "body": body},
        request=request,
    )


@register.filter
def hours(value):
    """1.50 -> "1.5", 2.00 -> "2": hours as people write them."""
    if value is None:
        return "0"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"
