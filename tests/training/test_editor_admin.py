"""Editors build modules in Wagtail admin: the real add and edit forms, questions with choices, and the checks that
stop a quiz question from having no right answer (or two, when only one is allowed)."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from members.models import Competency
from portal.roles import EDITORS
from tests.factories import make_user, sign_in_with_mfa
from training.models import QuizQuestion, TrainingModulePage


@pytest.fixture
def editor(client, db):
    user = make_user("eden@example.org", roles=[EDITORS])
    sign_in_with_mfa(client, user)
    return user


def choices(*items):
    """("text", is_correct) pairs as the choices StreamField posts them."""
    return streamfield([("choice", {"text": text, **({"is_correct": "on"} if right else {})}) for text, right in items])


def question(text, kind=QuizQuestion.SINGLE, items=(("Yes", True), ("No", False)), **extra):
    return {
        "text": text,
        "kind": kind,
        "choices": choices(*items),
        "explanation": f"Why: {text}",
        "revisit_lesson": "",
        **extra,
    }


def module_post(questions, initial=0, prerequisites=(), competencies=(), **fields):
    data = {
        "title": "Working with groups",
        "slug": "working-with-groups",
        "summary": "Running a peer support group session safely.",
        "introduction": rich_text("<p>For volunteers who will co-facilitate.</p>"),
        "is_required": "",
        "duration_hours": "1.5",
        "pass_mark": "75",
        "attempt_limit": "3",
        "lessons": streamfield([]),
        "questions": inline_formset(questions, initial=initial, min=1),
        "comments": inline_formset([]),
        "action-publish": "publish",
        **fields,
    }
    post = nested_form_data(data)
    post["prerequisites"] = [str(pk) for pk in prerequisites]
    post["competencies"] = [str(pk) for pk in competencies]
    return post


def add_url(course):
    return f"/admin/pages/add/training/trainingmodulepage/{course.pk}/"


def test_editor_adds_a_module_with_questions_and_choices_through_wagtail_admin(client, editor, course, modules):
    listening = Competency.objects.get(name="Listening and communication")
    post = module_post(
        [
            question(
                "Who sets the ground rules?", items=(("The group together", True), ("The facilitator alone", False))
            ),
            question(
                "Which help a group feel safe?",
                kind=QuizQuestion.MULTIPLE,
                items=(("Agreed confidentiality", True), ("Starting on time", True), ("Naming absent members", False)),
                revisit_lesson="1",
            ),
        ],
        prerequisites=[modules[0].pk],
        competencies=[listening.pk],
    )
    response = client.post(add_url(course), post)
    assert response.status_code == 302, response.content.decode()[:3000]

    module = TrainingModulePage.objects.get(slug="working-with-groups")
    assert module.live and module.get_parent().pk == course.pk
    assert (module.pass_mark, module.attempt_limit, str(module.duration_hours)) == (75, 3, "1.50")
    assert module.is_required is False
    assert list(module.prerequisites.all()) == [modules[0]]
    assert list(module.competencies.all()) == [listening]
    saved = list(module.questions.all())
    assert [q.text for q in saved] == ["Who sets the ground rules?", "Which help a group feel safe?"]
    assert [q.kind for q in saved] == [QuizQuestion.SINGLE, QuizQuestion.MULTIPLE]
    assert [(c.value["text"], c.value["is_correct"]) for c in saved[1].choices] == [
        ("Agreed confidentiality", True),
        ("Starting on time", True),
        ("Naming absent members", False),
    ]
    assert saved[1].revisit_lesson == 1 and saved[0].explanation == "Why: Who sets the ground rules?"
    assert len(saved[0].correct_choice_ids()) == 1


def test_editor_edits_a_module_its_pass_mark_and_a_question_and_the_changes_are_saved(client, editor, modules):
    module = modules[1]
    existing = list(module.questions.all())
    posted = []
    for index, item in enumerate(existing):
        posted.append(
            {
                "id": str(item.pk),
                "text": "Reworded: " + item.text if index == 0 else item.text,
                "kind": item.kind,
                "choices": choices(*[(c.value["text"], c.value["is_correct"]) for c in item.choices]),
                "explanation": item.explanation,
                "revisit_lesson": str(item.revisit_lesson or ""),
                "DELETE": "on" if index == len(existing) - 1 else "",
            }
        )
    post = module_post(
        posted,
        initial=len(existing),
        prerequisites=[p.pk for p in module.prerequisites.all()],
        competencies=[c.pk for c in module.competencies.all()],
        title=module.title,
        slug=module.slug,
        summary=module.summary,
        pass_mark="90",
        is_required="on",
        lessons=streamfield([]),
    )
    response = client.post(f"/admin/pages/{module.pk}/edit/", post)
    assert response.status_code == 302, response.content.decode()[:3000]

    module = TrainingModulePage.objects.get(pk=module.pk)
    assert module.pass_mark == 90 and module.is_required
    saved = list(module.questions.all())
    assert len(saved) == len(existing) - 1
    assert saved[0].pk == existing[0].pk and saved[0].text == "Reworded: " + existing[0].text
    assert [q.pk for q in saved] == [q.pk for q in existing[:-1]]
    assert [c.value["text"] for c in saved[0].choices] == [c.value["text"] for c in existing[0].choices]
    assert saved[0].correct_choice_ids() and len(saved[0].correct_choice_ids()) == len(existing[0].correct_choice_ids())


@pytest.mark.parametrize(
    ("kind", "items", "message"),
    [
        (QuizQuestion.SINGLE, (("Yes", False), ("No", False)), "Mark at least one choice as correct."),
        (QuizQuestion.MULTIPLE, (("Yes", False), ("No", False)), "Mark at least one choice as correct."),
        (QuizQuestion.SINGLE, (("Yes", True), ("Also yes", True)), "A one-answer question has exactly one correct"),
    ],
    ids=["single-without-correct", "multiple-without-correct", "single-with-two-correct"],
)
def test_a_question_without_a_right_answer_or_single_choice_with_two_is_refused_with_a_message(
    client, editor, course, modules, kind, items, message
):
    pages_before = Page.objects.count()
    post = module_post([question("A fair question", kind=kind, items=items)])
    response = client.post(add_url(course), post)
    html = response.content.decode()
    assert response.status_code == 200  # the form again, not a redirect
    assert message in html
    assert "A fair question" in html  # what was typed is kept
    assert Page.objects.count() == pages_before
    assert not TrainingModulePage.objects.filter(slug="working-with-groups").exists()


def test_a_multiple_choice_question_may_have_several_right_answers(client, editor, course, modules):
    items = (("Yes", True), ("Also yes", True), ("No", False))
    response = client.post(
        add_url(course), module_post([question("Tick all", kind=QuizQuestion.MULTIPLE, items=items)])
    )
    assert response.status_code == 302
    saved = TrainingModulePage.objects.get(slug="working-with-groups").questions.get()
    assert len(saved.correct_choice_ids()) == 2
