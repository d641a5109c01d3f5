from django.forms.renderers import DjangoTemplates


class PortalFormRenderer(DjangoTemplates):
    """Every public form renders its fields the same accessible way: label, hint, error beside the field, input."""

    form_template_name = "portal/forms/form.html"
    field_template_name = "portal/forms/field.html"
