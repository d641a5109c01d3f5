from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.http import content_disposition_header
from wagtail import hooks
from wagtail.documents import get_document_model

from resources import template_formats
from resources.search import MAX_QUERY_LENGTH, search_public_pages


def search(request):
    """/search/?q=: public, live pages only, so nothing private or unpublished is ever named in the results."""
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results, total = (None, 0)
    if query:
        results, total = search_public_pages(query, request.GET.get("page"))
    return TemplateResponse(
        request,
        "resources/search.html",
        # Result pages are not worth a search engine's time, and a query can say more than the person meant.
        {"query": query, "results": results, "total": total, "noindex": True},
    )


def template_download(request, document_id, file_name):
    """/documents/<id>/as/<name>.<docx|odt|pdf>: a fill-in template written in the format the name asks for."""
    document = get_object_or_404(get_document_model(), pk=document_id)
    _stem, _dot, extension = file_name.rpartition(".")
    if not template_formats.is_template(document) or extension not in template_formats.FORMATS:
        raise Http404("No such template file.")
    if file_name != template_formats.download_file_name(document, extension):
        raise Http404("This file name does not match the template.")
    # The same privacy rules as the document itself (Wagtail's collection view restrictions and any other hook).
    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(document, request)
        if isinstance(result, HttpResponse):
            return result
    try:
        content = template_formats.rendered_template(document, extension)
    except FileNotFoundError:
        raise Http404("This template's file is missing.") from None
    response = HttpResponse(content, content_type=template_formats.FORMATS[extension].content_type)
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=file_name)
    return response
