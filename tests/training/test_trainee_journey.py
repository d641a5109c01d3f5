"""A trainee works through the course: status and progress, prerequisites, lessons and notes, the quiz, CPD."""

import itertools
import re
from html import escape

from members.models import CPDRecord
from tests.training.helpers import answers, fail_module, pass_module, quiz_url
from training.models import Certificate, ModuleProgress, QuizAttempt, ReflectionNote


def lesson_url(module, number):
    return module.url + module.reverse_subpage("lesson", args=[number])


def test_demo_course_has_six_modules_each_with_five_questions_in_order_of_prerequisites(modules):
    assert len(modules) >= 6
    for previous, module in itertools.pairwise(modules):
        assert module.questions.count() >= 5
        assert list(module.prerequisites.all()) == [previous]


def test_trainee_sees_the_course_with_statuses_progress_bar_and_what_unlocks_next(client, trainee, modules):
    client.force_login(trainee)
    response = client.get("/training/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<progress id="course-course-progress"' in html and 'value="0"' in html
    assert "Not started" in html and "Locked" in html
    assert f'Next: <a href="{modules[0].url}">{modules[0].title}</a>. Passing it unlocks {modules[1].title}' in html
    assert f"Finish “{modules[0].title}” first." in html


def test_locked_module_cannot_be_opened_by_url_and_says_what_to_finish_first(client, trainee, modules):
    client.force_login(trainee)
    for url in (modules[1].url, lesson_url(modules[1], 1), quiz_url(modules[1])):
        response = client.get(url)
        assert response.status_code == 403
        assert modules[0].title in response.content.decode()
    response = client.post(quiz_url(modules[1]), answers(modules[1]))
    assert response.status_code == 403
    assert not QuizAttempt.objects.exists()


def test_trainee_resumes_at_the_lesson_they_last_opened(client, trainee, modules):
    client.force_login(trainee)
    assert "Start the first lesson" in client.get(modules[0].url).content.decode()
    assert client.get(lesson_url(modules[0], 2)).status_code == 200
    page = client.get(modules[0].url).content.decode()
    assert f'href="{lesson_url(modules[0], 2)}">Continue with lesson 2' in page
    assert client.get("/training/").content.decode().count("In progress") >= 1


def test_lesson_past_the_last_is_not_found(client, trainee, modules):
    client.force_login(trainee)
    assert client.get(lesson_url(modules[0], 99)).status_code == 404


def test_reflection_note_is_saved_privately_and_shown_again(client, trainee, other_trainee, modules):
    module = modules[0]
    block = next(b for b in module.lessons[0].value["content"] if b.block_type == "reflection")
    client.force_login(trainee)
    response = client.post(lesson_url(module, 1), {"block_id": block.id, "note": "My own thought"})
    assert response.status_code == 302
    assert "My own thought" in client.get(lesson_url(module, 1)).content.decode()
    client.force_login(other_trainee)
    assert "My own thought" not in client.get(lesson_url(module, 1)).content.decode()
    assert ReflectionNote.objects.get().user == trainee


def test_too_long_note_keeps_what_was_typed_with_a_message(client, trainee, modules):
    module = modules[0]
    block = next(b for b in module.lessons[0].value["content"] if b.block_type == "reflection")
    client.force_login(trainee)
    response = client.post(lesson_url(module, 1), {"block_id": block.id, "note": "x" * 5001})
    assert response.status_code == 400
    assert "Keep your note under 5000 characters" in response.content.decode()
    assert "x" * 5001 in response.content.decode()
    assert not ReflectionNote.objects.exists()


def test_quiz_page_never_contains_which_answers_are_correct(client, trainee, modules):
    client.force_login(trainee)
    module = modules[0]
    html = client.get(quiz_url(module)).content.decode()
    assert "is_correct" not in html and "correct" not in html.lower().replace("incorrect", "")
    for question in module.questions.all():
        assert escape(question.text) in html
        assert escape(question.explanation) not in html
        for choice in question.choices:
            assert escape(choice.value["text"]) in html
    # a right choice's input differs from a wrong one's only by its own id and value
    question = module.questions.first()
    right = next(iter(question.correct_choice_ids()))
    wrong = next(c.id for c in question.choices if c.id != right)

    def tag(choice_id):
        found = re.search(rf'<input [^>]*value="{choice_id}"[^>]*>', html).group(0)
        return re.sub(r'(value|id)="[^"]*"', "", found)

    assert tag(right) == tag(wrong)


def test_unanswered_quiz_is_refused_with_messages_and_keeps_the_answers_given(client, trainee, modules):
    client.force_login(trainee)
    module = modules[0]
    data = answers(module)
    first = next(iter(data))
    given = {first: data[first]}
    response = client.post(quiz_url(module), given)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Choose an answer." in html
    assert f'value="{given[first][0]}"' in html and "checked" in html
    assert not QuizAttempt.objects.exists()


def test_failing_records_the_attempt_shows_feedback_and_what_to_revisit(client, trainee, modules):
    client.force_login(trainee)
    module = modules[0]
    response = fail_module(client, module)
    attempt = QuizAttempt.objects.get()
    assert response.status_code == 302 and response.url.endswith(f"/quiz/results/{attempt.pk}/")
    html = client.get(response.url).content.decode()
    assert "You scored 0%" in html and "The pass mark is 80%" in html
    assert "What to revisit" in html and "Try the quiz again" in html
    for question in module.questions.all():
        assert escape(question.explanation) in html
    assert not ModuleProgress.objects.get().is_passed
    assert not CPDRecord.objects.exists()


def test_passing_unlocks_the_next_module_and_records_cpd_once(client, trainee, modules):
    client.force_login(trainee)
    first = modules[0]
    fail_module(client, first)
    response = client.post(quiz_url(first), answers(first, wrong_count=1))  # 4 of 5 = 80%: a pass
    html = client.get(response.url).content.decode()
    assert "You passed with 80%" in html
    assert client.get(modules[1].url).status_code == 200
    record = CPDRecord.objects.get(user=trainee)
    assert record.activity_type == "e_learning"  # the demo modules are self-paced
    assert record.hours == first.duration_hours
    assert set(record.competencies.all()) == set(first.competencies.all())
    assert QuizAttempt.objects.filter(user=trainee).count() == 2
    # the quiz is closed once passed: no more attempts, no second CPD record
    assert "You have passed this module" in pass_module(client, first).content.decode()
    assert QuizAttempt.objects.filter(user=trainee).count() == 2
    assert CPDRecord.objects.filter(user=trainee).count() == 1
    overview = client.get("/training/").content.decode()
    assert "Passed" in overview and f'value="{round(100 / len(modules))}"' in overview


def test_attempt_limit_closes_the_quiz(client, trainee, modules):
    module = modules[0]
    module.attempt_limit = 1
    module.save_revision().publish()
    client.force_login(trainee)
    fail_module(client, module)
    assert "You have used all your attempts" in client.get(quiz_url(module)).content.decode()
    fail_module(client, module)
    assert QuizAttempt.objects.count() == 1


def test_someone_elses_result_is_not_found(client, trainee, other_trainee, modules):
    client.force_login(trainee)
    response = fail_module(client, modules[0])
    client.force_login(other_trainee)
    assert client.get(response.url).status_code == 404


def test_completing_every_required_module_issues_a_certificate_dated_the_last_pass(client, trainee, modules):
    client.force_login(trainee)
    for module in modules:
        assert pass_module(client, module).status_code == 302
    certificate = Certificate.objects.get(user=trainee)
    last_pass = ModuleProgress.objects.filter(user=trainee).order_by("-passed_at").first().passed_at
    assert certificate.completed_on == last_pass.date()
    assert certificate.name == "Taylor Trainee"
    assert certificate.title == "Certificate in Peer Support Practice"
    assert CPDRecord.objects.filter(user=trainee).count() == len(modules)
    html = client.get("/training/").content.decode()
    assert 'value="100"' in html and "View and download your certificate" in html
