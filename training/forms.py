"""The one trainee form outside the quiz: the name to print on a certificate issued to someone who gave no name."""

from django import forms


class CertificateNameForm(forms.Form):
    name = forms.CharField(
        label="Your name as it should appear on your certificate",
        max_length=200,
        help_text="Printed on the certificate and shown to anyone who checks its code. "
        "Check it before saving: it stays as written.",
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Enter your name.")
        if "@" in name:
            raise forms.ValidationError("Enter your name, not an email address.")
        return name
