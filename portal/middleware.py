from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers, patch_cache_control

from portal.roles import can_use_admin


class PermissionsPolicyMiddleware:
    """Tell browsers the portal never uses the camera, microphone, location or payments."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class PrivatePagesMiddleware:
    """Pages with personal data are never stored by browsers or proxies, and never indexed (confidentiality rule 3).

    That covers the private sections by path, and any page shown to a signed-in person, which may carry their name.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(settings.PRIVATE_PATH_PREFIXES):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
            response["X-Robots-Tag"] = "noindex, nofollow"
        elif getattr(request, "user", None) is not None and request.user.is_authenticated:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response


class StaffMustUseMFAMiddleware:
    """Anyone who can open Wagtail admin must have two-factor authentication set up before they use it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and can_use_admin(request.user) and not is_mfa_enabled(request.user):
            messages.info(
                request,
                "Staff accounts need two-factor authentication. Set up an authenticator app to continue to the admin.",
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
