"""Uploaded documents: their titles and file names pass the disclosing-terms check, and they are stored and served
under a name made from the neutral title (confidentiality rule 1: a file name ends up in Downloads folders, browser
histories and the address bar, where anyone may see it)."""

import os

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail.documents.forms import BaseDocumentForm

from portal.confidentiality import disclosing_terms_found, validate_no_disclosing_terms

NEUTRAL_NAME_FALLBACK = "document"
NEUTRAL_NAME_MAX_LENGTH = 60


def neutral_file_stem(title: str, terms=None) -> str:
    """A file name (without extension) for a document called `title` that says nothing it should not."""
    stem = slugify(title)[:NEUTRAL_NAME_MAX_LENGTH].strip("-")
    if not stem or disclosing_terms_found(stem, terms):
        return NEUTRAL_NAME_FALLBACK
    return stem


def neutral_file_name(title: str, original_name: str, terms=None) -> str:
    extension = os.path.splitext(original_name)[1].lower()
    if extension and title.lower().endswith(extension):
        title = title[: -len(extension)]  # a multiple upload's title is the file's name
    return f"{neutral_file_stem(title, terms)}{extension}"


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (single upload, multiple upload, chooser upload and edit) with the one checker."""

    def clean_title(self):
        title = self.cleaned_data["title"]
        validate_no_disclosing_terms(title)
        return title

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            found = disclosing_terms_found(os.path.basename(uploaded.name))
            if found:
                raise ValidationError(
                    "The file name contains “%(term)s”, which would reveal what this is about to anyone who sees "
                    "it. Rename the file with neutral wording and upload it again.",
                    code="disclosing_term",
                    params={"term": found[0]},
                )
        return uploaded

    def save(self, commit=True):
        if "file" in self.changed_data and self.instance.file:
            # Stored and served under the neutral title: never the name the file had on someone's computer.
            self.instance.file.name = neutral_file_name(self.instance.title, self.instance.file.name)
        return super().save(commit=commit)
