from django import template

from portal.confidentiality import configured_disclosing_terms
from resources.template_formats import is_template, template_downloads

register = template.Library()


@register.simple_tag(takes_context=True)
def template_formats_of(context, document):
    """The Word, OpenDocument and PDF downloads of a fill-in template; empty for any other document."""
    if document is None or not is_template(document):
        return []
    request = context.get("request")
    # The terms are read once per page, however many templates it offers.
    terms = getattr(request, "_disclosing_terms", None)
    if terms is None:
        terms = configured_disclosing_terms()
        if request is not None:
            request._disclosing_terms = terms
    return template_downloads(document, terms)
