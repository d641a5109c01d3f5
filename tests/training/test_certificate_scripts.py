"""Issue #12: a certificate prints the person's name in whatever script they write it, never "?"."""

import datetime

import pytest

from portal.pdf import MISSING_GLYPH
from portal.roles import TRAINEES
from tests.factories import make_user
from tests.pdf_text import NAMES_BY_SCRIPT, contains_name, pdf_text
from tests.training.helpers import pass_module
from training.certificates import certificate_pdf
from training.models import DEFAULT_CERTIFICATE_TITLE, Certificate

CERTIFICATE_PDF = "/training/certificate/download/"


@pytest.mark.parametrize("script", list(NAMES_BY_SCRIPT))
def test_a_name_in_any_script_prints_on_the_certificate(script):
    name = NAMES_BY_SCRIPT[script]
    certificate = Certificate(
        title=DEFAULT_CERTIFICATE_TITLE,
        name=name,
        completed_on=datetime.date(2026, 11, 2),
        competencies=["Active listening ✔"],
        code="ABCD-EFGH-JKLM",
    )

    text = pdf_text(certificate_pdf(certificate, "https://portal.example/training/verify/ABCD-EFGH-JKLM/"))

    assert contains_name(text, script, name), text
    assert "Active listening ✔" in text
    assert "?" not in text and MISSING_GLYPH not in text
    assert "2 November 2026" in text and "ABCD-EFGH-JKLM" in text


def test_a_trainee_with_a_hebrew_name_downloads_a_certificate_that_prints_it(client, modules):
    person = make_user("sarah@example.org", roles=[TRAINEES], display_name="שרה כהן")
    client.force_login(person)
    for module in modules:
        pass_module(client, module)

    response = client.get(CERTIFICATE_PDF)

    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert contains_name(text, "Hebrew", "שרה כהן"), text
    assert "?" not in text
