"""The disclosing-terms check that guards signage, subjects, certificate titles and file names."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from home.models import SiteSettings
from portal.confidentiality import DEFAULT_DISCLOSING_TERMS, disclosing_terms_found, validate_no_disclosing_terms


@pytest.mark.parametrize(
    ("wording", "term"),
    [
        ("HIV Women's Group", "HIV"),
        ("hiv support", "HIV"),
        ("H I V drop-in", "HIV"),
        ("H.I.V. group", "HIV"),
        ("Living with AIDS", "AIDS"),
        ("Positive Voices", "positive"),
        ("PLHIV network", "PLHIV"),
        ("Sexual  Health clinic room", "sexual health"),
        ("GUM clinic", "GUM"),
        ("STI testing", "STI"),
        ("Antiretroviral adherence", "antiretroviral"),
    ],
)
def test_disclosing_wording_is_caught(wording, term):
    assert term in disclosing_terms_found(wording, DEFAULT_DISCLOSING_TERMS)


@pytest.mark.parametrize(
    "wording",
    ["Tuesday Wellbeing Meeting", "Still waters book club", "Chewing gums", "Aidan's room", "Arvon House", ""],
)
def test_neutral_wording_passes(wording):
    assert disclosing_terms_found(wording, DEFAULT_DISCLOSING_TERMS) == []


@pytest.mark.django_db
def test_the_validator_names_the_term_and_follows_the_site_settings():
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.disclosing_terms = "HIV\nRainbow"
    site_settings.save()

    with pytest.raises(ValidationError) as raised:
        validate_no_disclosing_terms("Rainbow Tuesday")
    validate_no_disclosing_terms("Positive Tuesday")  # no longer on the edited list

    assert "“Rainbow”" in raised.value.messages[0]
