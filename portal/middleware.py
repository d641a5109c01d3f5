from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control

from portal.responses import private
from portal.roles import holds_staff_powers, passed_second_factor, second_factor_pending


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
            private(response)
        elif getattr(request, "user", None) is not None and request.user.is_authenticated:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response


class StaffMustPassSecondFactorMiddleware:
    """Staff powers need two-factor authentication set up and passed in this session, wherever they are used.

    Until then the user is marked "second factor pending", which makes every role and permission check say no, so no
    view has to ask. Wagtail admin, and any page that then refuses them, sends them to set up an authenticator or to
    enter a code. Public pages, sign-out and the account and 2FA pages stay reachable.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if not holds_staff_powers(user) or passed_second_factor(request):
            return self.get_response(request)
        user.second_factor_pending = True
        if request.path.startswith("/admin/"):
            return self.second_factor_page(request)
        response = self.get_response(request)
        if response.status_code == 403:
            return self.second_factor_page(request)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, PermissionDenied) and second_factor_pending(request.user):
            return self.second_factor_page(request)
        return None

    def second_factor_page(self, request):
        if is_mfa_enabled(request.user):
            messages.info(request, "Enter a code from your authenticator app to continue.")
            page = "mfa_reauthenticate"
        else:
            messages.info(
                request, "Staff accounts need two-factor authentication. Set up an authenticator app to continue."
            )
            page = "mfa_activate_totp"
        return redirect_to_login(request.get_full_path(), login_url=reverse(page))
