import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request):
    """For the load balancer: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {prefix}" for prefix in settings.PRIVATE_PATH_PREFIXES]
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


# How long to tell browsers and load balancers to wait before trying again while the database is unreachable.
DATABASE_OUTAGE_RETRY_AFTER_SECONDS = 30


def server_error(request):
    """The 500 page, rendered without context processors: the database may be the thing that failed.

    Django calls this while the exception is being handled, wherever it was raised (a view, a middleware, session
    or user loading, template rendering): when the database cannot be reached, the answer is 503 with Retry-After,
    so people, proxies and load balancers know to come back rather than that the portal is broken.
    """
    if _database_unreachable(sys.exc_info()[1]):
        return _database_busy()
    return HttpResponseServerError(render_to_string("500.html", {"quick_exit_url": settings.QUICK_EXIT_URL}))


def bad_request(request, exception):
    """Django's 400 page, unless the database failing caused it: a session that could not be saved is then a 503."""
    if _database_unreachable(exception):
        return _database_busy()
    return defaults.bad_request(request, exception)


def _database_busy():
    response = HttpResponse(render_to_string("503.html", {"quick_exit_url": settings.QUICK_EXIT_URL}), status=503)
    response["Retry-After"] = str(DATABASE_OUTAGE_RETRY_AFTER_SECONDS)
    return response


def _database_unreachable(exception) -> bool:
    """Whether the exception, or one it was raised from, is the database failing to answer (not a bad query)."""
    # Django wraps the driver's errors in its own; the driver's are matched too, for any raised outside that wrapper.
    outage_errors = (
        OperationalError,
        InterfaceError,
        connection.Database.OperationalError,
        connection.Database.InterfaceError,
    )
    seen = set()
    while exception is not None and id(exception) not in seen:
        if isinstance(exception, outage_errors):
            return True
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return False
