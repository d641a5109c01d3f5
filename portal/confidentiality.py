"""The one check for wording that would disclose what a person, group or document is about (confidentiality rule 1).

Signage, calendar titles, email subjects, certificate titles and downloaded file names all pass through
`disclosing_terms_found` (or the `validate_no_disclosing_terms` validator built on it). Editors keep the list of
terms in the site settings; `DEFAULT_DISCLOSING_TERMS` is what a new site starts with.
"""

import re
from functools import lru_cache

from django.core.exceptions import ValidationError

DEFAULT_DISCLOSING_TERMS = (
    "HIV",
    "AIDS",
    "positive",
    "PLHIV",
    "PLWH",
    "antiretroviral",
    "ARV",
    "sexual health",
    "GUM",
    "STI",
)

# Between the letters of a term people may type spaces, dots, hyphens or underscores: "H I V", "H.I.V.", "h-i-v".
_BETWEEN_LETTERS = r"[\s._\-]*"


@lru_cache(maxsize=256)
def _pattern_for(term: str) -> re.Pattern:
    words = term.split()
    letters_of_words = [_BETWEEN_LETTERS.join(re.escape(letter) for letter in word) for word in words]
    body = r"[\s._\-]+".join(letters_of_words)
    # Whole words only: "STI" must not match "still", nor "GUM" "chewing-gums".
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", re.IGNORECASE)


def configured_disclosing_terms() -> list[str]:
    """The terms editors have set for the default site, or the defaults when the settings are not there yet."""
    from django.apps import apps
    from wagtail.models import Site

    site_settings_model = apps.get_model("home", "SiteSettings")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return list(DEFAULT_DISCLOSING_TERMS)
    return site_settings_model.for_site(site).disclosing_terms_list


def disclosing_terms_found(text: str, terms=None) -> list[str]:
    """The terms (as written in the list) that appear in `text`, in list order. Empty when the text is safe."""
    if not text:
        return []
    if terms is None:
        terms = configured_disclosing_terms()
    return [term for term in terms if term.strip() and _pattern_for(term.strip()).search(text)]


def validate_no_disclosing_terms(value: str) -> None:
    """Form and model validator: names the first term found, so the editor knows what to change."""
    found = disclosing_terms_found(value)
    if found:
        raise ValidationError(
            "“%(term)s” would reveal what this is about to anyone who sees it. Use neutral wording instead.",
            code="disclosing_term",
            params={"term": found[0]},
        )
