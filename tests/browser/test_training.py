"""A trainee goes from the first module to a verified certificate in a real browser; axe checks each page type."""

import pytest

from portal.roles import TRAINEES
from tests.browser.helpers import assert_no_accessibility_violations, sign_in, submit
from tests.factories import make_user
from training.marking import field_name
from training.models import TrainingModulePage

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
