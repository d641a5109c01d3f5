"""What every app's Wagtail admin screens share: who may open a coordinators' screen, and a menu item shown only to
the people its screen is for."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.menu import MenuItem

from portal.roles import is_coordinator


class CoordinatorsOnlyMixin:
    """For admin views only coordinators (with 2FA passed in the session) may open."""

    def dispatch(self, request, *args, **kwargs):
        if not is_coordinator(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ShownToMenuItem(MenuItem):
    """A menu item shown only to users for whom `shown_to(user)` is true (coordinators unless told otherwise)."""

    def __init__(self, *args, shown_to=is_coordinator, **kwargs):
        super().__init__(*args, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)
