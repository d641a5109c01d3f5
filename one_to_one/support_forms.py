from django import forms
from django.utils import timezone

from one_to_one.models import CheckIn, EndingReason, Place, SupporterProfile, SupportSession
from one_to_one.models.support import WEEKDAYS
from one_to_one.support import identifying_details_found


class SupporterProfileForm(forms.ModelForm):
    available_days = forms.MultipleChoiceField(
        label="Days I am usually free", choices=WEEKDAYS, widget=forms.CheckboxSelectMultiple, required=False
    )
    places = forms.IntegerField(label="How many people I can support at a time", min_value=0, max_value=6)

    class Meta:
        model = SupporterProfile
        fields = [
            "opted_in",
            "places",
            "gender",
            "languages",
            "available_days",
            "available_times",
            "area",
            "online_ok",
            "interests",
        ]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class IdentifyingTextCheckMixin:
    """Warns (beside the field) when free text looks like it holds a full name, email address or phone number.
    The warning stops the first save only: ticking "I have checked" and saving again keeps the text."""

    checked_fields = ()

    def add_identifying_check(self):
        self.fields["checked_identifying"] = forms.BooleanField(
            label="I have checked: nothing here identifies anyone", required=False
        )

    def check_identifying(self, cleaned_data):
        self.identifying_warnings = {}
        for name in self.checked_fields:
            found = identifying_details_found(cleaned_data.get(name, ""))
            if found:
                self.identifying_warnings[name] = found
        if self.identifying_warnings and not cleaned_data.get("checked_identifying"):
            for name, found in self.identifying_warnings.items():
                self.add_error(
                    name,
                    f"This looks like it holds {' and '.join(found)}. Use initials only. If it is fine as it is, "
                    "tick “I have checked” below and save again.",
                )


class SessionForm(IdentifyingTextCheckMixin, forms.ModelForm):
    checked_fields = ("agreed_actions", "next_goals", "debrief_note")

    class Meta:
        model = SupportSession
        fields = ["date", "minutes", "place", "agreed_actions", "next_goals", "debrief_note"]
        widgets = {"date": DateInput(), "place": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].choices = Place.choices  # no "---------" among the radio buttons
        self.fields["minutes"].min_value = 5
        self.fields["minutes"].widget.attrs.update(min=5, max=600)
        self.add_identifying_check()

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError("A session is logged after it happens: choose today or an earlier date.")
        return date

    def clean_minutes(self):
        minutes = self.cleaned_data["minutes"]
        if not 5 <= minutes <= 600:
            raise forms.ValidationError("Give the length in minutes, between 5 and 600.")
        return minutes

    def clean(self):
        cleaned_data = super().clean()
        self.check_identifying(cleaned_data)
        return cleaned_data


class CheckInForm(forms.ModelForm):
    class Meta:
        model = CheckIn
        fields = ["starts_at", "where_roughly", "expected_end"]
        widgets = {"starts_at": DateTimeInput(), "expected_end": DateTimeInput()}

    def clean(self):
        cleaned_data = super().clean()
        starts, ends = cleaned_data.get("starts_at"), cleaned_data.get("expected_end")
        if starts and ends and ends <= starts:
            self.add_error("expected_end", "The expected finish must be after the start.")
        elif ends and ends <= timezone.now():
            # A finish already past would alert the coordinators at once: check in before the meeting ends.
            self.add_error("expected_end", "The expected finish has already passed. Check in before the meeting ends.")
        return cleaned_data


class CheckOutForm(forms.Form):
    needs_to_talk = forms.BooleanField(label="I need to talk to a coordinator about this meeting", required=False)


class RespondForm(forms.Form):
    answer = forms.ChoiceField(choices=[("accept", "Accept"), ("decline", "Decline")])


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label="Overall, how helpful was the support?",
        choices=[(5, "Very helpful"), (4, "Helpful"), (3, "Neither"), (2, "Not very helpful"), (1, "Not helpful")],
        coerce=int,
        widget=forms.RadioSelect,
    )
    what_helped = forms.CharField(label="What helped?", widget=forms.Textarea(attrs={"rows": 4}), required=False)
    could_be_better = forms.CharField(
        label="What could be better?", widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    may_quote = forms.BooleanField(label="You may quote what I wrote, without my name", required=False)


class ProposeMatchForm(forms.Form):
    supporter = forms.IntegerField(widget=forms.HiddenInput)
    planned_sessions = forms.IntegerField(label="Planned number of sessions", min_value=1, max_value=52, initial=6)
    note_for_supporter = forms.CharField(
        label="What the supporter needs to know for the work (shown to them)",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )


class EndMatchForm(forms.Form):
    reason = forms.ChoiceField(label="Why support ended", choices=EndingReason.choices, widget=forms.RadioSelect)
    rematch = forms.BooleanField(label="Match the person with another Peer Supporter", required=False)
    next_steps = forms.CharField(label="Next steps for the next 3–6 months", widget=forms.Textarea(attrs={"rows": 4}))
    signposting = forms.CharField(label="Signposted to", widget=forms.Textarea(attrs={"rows": 3}), required=False)
