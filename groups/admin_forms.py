from django import forms
from django.contrib.auth import get_user_model
from wagtail.admin.forms import WagtailAdminModelForm

from groups.models import FacilitatorAppointment, GroupPage, Membership
from portal.roles import MEMBERS


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


class MembershipDecisionForm(WagtailAdminModelForm):
    """A coordinator approves or declines a request in admin. Nothing is edited directly: saving takes the step
    through `Membership.change_status`, which checks it is allowed and records who took it and when."""

    decision = forms.ChoiceField(
        choices=[("approve", "Approve"), ("decline", "Decline")], widget=forms.RadioSelect, label="Decision"
    )
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=1000,
        label="Reason, if you decline",
        help_text="The person sees this. Be kind and say what they could do instead.",
    )

    class Meta:
        model = Membership
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        membership = self.instance
        if membership.pk:
            status = membership.get_status_display().lower()
            self.fields["decision"].help_text = f"{membership.user} asked to join {membership.group}. Now: {status}."

    def clean(self):
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision is None:
            return cleaned
        status = Membership.Status.APPROVED if decision == "approve" else Membership.Status.DECLINED
        if not self.instance.can_change_to(status):
            self.add_error(
                "decision",
                f"This membership is “{self.instance.get_status_display()}”: only a request waiting for an "
                "answer can be approved or declined.",
            )
        elif decision == "decline" and not cleaned.get("reason", "").strip():
            self.add_error("reason", "Give a reason: the person will see it.")
        return cleaned

    def save(self, commit=True):
        if self.cleaned_data["decision"] == "approve":
            return self.instance.approve(by=self.for_user)
        return self.instance.decline(by=self.for_user, reason=self.cleaned_data["reason"])


class AppointFacilitatorForm(WagtailAdminModelForm):
    """A coordinator appoints a Member to facilitate a group, through `FacilitatorAppointment.appoint`."""

    class Meta:
        model = FacilitatorAppointment
        fields = ["group", "user"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = GroupPage.objects.order_by("title")
        self.fields["user"].queryset = get_user_model().objects.filter(groups__name=MEMBERS).order_by("email")
        self.fields["user"].help_text = "Only trained Peer Supporters (the Members role) can facilitate."

    def save(self, commit=True):
        self.instance = FacilitatorAppointment.appoint(
            self.cleaned_data["user"], self.cleaned_data["group"], by=self.for_user
        )
        return self.instance


class StandDownForm(WagtailAdminModelForm):
    """Ends an appointment through `FacilitatorAppointment.stand_down`; nothing is edited directly."""

    class Meta:
        model = FacilitatorAppointment
        fields = []

    def clean(self):
        cleaned = super().clean()
        if not self.instance.is_current:
            raise forms.ValidationError(f"{self.instance.user} has already stood down from {self.instance.group}.")
        return cleaned

    def save(self, commit=True):
        return self.instance.stand_down(by=self.for_user)
