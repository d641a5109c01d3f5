"""A ceiling on request bodies, enforced before a view (or anything else) reads them.

Uploads are otherwise received in full and spooled to disk before any form can say "too big". The proxy in front
refuses larger bodies too (README, deployment); this guard keeps the portal safe without it.
"""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string


class RequestBodyTooLarge(Exception):
    pass


def max_request_body_bytes() -> int:
    return settings.MAX_REQUEST_BODY_BYTES


class BodySizeLimitUploadHandler(FileUploadHandler):
    """Counts uploaded bytes as they stream in and stops at the ceiling, whatever Content-Length claimed."""

    def __init__(self, request=None):
        super().__init__(request)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > max_request_body_bytes():
            raise RequestBodyTooLarge
        return raw_data

    def file_complete(self, file_size):
        return None


class RequestBodyLimitMiddleware:
    """413 for a body over MAX_REQUEST_BODY_BYTES: by Content-Length before reading, else while reading uploads."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _declared_length(request) > max_request_body_bytes():
            return _too_large()
        if request.method == "POST" and request.content_type == "multipart/form-data":
            request.upload_handlers.insert(0, BodySizeLimitUploadHandler(request))
            try:
                _ = request.FILES  # parsed here, under the guard, rather than wherever a view first asks
            except RequestBodyTooLarge:
                return _too_large()
        return self.get_response(request)


def _declared_length(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0  # no usable length: the upload handler counts instead


def _too_large():
    html = render_to_string(
        "413.html",
        {"limit": filesizeformat(max_request_body_bytes()), "quick_exit_url": settings.QUICK_EXIT_URL},
    )
    return HttpResponse(html, status=413)
