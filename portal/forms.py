from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import DjangoTemplates


class PortalFormRenderer(DjangoTemplates):
    """Every public form renders its fields the same accessible way: label, hint, error beside the field, input."""

    form_template_name = "portal/forms/form.html"
    field_template_name = "portal/forms/field.html"


BIGGEST_DATABASE_ID = 2**63 - 1


class ModelChoicesField(forms.ModelMultipleChoiceField):
    """Ticked records, by id. A number too big for any database id is refused as an unknown choice: Django would
    hand it to the database, where SQLite fails on it (a server error instead of a message beside the field)."""

    def _check_values(self, value):
        for choice in value if isinstance(value, list | tuple) else ():
            digits = str(choice).strip().lstrip("+-")
            if digits.isdigit() and (len(digits) > 19 or int(digits) > BIGGEST_DATABASE_ID):
                raise ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": choice}
                )
        return super()._check_values(value)
