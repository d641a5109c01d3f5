"""What the base layout says about a page to search engines and browsers."""

import html

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page

from home.models import DEFAULT_SITE_DESCRIPTION, SiteSettings

register = template.Library()

# Where a page type keeps the sentence or two that says what it is, in order of preference. The first is Wagtail's
# own "search description"; the others are the summary or introduction each page type already has.
DESCRIPTION_FIELDS = ("search_description", "summary", "introduction", "description", "body")
DESCRIPTION_LENGTH = 160


def plain_text(value):
    """Rich text or plain text as one line of words; anything else (a StreamField) as nothing."""
    if not isinstance(value, str):
        return ""
    return " ".join(html.unescape(strip_tags(value)).split())


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The page's search description, else its summary or introduction, else the site's description.

    Views that are not Wagtail pages (the members' area, accounts) get the site's description: neutral words that
    say nothing about the person or what they are doing.
    """
    page = context.get("page")
    if isinstance(page, Page):  # some views call a page of a paginated list "page"
        for name in DESCRIPTION_FIELDS:
            text = plain_text(getattr(page, name, ""))
            if text:
                return Truncator(text).chars(DESCRIPTION_LENGTH)
    request = context.get("request")
    if request is None:  # error pages are drawn without a request, and without the database when it is down
        return DEFAULT_SITE_DESCRIPTION
    return SiteSettings.for_request(request).description or DEFAULT_SITE_DESCRIPTION
