"""Refuse requests the database cannot store, before any view sees them, with a page that says what to do."""

from django.shortcuts import render

NUL = "\x00"

NUL_IN_FORM = (
    "Something you typed contains a hidden “null” character, which can come along when text is copied from another "
    "program. Nothing was saved. Go back, delete and retype the text you pasted, then send the form again."
)
NUL_IN_ADDRESS = (
    "The web address contains a hidden “null” character, so the page cannot be shown. If you typed or pasted the "
    "address, check it and try again; if you followed a link, go to the home page and find the page from there."
)


def _has_nul(query_dict):
    return any(NUL in key or any(NUL in value for value in values) for key, values in query_dict.lists())


class RejectNulCharactersMiddleware:
    """A NUL character in the address or a form makes PostgreSQL refuse the query, which would be a 500 page.

    One check here covers every view, form and Wagtail page instead of a validator on each field.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path or _has_nul(request.GET):
            return self._refuse(request, NUL_IN_ADDRESS)
        if request.method == "POST" and _has_nul(request.POST):
            return self._refuse(request, NUL_IN_FORM)
        return self.get_response(request)

    def _refuse(self, request, message):
        return render(request, "400.html", {"message": message}, status=400)
