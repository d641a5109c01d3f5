"""Forms: the fixed core every application asks, the editor-built questions, and the coordinator's actions."""

import django.forms
from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.contrib.forms.forms import FormBuilder

from recruitment.models import DECISIONS, CriterionScore, InterviewFormat, Stage

# The exact wording the applicant agrees to. Change the version whenever the wording changes: each application
# records which version was agreed, and when.
HEALTH_CONSENT_VERSION = "2026-11"
HEALTH_CONSENT_WORDING = (
    "I agree that the project may store and use what I share in this application about my health, including my "
    "lived experience of HIV, to assess my application. I understand this is special-category personal data: it "
    "is seen only by the people who assess applications, and I can withdraw my application at any time."
)
MAX_ANSWER_LENGTH = 5000
MAX_DRAFT_VALUE_LENGTH = MAX_ANSWER_LENGTH * 2


class ApplicationQuestionsFormBuilder(FormBuilder):
    """Wagtail's form builder, with a sensible limit on long answers so nothing unbounded is stored."""

    def create_multiline_field(self, field, options):
        options["max_length"] = MAX_ANSWER_LENGTH
        options.setdefault("widget", django.forms.Textarea(attrs={"rows": 6}))
        return django.forms.CharField(**options)


class ApplicationCoreForm(forms.Form):
    """What the portal asks on every application, whatever the editors add."""

    contact_name = forms.CharField(
        label="Your name", max_length=150, help_text="The name you would like us to use when we contact you."
    )
    contact_email = forms.EmailField(label="Email address", max_length=254)
    contact_phone = forms.CharField(
        label="Phone number", max_length=40, required=False, help_text="Optional. Only if you would like a call."
    )
    availability = forms.CharField(
        label="When are you available?",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example: weekday evenings, Saturday mornings, about 3 hours a week.",
    )
    health_consent = forms.BooleanField(
        label=HEALTH_CONSENT_WORDING,
        required=True,
        error_messages={"required": "Tick the box to agree, or we cannot consider your application."},
    )

    def __init__(self, *args, role=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.role = role

    def clean_contact_phone(self):
        phone = self.cleaned_data["contact_phone"].strip()
        if phone and not all(character.isdigit() or character in " +()-" for character in phone):
            raise ValidationError("Enter a phone number using digits, spaces and + ( ) - only.")
        return phone


def draft_values(post_data, field_names, prefix=""):
    """What a draft keeps: the typed strings of known fields only, capped, without NUL characters."""
    values = {}
    for name in field_names:
        key = f"{prefix}-{name}" if prefix else name
        raw = post_data.getlist(key)
        cleaned = [str(value).replace("\x00", "")[:MAX_DRAFT_VALUE_LENGTH] for value in raw[:50]]
        if not cleaned:
            continue
        values[name] = cleaned if len(cleaned) > 1 else cleaned[0]
    return values


class FeedbackForm(forms.Form):
    feedback = forms.CharField(
        label="Feedback to the applicant",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        help_text="The applicant reads this on their application page.",
    )
    signposting = forms.CharField(
        label="Signposting (optional)",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=3000,
        required=False,
        help_text="Other support, training or volunteering they might look at.",
    )


class ShortlistForm(forms.Form):
    feedback = forms.CharField(
        label="Message to the applicant (optional)",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        required=False,
    )


class InterviewForm(forms.Form):
    interview_at = forms.DateTimeField(
        label="Date and time", widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    )
    interview_format = forms.ChoiceField(label="How", choices=InterviewFormat.choices)
    interview_place = forms.CharField(
        label="Place or phone arrangements",
        max_length=300,
        help_text="Where to come, or who calls whom. Shown to the applicant.",
    )

    def clean_interview_at(self):
        interview_at = self.cleaned_data["interview_at"]
        if interview_at <= timezone.now():
            raise ValidationError("That date and time has passed: choose one in the future.")
        return interview_at


class DecisionForm(FeedbackForm):
    decision = forms.ChoiceField(
        label="Decision",
        choices=[(stage.value, stage.label) for stage in DECISIONS],
        widget=forms.RadioSelect,
    )
    feedback = forms.CharField(
        label="Feedback to the applicant",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        help_text="For “not this time”, say what to work on; for an offer, what happens next.",
    )
    confirm = forms.BooleanField(
        label="I have read both assessments and confirm this decision.",
        required=True,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == Stage.NOT_SUITABLE and not cleaned.get("signposting", "").strip():
            self.add_error("signposting", "Give signposting to other support when a role is not suitable.")
        return cleaned


class AssessmentForm(forms.Form):
    """One score (1–4) and notes for every criterion of the role's person specification."""

    notes = forms.CharField(
        label="Overall notes", widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=5000
    )

    def __init__(self, *args, criteria=(), existing=None, **kwargs):
        super().__init__(*args, **kwargs)
        existing = existing or {}
        self.criteria = list(criteria)
        for number, criterion in enumerate(self.criteria, start=1):
            previous = existing.get(criterion.pk)
            self.fields[f"score_{criterion.pk}"] = forms.TypedChoiceField(
                label=f"{number}. {criterion.description} ({criterion.get_importance_display().lower()})",
                choices=CriterionScore.SCORE_CHOICES,
                coerce=int,
                widget=forms.RadioSelect,
                initial=previous.score if previous else None,
            )
            self.fields[f"notes_{criterion.pk}"] = forms.CharField(
                label=f"Evidence and notes for criterion {number}",
                widget=forms.Textarea(attrs={"rows": 2}),
                required=False,
                max_length=3000,
                initial=previous.notes if previous else "",
            )

        self.fields["notes"] = self.fields.pop("notes")  # overall notes come after the criteria

    def scores(self):
        return [
            (criterion, self.cleaned_data[f"score_{criterion.pk}"], self.cleaned_data[f"notes_{criterion.pk}"])
            for criterion in self.criteria
        ]


class ExportForm(forms.Form):
    include_sensitive = forms.BooleanField(
        label="Include sensitive answers (health and lived experience)",
        required=False,
        help_text="Only when you need them. Exports with sensitive answers are logged.",
    )
