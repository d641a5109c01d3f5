"""The public list at /groups/, filtered by audience, format, area and day: a fixed number of queries at any size."""

from django import forms

from groups.models import FORMAT_CHOICES, Area, Audience, GroupPage
from groups.schedule import WEEKDAY_CHOICES


class GroupFilterForm(forms.Form):
    audience = forms.ModelChoiceField(
        Audience.objects.all(), to_field_name="slug", required=False, empty_label="Anyone"
    )
    format = forms.ChoiceField(choices=[("", "Any format"), *FORMAT_CHOICES], required=False)
    area = forms.ModelChoiceField(Area.objects.all(), to_field_name="slug", required=False, empty_label="Any area")
    day = forms.TypedChoiceField(
        choices=[("", "Any day"), *WEEKDAY_CHOICES], coerce=int, empty_value=None, required=False
    )


class GroupFilter:
    def __init__(self, data, parent):
        self.form = GroupFilterForm(data or None)
        self.parent = parent

    @property
    def is_filtered(self):
        return self.form.is_bound and self.form.is_valid() and any(self.form.cleaned_data.values())

    def groups(self):
        groups = (
            GroupPage.objects.child_of(self.parent).live().public().select_related("audience", "area").order_by("title")
        )
        if not self.form.is_bound:
            return groups
        if not self.form.is_valid():
            # An out-of-date or hand-typed link: ignore what cannot be understood rather than show nothing.
            cleaned = {name: value for name, value in self.form.cleaned_data.items() if value not in (None, "")}
        else:
            cleaned = self.form.cleaned_data
        if cleaned.get("audience"):
            groups = groups.filter(audience=cleaned["audience"])
        if cleaned.get("format"):
            groups = groups.filter(format=cleaned["format"])
        if cleaned.get("area"):
            groups = groups.filter(area=cleaned["area"])
        if cleaned.get("day") is not None:
            groups = groups.filter(weekday=cleaned["day"])
        return groups
