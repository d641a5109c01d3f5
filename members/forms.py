import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

from members.evidence import MAX_FILES_PER_RECORD, check_evidence_file, max_upload_size
from members.models import ActivityType, Competency, CPDRecord, User
from members.quota import storage_use
from portal.forms import ModelChoicesField
from portal.request_limits import max_request_body_bytes

CHOOSE_FILES_AGAIN = "Browsers cannot keep chosen files after an error: choose them again."
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


# --- CPD


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input, as Django's documentation shows."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single_clean = super().clean
        if isinstance(data, list | tuple):
            return [single_clean(item, initial) for item in data if item]
        return [single_clean(data, initial)] if data else []


class CPDRecordForm(forms.ModelForm):
    evidence = MultipleFileField(
        label="Evidence (optional)",
        required=False,
        help_text="A certificate, notes or a photo: PDF, JPEG, PNG, GIF, WebP, Word (.docx) or OpenDocument (.odt).",
    )
    remove_evidence = ModelChoicesField(
        label="Remove evidence",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick a file to delete it when you save.",
    )

    class Meta:
        model = CPDRecord
        fields = ["date", "activity_type", "title", "provider", "hours", "mode", "competencies", "reflection"]
        field_classes = {"competencies": ModelChoicesField}
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "hours": forms.NumberInput(attrs={"step": "0.25", "min": "0.25", "max": "100", "inputmode": "decimal"}),
            "mode": forms.RadioSelect,
            "competencies": forms.CheckboxSelectMultiple,
            "reflection": forms.Textarea(attrs={"rows": 10}),
        }
        help_texts = {
            "title": "For example: “Listening skills refresher” or “Supervision with my coordinator”.",
            "provider": "Optional. An organisation, a website or a person.",
            "hours": "From 0.25 to 100, in quarter hours: 1.5 is an hour and a half.",
            "competencies": "Optional. Tick the areas this helped you develop.",
            "reflection": "Optional, but it makes your record worth more: what you learned, and what you will do "
            "differently. Only you can read it.",
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["activity_type"].choices = [("", "Choose a type of activity"), *ActivityType.choices]
        self.fields["competencies"].queryset = Competency.objects.all()
        self.fields["mode"].choices = [choice for choice in self.fields["mode"].choices if choice[0]]
        self.fields["evidence"].help_text += (
            f" Up to {filesizeformat(max_upload_size())} each, and"
            f" {filesizeformat(max_request_body_bytes())} in all each time you save."
        )
        if self.instance.pk:
            self.fields["remove_evidence"].queryset = self.instance.evidence.all()
            self.fields["remove_evidence"].label_from_instance = lambda evidence: evidence.original_name
            if not self.fields["remove_evidence"].queryset:
                del self.fields["remove_evidence"]
        else:
            del self.fields["remove_evidence"]
        self.checked_evidence = []

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day > timezone.localdate():
            raise ValidationError("The date cannot be in the future: record an activity once you have done it.")
        if day < datetime.date(1990, 1, 1):
            raise ValidationError("Check the year: the date is before 1990.")
        return day

    def clean_evidence(self):
        files = self.cleaned_data.get("evidence") or []
        already = self.instance.evidence.count() if self.instance.pk else 0
        if len(files) + already > MAX_FILES_PER_RECORD:
            raise ValidationError(f"A record can have up to {MAX_FILES_PER_RECORD} evidence files.")
        errors = []
        self.checked_evidence = []
        for uploaded in files:
            try:
                self.checked_evidence.append((uploaded, *check_evidence_file(uploaded)))
            except ValidationError as error:
                errors.append(error)
        if errors:
            errors.append(ValidationError(CHOOSE_FILES_AGAIN))
            raise ValidationError(errors)
        return files

    def clean(self):
        cleaned_data = super().clean()
        adding = sum(uploaded.size for uploaded, _, _ in self.checked_evidence)
        if adding:
            use = storage_use(self.user)
            freeing = sum(evidence.size for evidence in cleaned_data.get("remove_evidence") or [])
            if use.would_exceed(adding, freeing):
                self.add_error(
                    "evidence",
                    [
                        ValidationError(
                            "These files (%(adding)s) would take you over your storage space: you are using %(used)s "
                            "of %(quota)s. Remove evidence you no longer need, or choose smaller files.",
                            code="over_quota",
                            params={
                                "adding": filesizeformat(adding),
                                "used": filesizeformat(use.used),
                                "quota": filesizeformat(use.quota),
                            },
                        ),
                        ValidationError(CHOOSE_FILES_AGAIN),
                    ],
                )
        return cleaned_data

    def full_clean(self):
        super().full_clean()
        # Browsers do not keep chosen files when a page comes back with errors: say so beside the file input.
        if (
            self.is_bound
            and self.errors
            and getattr(self.files, "getlist", lambda name: [])("evidence")
            and "evidence" not in self.errors
        ):
            self.add_error("evidence", "Your files were not saved because of the problem above: choose them again.")


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="To make sure it is you.",
    )
    confirm = forms.BooleanField(
        label="I understand my account and everything in it will be deleted, and this cannot be undone.",
        required=True,
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError("That is not your password. Check it and try again.")
        return password
