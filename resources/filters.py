"""The reader's filter on /guidance/: by topic and by audience, as plain GET parameters (works without JavaScript)."""

from django import forms

from resources.models.snippets import Audience, Topic


class ChapterFilterForm(forms.Form):
    topic = forms.ModelChoiceField(
        queryset=Topic.objects.all(), to_field_name="slug", required=False, empty_label="All topics"
    )
    audience = forms.ModelChoiceField(
        queryset=Audience.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="Everyone",
        label="Written for",
    )

    def filter(self, chapters):
        """Narrow `chapters` by whichever choices are valid; an unknown choice is reported beside its field."""
        if not self.is_bound:
            return chapters
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        if cleaned.get("topic"):
            chapters = chapters.filter(topics=cleaned["topic"])
        if cleaned.get("audience"):
            chapters = chapters.filter(audiences=cleaned["audience"])
        return chapters.distinct()

    def has_filters(self):
        return self.is_bound and any(self.data.get(name) for name in self.fields)
