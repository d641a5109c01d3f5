from django import forms

from groups.models import MeetingLog
from groups.models.facilitation import current_facilitators
from portal.forms import ModelChoicesField


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", "Approve"), ("decline", "Decline")],
        widget=forms.RadioSelect,
        label="Decision",
        error_messages={"required": "Choose approve or decline."},
    )
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=1000,
        label="Reason, if you decline",
        help_text="The person sees this. Be kind and say what they could do instead.",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "decline" and not cleaned.get("reason", "").strip():
            self.add_error("reason", "Give a reason: the person will see it.")
        return cleaned


class MeetingLogForm(forms.ModelForm):
    class Meta:
        model = MeetingLog
        fields = ["date", "attendance", "facilitators_present", "ground_rules_revisited", "issues_for_coordinator"]
        field_classes = {"facilitators_present": ModelChoicesField}
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "facilitators_present": forms.CheckboxSelectMultiple,
            "issues_for_coordinator": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.group = group
        self.fields["facilitators_present"].queryset = current_facilitators(group)
        self.fields["facilitators_present"].help_text = ""
        self.fields["attendance"].widget.attrs.update({"min": 0, "max": 500, "inputmode": "numeric"})


class SignAgreementForm(forms.Form):
    agree = forms.BooleanField(
        label="I agree to keep to this agreement", error_messages={"required": "Tick the box to agree."}
    )
    typed_name = forms.CharField(
        label="Your name",
        max_length=150,
        help_text="Type your name as your signature. It can be the name the group knows you by.",
        error_messages={"required": "Type your name to sign."},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
