"""A trainee goes from the first module to a verified certificate in a real browser; axe checks each page type."""

from pathlib import Path

import pytest
from django.utils import timezone

from portal.roles import TRAINEES
from tests.browser.helpers import assert_no_accessibility_violations, sign_in, submit
from tests.factories import make_user
from tests.pdf_text import contains_name, pdf_text
from training.marking import field_name
from training.models import ModuleProgress, TrainingModulePage

pytestmark = pytest.mark.browser


def answer_quiz(page, module, right=True):
    for question in module.questions.all():
        correct = question.correct_choice_ids()
        choices = [c.id for c in question.choices if (c.id in correct) == right]
        for choice_id in choices[: None if right else 1]:
            page.locator(f'input[name="{field_name(question)}"][value="{choice_id}"]').check()
    submit(page, "Submit my answers")


def test_trainee_fails_then_passes_completes_the_course_and_the_certificate_verifies(live_server, demo_site, new_page):
    make_user("quinn@example.org", roles=[TRAINEES], display_name="Quinn Learner")
    modules = list(TrainingModulePage.objects.order_by("path"))
    first, second = modules[0], modules[1]
    page = new_page()
    sign_in(page, "quinn@example.org")

    page.goto("/training/")
    assert page.get_by_test_id("course-percent").inner_text() == "0%"
    assert page.get_by_role("link", name=second.title).count() == 0  # locked
    assert_no_accessibility_violations(page)

    page.get_by_role("link", name=first.title).first.click()
    page.get_by_role("link", name="Start the first lesson").click()
    assert page.get_by_role("heading", level=1).inner_text() == first.lessons[0].value["title"]
    page.get_by_label("Your private note").first.fill("Listening is harder than it sounds.")
    submit(page, "Save my note")
    assert page.get_by_label("Your private note").first.input_value() == "Listening is harder than it sounds."
    assert_no_accessibility_violations(page)

    page.goto(first.url + first.reverse_subpage("quiz"))
    assert_no_accessibility_violations(page)
    answer_quiz(page, first, right=False)
    assert "You scored 0%" in page.get_by_test_id("quiz-outcome").inner_text()
    assert_no_accessibility_violations(page)
    page.get_by_role("link", name="Try the quiz again").click()
    answer_quiz(page, first)
    assert "You passed with 100%" in page.get_by_test_id("quiz-outcome").inner_text()
    assert_no_accessibility_violations(page)

    page.goto("/training/")
    percent = page.get_by_test_id("course-percent").inner_text()
    assert percent != "0%"
    page.get_by_role("link", name=second.title).first.click()  # unlocked now
    assert page.get_by_role("heading", level=1).inner_text() == second.title

    for module in modules[1:]:
        page.goto(module.url + module.reverse_subpage("quiz"))
        answer_quiz(page, module)
    page.get_by_role("link", name="Get your certificate").click()
    assert page.get_by_test_id("certificate-name").inner_text() == "Quinn Learner"
    code = page.get_by_test_id("certificate-code").inner_text()
    assert_no_accessibility_violations(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the certificate (PDF)").click()
    assert download.value.suggested_filename == "training-certificate.pdf"

    anonymous = new_page()
    anonymous.goto("/training/verify/")
    anonymous.get_by_label("Verification code").fill(code)
    submit(anonymous, "Check")
    assert "This certificate is genuine" in anonymous.content()
    assert anonymous.get_by_test_id("verified-name").inner_text() == "Quinn Learner"
    assert anonymous.get_by_test_id("verified-course").inner_text() == "Certificate in Peer Support Practice"


def test_a_trainee_with_a_hebrew_name_gets_it_printed_then_reissues_in_chinese_and_the_old_code_says_replaced(
    live_server, demo_site, new_page
):
    """Issue #12: the PDF holds the name as written, in any script; a new name means a new certificate."""
    person = make_user("sarah@example.org", roles=[TRAINEES], display_name="שרה כהן")
    for module in TrainingModulePage.objects.all():  # the quizzes are another journey's subject
        ModuleProgress.objects.create(user=person, module=module, passed_at=timezone.now())
    page = new_page()
    sign_in(page, "sarah@example.org")

    page.goto("/training/certificate/")
    assert page.get_by_test_id("certificate-name").inner_text() == "שרה כהן"
    old_code = page.get_by_test_id("certificate-code").inner_text()
    text = downloaded_certificate_text(page)
    assert contains_name(text, "Hebrew", "שרה כהן") and old_code in text and "?" not in text

    page.get_by_label("New name to print").fill("王小明")
    submit(page, "Issue a new certificate")
    assert page.get_by_test_id("certificate-name").inner_text() == "王小明"
    new_code = page.get_by_test_id("certificate-code").inner_text()
    assert new_code != old_code
    assert_no_accessibility_violations(page)
    text = downloaded_certificate_text(page)
    assert contains_name(text, "Chinese", "王小明") and new_code in text and "שרה" not in text

    anonymous = new_page()
    anonymous.goto(f"/training/verify/{old_code}/")
    assert "replaced by a newer certificate" in anonymous.get_by_test_id("verified-replaced").inner_text()
    assert "王小明" not in anonymous.content() and new_code not in anonymous.content()
    assert_no_accessibility_violations(anonymous)


def downloaded_certificate_text(page):
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the certificate (PDF)").click()
    return pdf_text(Path(download.value.path()).read_bytes())
