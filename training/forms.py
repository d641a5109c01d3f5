"""Trainee forms outside the quiz: the name to print on a certificate issued to someone who gave no name, and a new
name to print on a reissued one."""

from django import forms


class CertificateNameForm(forms.Form):
    name = forms.CharField(
        label="Your name as it should appear on your certificate",
        max_length=200,
        help_text="Printed on the certificate and shown to anyone who checks its code. "
        "Check it before saving: it stays as written.",
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": "Enter your name."},
    )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Enter your name.")
        if "@" in name:
            raise forms.ValidationError("Enter your name, not an email address.")
        return name


class CertificateReissueForm(CertificateNameForm):
    """A new name to print: the certificate is issued again, with a new code."""

    prefix = "reissue"

    def __init__(self, *args, current_name="", **kwargs):
        super().__init__(*args, **kwargs)
        self.current_name = current_name
        self.fields["name"].label = "New name to print"
        self.fields["name"].help_text = (
            "We issue a new certificate with this name and a new verification code. Your current certificate's code "
            "will then say that it was replaced by a newer certificate, without showing the new name."
        )

    def clean_name(self):
        name = super().clean_name()
        if name == self.current_name:
            raise forms.ValidationError("That is already the name on your certificate.")
        return name
