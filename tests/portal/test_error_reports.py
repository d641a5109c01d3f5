"""Error reports never include what people typed into forms (confidentiality rule 7)."""

import sys

from django.test import RequestFactory, override_settings
from django.views.debug import ExceptionReporter


@override_settings(DEBUG=False)
def test_error_reports_hide_every_form_answer_and_local_variable():
    request = RequestFactory().post("/volunteer/apply/", {"lived_experience": "I was diagnosed in 2019"})
    diagnosis = "I was diagnosed in 2019"  # a local variable in the failing frame
    try:
        raise ValueError("boom")
    except ValueError:
        report = ExceptionReporter(request, *sys.exc_info()).get_traceback_text()

    assert diagnosis not in report
    assert "lived_experience" in report  # the field's name helps debugging; its value is hidden
