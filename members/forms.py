from django import forms

from members.models import User

DISPLAY_NAME_HELP = "Optional. Any name you like: it does not have to be your real name."


class SignupForm(forms.Form):
    """Extra field on allauth's sign-up form: an optional name to greet people by."""

    display_name = forms.CharField(
        label="What should we call you?", max_length=100, required=False, help_text=DISPLAY_NAME_HELP
    )

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"].strip()
        user.save(update_fields=["display_name"])


class DisplayNameForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name"]
        labels = {"display_name": "What should we call you?"}
        help_texts = {"display_name": DISPLAY_NAME_HELP}
