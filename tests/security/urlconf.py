"""One walk of Django's URL configuration, shared by the security gates that must find every address it serves."""

from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver


@dataclass(frozen=True)
class Leaf:
    """One URL pattern that answers requests, with what led to it through the includes."""

    route: str  # every pattern string on the way joined, as written: "admin/pages/<int:page_id>/edit/"
    chain: tuple  # the pattern objects on the way, outermost include first and this pattern's own last
    name: str | None  # the pattern's name with the namespaces of its includes: "wagtailadmin_pages:edit"
    callback: object  # the view function Django calls

    @property
    def view_class(self):
        """The class a class-based view was made from, or None for a function view."""
        return getattr(self.callback, "view_class", None)


def url_patterns():
    """Every leaf of the project's URL configuration, in the order Django tries them, walking includes recursively."""
    return _walk(get_resolver(), (), None)


def _walk(resolver, chain, namespace):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from _walk(entry, (*chain, entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            full_chain = (*chain, entry.pattern)
            yield Leaf(
                route="".join(str(pattern) for pattern in full_chain),
                chain=full_chain,
                name=entry.name and (f"{namespace}:{entry.name}" if namespace else entry.name),
                callback=entry.callback,
            )
