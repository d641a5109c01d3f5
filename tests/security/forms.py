"""Find every form the portal shows by rendering its pages, and read each form's fields from the HTML.

The fuzzing gate uses this so that a new form is covered the day it appears: nothing here lists forms by hand.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

# Wagtail's own admin screens and file downloads are not the portal's forms; sign-out would end the crawl's session.
NOT_CRAWLED = re.compile(
    r"^/(admin|documents|static|media|django-admin)/|/logout/|\.(csv|pdf|ics|zip|xml|txt)$|/download/|/export"
)


@dataclass
class FormField:
    name: str
    kind: str  # an <input> type, "select", "textarea" or "submit"
    value: str = ""
    options: list[str] = field(default_factory=list)
    required: bool = False
    multiple: bool = False


@dataclass
class Form:
    page: str  # where it was shown
    action: str  # the path it sends to
    method: str
    multipart: bool
    fields: dict[str, FormField] = field(default_factory=dict)

    @property
    def has_files(self):
        return any(f.kind == "file" for f in self.fields.values())

    def key(self):
        return (self.method, shape(self.action), tuple(sorted(self.fields)))


class _FormParser(HTMLParser):
    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.forms: list[Form] = []
        self.links: list[str] = []
        self._form: Form | None = None
        self._select: FormField | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            action = urlsplit(urljoin(self.page, attrs.get("action") or self.page))
            self._form = Form(
                page=self.page,
                action=action.path,
                method=(attrs.get("method") or "get").lower(),
                multipart="multipart" in (attrs.get("enctype") or ""),
            )
            self.forms.append(self._form)
        elif self._form is None or not attrs.get("name"):
            return
        elif tag in ("input", "button"):
            kind = (attrs.get("type") or ("submit" if tag == "button" else "text")).lower()
            if kind in ("reset", "image"):
                return
            existing = self._form.fields.get(attrs["name"])
            if existing and kind in ("radio", "checkbox", "submit"):
                existing.options.append(attrs.get("value") or "on")
                existing.multiple = kind == "checkbox"
                return
            self._form.fields[attrs["name"]] = FormField(
                name=attrs["name"],
                kind=kind,
                value=attrs.get("value") or "",
                options=[attrs.get("value") or "on"] if kind in ("radio", "checkbox", "submit") else [],
                required="required" in attrs,
            )
        elif tag == "textarea":
            self._form.fields[attrs["name"]] = FormField(attrs["name"], "textarea", required="required" in attrs)
        elif tag == "select":
            self._select = FormField(
                attrs["name"], "select", required="required" in attrs, multiple="multiple" in attrs
            )
            self._form.fields[attrs["name"]] = self._select
        elif tag == "option" and self._select is not None:
            self._select.options.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def parse(page, html):
    """The forms and the same-site links on one rendered page."""
    parser = _FormParser(page)
    parser.feed(html)
    links = []
    for href in parser.links:
        target = urlsplit(urljoin(page, href))
        if target.scheme in ("", "http", "https") and target.netloc in ("", "testserver"):
            links.append(target.path)
    return parser.forms, links


def shape(path):
    """A path with its numbers blanked: /members/cpd/7/edit/ and /members/cpd/9/edit/ are one kind of page."""
    return re.sub(r"/\d+(?=/)", "/<n>", path)


def url_patterns_without_arguments(resolver=None, prefix=""):
    """Every path the URL configuration serves that needs no argument (the others are reached through links)."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern).lstrip("^").rstrip("$")
        if "<" in route or "(" in route or "\\" in route:
            continue
        if isinstance(entry, URLResolver):
            yield from url_patterns_without_arguments(entry, route)
        elif isinstance(entry, URLPattern):
            yield "/" + route


def url_patterns_with_arguments(resolver=None, prefix=""):
    """Every route outside the admin that takes a value from the path, as written: /training/verify/<str:code>/."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern).lstrip("^").rstrip("$").replace("\\.", ".")
        if NOT_CRAWLED.search("/" + route):
            continue
        if isinstance(entry, URLResolver):
            yield from url_patterns_with_arguments(entry, route)
        elif isinstance(entry, URLPattern) and "<" in route:
            yield "/" + route


def path_with(route, value):
    """A route with every argument (path converter or named regex group) replaced by one percent-encoded value."""
    return re.sub(r"\(\?P<\w+>[^)]*\)|<[^>]+>", lambda _: value, route)


def page_routes():
    """One live page of every page type, and each argument-free route beneath a routable page."""
    seen, paths = set(), []
    for page in Page.objects.live().specific().order_by("path"):
        if type(page) in seen or not page.url:
            continue
        seen.add(type(page))
        paths.append(page.url)
        if isinstance(page, RoutablePageMixin):
            for pattern in page.get_resolver().url_patterns:
                route = str(pattern.pattern)
                if route and "<" not in route:
                    paths.append(page.url + route)
    return paths


def page_type_shapes():
    """Map each live page's URL to its page type, so the crawl visits one page of each type (and its routes)."""
    return {page.url: type(page).__name__ for page in Page.objects.live().specific() if page.url}


def discover(client, seeds, page_types, limit=120, within=("/",)):
    """Render pages from the seeds, following links, and return every form found (one per kind) and the pages seen.

    Only paths under `within` are followed. Pages of a type already seen (a second guidance chapter, a second group)
    and numbered paths of a shape already seen are skipped, so the crawl stays small yet reaches each kind of form.
    """
    forms, pages, queue, shapes_seen = {}, [], list(seeds), set()
    types_seen = {}
    while queue and len(pages) < limit:
        path = queue.pop(0)
        if NOT_CRAWLED.search(path) or not path.startswith(within):
            continue
        key = _type_shape(path, page_types, types_seen)
        if key in shapes_seen:
            continue
        shapes_seen.add(key)
        response = client.get(path)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        pages.append(path)
        found, links = parse(path, response.content.decode())
        for form in found:
            forms.setdefault(form.key(), form)
        queue.extend(link for link in links if link not in queue)
    return list(forms.values()), pages


def _type_shape(path, page_types, types_seen):
    base = max((url for url in page_types if path.startswith(url)), key=len, default=None)
    if base is None or base == "/":
        return shape(path)
    page_type = page_types[base]
    representative = types_seen.setdefault(page_type, base)
    return shape(representative + path[len(base) :]) if representative != base else shape(path)
