from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
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


def server_error(request):
    """The 500 page, rendered without context processors: the database may be the thing that failed."""
    html = render_to_string("500.html", {"quick_exit_url": settings.QUICK_EXIT_URL})
    return HttpResponseServerError(html)


def sign_in_through_allauth(request, default_next=None):
    """Other sign-in forms (Wagtail's) would skip verification, rate limits and 2FA: send people to allauth's."""
    next_url = request.GET.get(REDIRECT_FIELD_NAME) or default_next
    safe = next_url and url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure())
    if not safe:
        return redirect(settings.LOGIN_URL)
    return redirect_to_login(next_url)
