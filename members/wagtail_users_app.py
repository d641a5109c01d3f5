from wagtail.users.apps import WagtailUsersAppConfig


class PortalUsersAppConfig(WagtailUsersAppConfig):
    """Listed in INSTALLED_APPS instead of "wagtail.users", so its user screens use the portal's forms."""

    user_viewset = "members.admin_users.PortalUserViewSet"
