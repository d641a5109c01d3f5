from django import forms
from wagtail.admin.forms import WagtailAdminModelForm


class GroupAgreementForm(WagtailAdminModelForm):
    """Editors change an agreement by writing its new text: saving publishes it as the next version."""

    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text="Confidentiality and ground rules, one point per line or paragraph. Saving a changed text "
        "publishes a new version, and every member is asked to read what changed and sign again.",
    )
    change_note = forms.CharField(
        max_length=300, required=False, help_text="Optional: in a sentence, what changed and why. Members see it."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            current = self.instance.current_version
            if current is not None:
                self.fields["text"].initial = current.text
            self.fields["group"].disabled = True

    def save(self, commit=True):
        agreement = super().save(commit=True)
        agreement.publish_version(
            self.cleaned_data["text"], by=self.for_user, change_note=self.cleaned_data.get("change_note", "")
        )
        return agreement
