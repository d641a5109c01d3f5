"""Site search: public, live pages only, each result with its section and a highlighted extract."""

import re

from django.core.paginator import Paginator
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
SNIPPET_LENGTH = 220
SNIPPET_LEAD = 60
SECTION_DEPTH = 3  # root (1) > home (2) > section (3)


def query_terms(query):
    """The words of a query worth highlighting, longest first so "lone working" marks before "lone"."""
    words = {word for word in re.findall(r"\w[\w'’-]*", query.lower()) if len(word) > 1}
    return sorted(words, key=len, reverse=True)


def _terms_pattern(terms):
    # A term matches at the start of a word, so "work" marks "working" as full-text search would find it.
    return re.compile(r"\b(" + "|".join(re.escape(term) for term in terms) + r")\w*", re.IGNORECASE)


def highlighted_snippet(text, query, length=SNIPPET_LENGTH):
    """A short, HTML-safe extract of `text` around the first match of `query`, with every match wrapped in <mark>.

    The text is escaped piece by piece, so neither the page's text nor the query can inject markup.
    """
    text = " ".join(text.split())
    terms = query_terms(query)
    if not text:
        return ""
    if not terms:
        return escape(_trim(text, 0, length))
    pattern = _terms_pattern(terms)
    phrase = " ".join(query.split()).lower()
    start = text.lower().find(phrase) if len(phrase) > 1 else -1
    if start < 0:
        first = pattern.search(text)
        start = first.start() if first else 0
    window_start = max(0, start - SNIPPET_LEAD)
    if window_start:
        space = text.find(" ", window_start)
        window_start = space + 1 if 0 <= space < start else window_start
    return highlight(_trim(text, window_start, length), query)


def highlight(text, query):
    """`text`, HTML-escaped, with every word of `query` wrapped in <mark>."""
    terms = query_terms(query)
    if not terms:
        return escape(text)
    pieces = []
    position = 0
    for match in _terms_pattern(terms).finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 -- every piece above is escaped


def _trim(text, start, length):
    end = start + length
    excerpt = text[start:end]
    if end < len(text):
        cut = excerpt.rfind(" ")
        excerpt = (excerpt[:cut] if cut > length // 2 else excerpt) + "…"
    if start > 0:
        excerpt = "…" + excerpt
    return excerpt


def searchable_text(page):
    """The words a reader sees on a page, as plain text: summary or introduction first, then the body."""
    parts = []
    for name in ("summary", "introduction", "search_description"):
        value = getattr(page, name, "")
        if value:
            parts.append(strip_tags(str(value)))
    body = getattr(page, "body", None)
    if body is not None:
        if hasattr(body, "stream_block"):
            for block in body:
                parts.extend(str(piece) for piece in block.block.get_searchable_content(block.value))
        else:
            parts.append(strip_tags(str(body)))
    return " ".join(strip_tags(part) for part in parts)


def _section_titles(pages):
    """Section page path -> title for the sections the given pages sit in, in one query."""
    steplen = Page.steplen
    paths = {page.path[: steplen * SECTION_DEPTH] for page in pages if page.depth >= SECTION_DEPTH}
    return dict(Page.objects.filter(path__in=paths).values_list("path", "title"))


def search_public_pages(query, page_number):
    """(paginator page of results, total count). Each result: page, section title, snippet."""
    # Only words reach the search backend: quotes and operators would be read as full-text query syntax.
    words = " ".join(re.findall(r"\w+", query))
    pages = Page.objects.live().public().exclude(depth__lt=2)
    pages = pages.search(words, operator="and") if words else pages.none()
    paginator = Paginator(pages, RESULTS_PER_PAGE)
    result_page = paginator.get_page(page_number)
    found = list(result_page.object_list)
    specific = Page.objects.filter(pk__in=[page.pk for page in found]).specific().in_bulk()
    sections = _section_titles(found)
    steplen = Page.steplen
    result_page.object_list = [
        {
            "page": specific.get(page.pk, page),
            "section": sections.get(page.path[: steplen * SECTION_DEPTH]) if page.depth > SECTION_DEPTH else None,
            "title": highlight(page.title, query),
            "snippet": highlighted_snippet(searchable_text(specific.get(page.pk, page)), query),
        }
        for page in found
    ]
    return result_page, paginator.count
