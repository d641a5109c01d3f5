"""Every URL the site answers, found from the URL configuration and the page tree, with real arguments filled in."""

import re
from dataclasses import dataclass

from django.db.models import Model
from django.urls import resolve
from django.urls.resolvers import RegexPattern
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from tests.security.urlconf import url_patterns
from tests.security.world import live_pages

CATCH_ALL = "^((?:[\\w\\-]+/)*)$"  # Wagtail's page-serving pattern: covered page by page from the page tree
WRONG_ID = 987654


@dataclass(frozen=True)
class Target:
    key: str  # what the declarations are keyed by: the route string, or "PageType route-name" for page routes
    url: str


def pattern_routes():
    return [leaf.route for leaf in url_patterns() if leaf.route != CATCH_ALL]


def _fill_route(text, value_for):
    return re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: str(value_for(m.group(2), m.group(1) or "str")), text)


def _fill_regex(text, value_for, positional):
    text = text.lstrip("^").rstrip("$")
    text = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: str(value_for(m.group(1), "regex")), text)
    values = iter(positional)
    text = re.sub(r"\([^)]*\)", lambda m: str(next(values)), text)
    text = text.replace(".*", "anything").replace("\\.", ".")
    return text


def build_url(chain, value_for, positional=()):
    parts = []
    for pattern in chain:
        if isinstance(pattern, RegexPattern):
            parts.append(_fill_regex(str(pattern), value_for, positional))
        else:
            parts.append(_fill_route(str(pattern), value_for))
    return "/" + "".join(parts)


def _model_of(url):
    """The model a generic (Wagtail viewset) view works on, so its `pk` can be a real row."""
    try:
        match = resolve(url)
    except Exception:
        return None
    func = match.func
    view_class = getattr(func, "view_class", None)
    model = getattr(func, "view_initkwargs", {}).get("model") or getattr(view_class, "model", None)
    return model if isinstance(model, type) and issubclass(model, Model) else None


def _planted_pk(world, model):
    """The planted private object of this model where there is one (so its marker can leak), else the newest row."""
    for planted in world.planted():
        if isinstance(planted, model):
            return planted.pk
    latest = model._default_manager.order_by("-pk").first()
    return latest.pk if latest is not None else None


def _with_pk(value_for, pk):
    return lambda name, converter: pk if name == "pk" else value_for(name, converter)


def project_targets(world):
    """One request per URL pattern, with real ids where an object fits and a wrong id where none does."""
    page_id = world.group.pk
    values = {
        "group_id": world.group.pk,
        "signature_id": world.signature.pk,
        "pk": WRONG_ID,
        "code": world.certificate.code,
        "key": "wrong-key",
        "uidb36": "wrong",
        "uidb64": "wrong",
        "token": "wrong-token",
        "restriction_id": WRONG_ID,
        "page_view_restriction_id": WRONG_ID,
        "page_id": page_id,
        "parent_page_id": world.group.get_parent().pk,
        "page_to_move_id": page_id,
        "destination_id": world.group.get_parent().pk,
        "page_pk": page_id,
        "image_id": world.image.pk,
        "document_id": world.document.pk,
        "doc_id": world.document.pk,
        "user_id": world.owner.pk,
        "revision_id": world.group.latest_revision_id,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "app_label": "groups",
        "app_name": "groups",
        "content_type_app_name": "groups",
        "model_name": "grouppage",
        "content_type_model_name": "grouppage",
        "filter_spec": "original",
        "action_name": "publish",
        "action": "publish",
        "object_id": str(page_id),
    }
    own_pks = {
        "members/cpd/<int:pk>/edit/": world.record.pk,
        "members/cpd/<int:pk>/delete/": world.record.pk,
        "members/cpd/evidence/<int:pk>/": world.evidence.pk,
        "volunteer/applications/<int:pk>/": world.application.pk,
        "volunteer/applications/<int:pk>/withdraw/": world.application.pk,
    }
    positional = {"documents/^(\\d+)/(.*)$": (world.document.pk, world.document.filename)}
    route_values = {
        "documents/<int:document_id>/as/<str:file_name>": {
            "document_id": world.template.pk,
            "file_name": "leaflet-template.docx",
        },
    }
    targets = []
    for leaf in url_patterns():
        route, chain = leaf.route, leaf.chain
        if route == CATCH_ALL:
            continue

        def value_for(name, converter, route=route):
            if name in route_values.get(route, {}):
                return route_values[route][name]
            if name == "pk" and route in own_pks:
                return own_pks[route]
            if name in values:
                return values[name]
            return WRONG_ID if converter == "int" else "wrong"

        url = build_url(chain, value_for, positional.get(route, ("wrong", "wrong")))
        if "<pk>" in route or ":pk>" in route:
            model = _model_of(url)
            if model is not None and route not in own_pks:
                pk = _planted_pk(world, model)
                if pk is not None:
                    url = build_url(chain, _with_pk(value_for, pk))
        targets.append(Target(route, url))
    return targets


def page_route_keys():
    """Every page type's declaration keys, live pages or not: "<PageType> page" and "<PageType> <sub-route>"."""
    keys = []
    for model in get_page_models():
        if model is Page:
            continue
        keys.append(f"{model.__name__} page")
        if issubclass(model, RoutablePageMixin):
            keys += [f"{model.__name__} {_route_name(p)}" for p in model.get_subpage_urls() if str(p.pattern)]
    return keys


def _route_name(pattern):
    return pattern.name or str(pattern.pattern)


def page_targets(world):
    """Every live page, and every sub-route of every routable page, with real arguments."""
    arguments = {"membership_id": world.pending_membership.pk, "number": 1, "attempt_id": world.attempt.pk}
    targets = []
    for page in live_pages():
        kind = type(page).__name__
        # The facilitator identity facilitates one group: its routes there are declared apart from every other group.
        own = " (facilitator's own group)" if page.pk == world.other_group.pk else ""
        targets.append(Target(f"{kind} page{own}", page.url))
        if not isinstance(page, RoutablePageMixin):
            continue
        for pattern in page.get_subpage_urls():
            if str(pattern.pattern) == "":
                continue  # the page itself, requested above
            name = _route_name(pattern)
            suffix = _fill_route(str(pattern.pattern), lambda name, converter: arguments.get(name, WRONG_ID))
            targets.append(Target(f"{kind} {name}{own}", page.url + suffix))
    return targets
