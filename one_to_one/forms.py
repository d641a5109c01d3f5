"""The public referral forms (self and professional) and the coordinator's intake forms.

The public forms ask only what the first conversation needs. Health details are special-category data (UK GDPR
Art. 9): they are asked with a separate, unticked consent box that says what we keep and for how long.
"""

from django import forms
from django.conf import settings

from one_to_one.models import TIMES_OF_DAY, WEEKDAYS, InitialMeeting, Referral, Status

# The exact consent wording. Change the version whenever the wording changes: each referral records which version
# was agreed, and when.
HEALTH_CONSENT_VERSION = "2026-11"


def retention_years():
    days = settings.ONE_TO_ONE_CLOSED_RECORD_RETENTION_DAYS
    return max(1, round(days / 365))


def health_consent_wording():
    years = retention_years()
    return (
        "I agree that the project may keep what I share here about my health (the clinic I attend and, if I give "
        "it, my medication) to arrange support for me. Only the coordinators can read it. My Peer Supporter will "
        "know me by my initials. The record is deleted "
        f"{years} year{'s' if years != 1 else ''} after my support ends, or sooner if I ask."
    )


class HoneypotMixin(forms.Form):
    """A field people never see (hidden from sight and from screen readers); bots fill it in."""

    website = forms.CharField(required=False, label="Leave this empty", max_length=200)

    def is_spam(self):
        return bool(self.data.get("website"))


class PreferencesMixin(forms.Form):
    available_days = forms.MultipleChoiceField(
        label="Which days suit you?", choices=WEEKDAYS, required=False, widget=forms.CheckboxSelectMultiple
    )
    available_times = forms.MultipleChoiceField(
        label="Which times of day suit you?", choices=TIMES_OF_DAY, required=False, widget=forms.CheckboxSelectMultiple
    )


