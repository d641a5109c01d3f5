"""Wagtail's user screens, fitted to the portal's user model: names are optional and the display name is editable.

`members.wagtail_users_app.PortalUsersAppConfig` installs it in place of "wagtail.users".
"""

from django import forms
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

OPTIONAL_NAME_FIELDS = {
    "first_name": forms.CharField(required=False, label="First name"),
    "last_name": forms.CharField(required=False, label="Last name"),
    "display_name": forms.CharField(
        required=False, max_length=100, label="Display name", help_text="How the portal greets this person."
    ),
}


class PortalUserCreationForm(UserCreationForm):
    first_name = OPTIONAL_NAME_FIELDS["first_name"]
    last_name = OPTIONAL_NAME_FIELDS["last_name"]
    display_name = OPTIONAL_NAME_FIELDS["display_name"]

    class Meta(UserCreationForm.Meta):
        fields = {*UserCreationForm.Meta.fields, "display_name"}


class PortalUserEditForm(UserEditForm):
    first_name = OPTIONAL_NAME_FIELDS["first_name"]
    last_name = OPTIONAL_NAME_FIELDS["last_name"]
    display_name = OPTIONAL_NAME_FIELDS["display_name"]

    class Meta(UserEditForm.Meta):
        fields = {*UserEditForm.Meta.fields, "display_name"}


class PortalUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm
