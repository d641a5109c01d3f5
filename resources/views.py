from django.template.response import TemplateResponse

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