class SelfReferralForm(HoneypotMixin, PreferencesMixin, forms.ModelForm):
    health_consent = forms.BooleanField(
        required=True,
        error_messages={"required": "Tick the box to agree, or we cannot keep your details to arrange support."},
    )

    class Meta:
        model = Referral
        fields = [
            "name",
            "phone",
            "email",
            "contact_times",
            "may_leave_message",
            "may_email",
            "help_wanted",
            "preferred_supporter_gender",
            "languages",
            "available_days",
            "available_times",
            "area",
            "online_ok",
            "interests",
            "heard_about",
            "clinic_attended",
            "medication",
        ]
        labels = {
            "name": "Your name",
            "phone": "Phone number",
            "email": "Email address",
            "contact_times": "When is it safe to contact you?",
            "may_leave_message": "You may leave a message (voicemail or text) if I do not answer",
            "may_email": "You may email me",
            "help_wanted": "What would you like help with?",
            "preferred_supporter_gender": "Would you prefer a Peer Supporter who is…",
            "languages": "Languages you would like to speak",
            "area": "Your town or area",
            "online_ok": "I am happy to meet by phone or video",
            "interests": "Interests or hobbies you would like to share",
            "heard_about": "How did you hear about us?",
            "clinic_attended": "Which clinic or service do you attend?",
            "medication": "Your medication (optional)",
        }
        help_texts = {
            "name": "The name we should use when we contact you. Your Peer Supporter will only know your initials.",
            "phone": "Give a phone number, an email address, or both.",
            "contact_times": "For example: weekday mornings, not after 6pm.",
            "help_wanted": "In your own words. A sentence or two is enough.",
            "languages": "For example: English, Portuguese.",
            "interests": "Optional. For example: art, football, cooking.",
            "clinic_attended": "We ask to confirm that our service is right for you.",
            "medication": "Only if you want to tell us.",
        }
        widgets = {"help_wanted": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["health_consent"].label = health_consent_wording()
        self.fields["help_wanted"].required = True
        self.fields["help_wanted"].max_length = 3000
        self.fields["clinic_attended"].required = True

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("phone") and not cleaned.get("email") and "phone" not in self.errors:
            self.add_error("phone", "Give a phone number or an email address, so we can contact you.")
        if cleaned.get("may_email") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", "Give an email address, or untick “You may email me”.")
        return cleaned

    def save(self, commit=True):
        from django.utils import timezone

        referral = super().save(commit=False)
        referral.source = "self"
        referral.health_consent_given_at = timezone.now()
        referral.health_consent_version = HEALTH_CONSENT_VERSION
        if commit:
            referral.save()
        return referral


class ProfessionalReferralForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = Referral
        fields = [
            "referrer_name",
            "referrer_organisation",
            "referrer_email",
            "referrer_phone",
            "name",
            "phone",
            "email",
            "contact_times",
            "may_leave_message",
            "may_email",
            "clinic_attended",
            "referral_reason",
            "preferred_supporter_gender",
            "languages",
            "area",
            "online_ok",
            "person_agreed",
        ]
        labels = {
            "referrer_name": "Your name",
            "referrer_organisation": "Your organisation",
            "referrer_email": "Your work email address",
            "referrer_phone": "Your work phone number",
            "name": "Their name",
            "phone": "Their phone number",
            "email": "Their email address",
            "contact_times": "When is it safe to contact them?",
            "may_leave_message": "We may leave them a message (voicemail or text)",
            "may_email": "We may email them",
            "clinic_attended": "Clinic or service they attend",
            "referral_reason": "Why are you referring them?",
            "preferred_supporter_gender": "Would they prefer a Peer Supporter who is…",
            "languages": "Languages they would like to speak",
            "area": "Their town or area",
            "online_ok": "They are happy to meet by phone or video",
            "person_agreed": (
                "They agreed to this referral, and to the project keeping these details (including the clinic they "
                "attend) to arrange support. Only the coordinators can read them."
            ),
        }
        help_texts = {
            "phone": "Give their phone number, email address, or both.",
            "referral_reason": "What they would like help with, in a sentence or two. Nothing more than is needed.",
        }
        widgets = {"referral_reason": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for name in ("referrer_name", "referrer_organisation", "referrer_email", "referral_reason"):
            self.fields[name].required = True
        self.fields["referral_reason"].max_length = 3000
        self.fields["person_agreed"].required = True
        self.fields["person_agreed"].error_messages["required"] = (
            "We can only accept a referral the person has agreed to. Ask them first."
        )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("phone") and not cleaned.get("email") and "phone" not in self.errors:
            self.add_error("phone", "Give their phone number or email address, so we can contact them.")
        if cleaned.get("may_email") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", "Give their email address, or untick “We may email them”.")
        return cleaned

    def save(self, commit=True):
        from django.utils import timezone

        referral = super().save(commit=False)
        referral.source = "professional"
        referral.help_wanted = referral.referral_reason
        referral.health_consent_given_at = timezone.now()
        referral.health_consent_version = f"{HEALTH_CONSENT_VERSION}-referrer"  # agreed through the referrer
        if commit:
            referral.save()
        return referral


# -- Coordinators --------------------------------------------------------------------------------------------------
class FirstContactForm(forms.Form):
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example: spoke on the phone, initial meeting arranged for Tuesday.",
    )


class InitialMeetingForm(forms.ModelForm):
    class Meta:
        model = InitialMeeting
        fields = ["met_on", "changes_wanted", "how_supporter_could_help", "hopes", "where_at_end", "other_support"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in ["changes_wanted", "how_supporter_could_help", "hopes", "where_at_end", "other_support"]
        }


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="Decision",
        choices=[(s.value, s.label) for s in (Status.SUITABLE, Status.DEFERRED, Status.NOT_FOR_US)],
        widget=forms.RadioSelect,
    )
    review_on = forms.DateField(
        label="Review date", required=False, help_text="When deferred: when to get back in touch."
    )
    signposting = forms.CharField(
        label="Signposting",
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="When deferred or not for us: the other services you pointed them to.",
    )
    note = forms.CharField(
        label="Note (optional)", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean(self):
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision == Status.DEFERRED and not cleaned.get("review_on") and "review_on" not in self.errors:
            self.add_error("review_on", "Give a date to review a deferred referral.")
        if decision in (Status.DEFERRED, Status.NOT_FOR_US) and not cleaned.get("signposting"):
            self.add_error("signposting", "Say where you signposted them, so the next person knows.")
        return cleaned


class EraseForm(forms.Form):
    confirm = forms.BooleanField(
        label="I understand this deletes everything held about this person, and cannot be undone.",
        required=True,
    )
