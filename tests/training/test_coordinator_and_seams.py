"""Coordinators follow trainees and confirm them as members; training's dashboard panel, personal data and demo."""

import csv
import io

from django.core.management import call_command

from demo.training_course import NATIONAL_STANDARDS_COMPETENCIES
from members.models import Competency, CPDRecord
from portal.personal_data import personal_data_handlers
from portal.roles import MEMBERS, TRAINEES, user_has_role
from tests.factories import sign_in_with_mfa
from tests.training.helpers import fail_module, pass_module
from training.models import (
    Certificate,
    InductionCompletion,
    InductionItem,
    ModuleProgress,
    QuizAttempt,
    ReflectionNote,
    TrainingModulePage,
)
from training.signals import trainee_became_member


def trainee_url(user):
    return f"/admin/training/people/{user.pk}/"


def test_coordinator_sees_started_passed_attempts_per_trainee_and_module(client, trainee, coordinator, modules):
    client.force_login(trainee)
    fail_module(client, modules[0])
    pass_module(client, modules[0])
    sign_in_with_mfa(client, coordinator)
    html = client.get("/admin/training/").content.decode()
    assert "Taylor Trainee" in html and "1 of 6" in html
    html = client.get(trainee_url(trainee)).content.decode()
    assert modules[0].title in html and "Not started" in html
    rows = list(csv.reader(io.StringIO(client.get("/admin/training/export.csv").content.decode())))
    assert rows[0] == ["Person", "Email", "Module", "Required", "Started", "Passed", "Attempts", "Last activity"]
    first = next(row for row in rows if row[2] == modules[0].title)
    assert first[1] == "taylor@example.org" and first[4] and first[5] and first[6] == "2"
    second = next(row for row in rows if row[2] == modules[1].title)
    assert second[4:7] == ["", "", "0"]


def test_trainees_cannot_open_the_coordinator_screens(client, trainee, modules):
    client.force_login(trainee)
    for url in ("/admin/training/", trainee_url(trainee)):
        assert client.get(url).status_code in (302, 403)


def test_coordinator_ticks_induction_and_confirms_a_trained_trainee_as_member(client, trainee, coordinator, modules):
    client.force_login(trainee)
    for module in modules:
        pass_module(client, module)
    sign_in_with_mfa(client, coordinator)
    items = list(InductionItem.objects.all())
    assert len(items) >= 7
    client.post(trainee_url(trainee), {"items": [items[0].pk]})
    client.post(trainee_url(trainee), {"confirm_member": "1"})
    assert user_has_role(trainee, TRAINEES) and not user_has_role(trainee, MEMBERS)
    assert "Still to complete: the induction checklist (1 of" in client.get(trainee_url(trainee)).content.decode()
    client.post(trainee_url(trainee), {"items": [item.pk for item in items]})
    assert InductionCompletion.objects.filter(user=trainee).count() == len(items)
    client.post(trainee_url(trainee), {"confirm_member": "1"})
    trainee.refresh_from_db()
    assert user_has_role(trainee, MEMBERS) and not user_has_role(trainee, TRAINEES)


def trained_and_inducted(client, trainee, modules):
    client.force_login(trainee)
    for module in modules:
        pass_module(client, module)
    InductionCompletion.objects.bulk_create(
        InductionCompletion(user=trainee, item=item) for item in InductionItem.objects.all()
    )


def test_confirming_a_member_says_what_happened_not_that_they_are_not_a_trainee(client, trainee, coordinator, modules):
    trained_and_inducted(client, trainee, modules)
    sign_in_with_mfa(client, coordinator)

    response = client.post(trainee_url(trainee), {"confirm_member": "1"}, follow=True)

    page = response.content.decode()
    assert [str(message) for message in response.context["messages"]] == ["Taylor Trainee is now a Peer Supporter."]
    assert "not in the Trainees group" not in page
    assert "Taylor Trainee is a Peer Supporter (in the Members group)." in page


def test_confirming_a_member_tells_other_apps_through_the_signal(client, trainee, coordinator, modules):
    heard = []

    def receiver(sender, user, by, **kwargs):
        heard.append((user, by, user_has_role(user, MEMBERS)))
        return "Their other record is updated."

    trained_and_inducted(client, trainee, modules)
    sign_in_with_mfa(client, coordinator)
    trainee_became_member.connect(receiver)
    try:
        response = client.post(trainee_url(trainee), {"confirm_member": "1"}, follow=True)
    finally:
        trainee_became_member.disconnect(receiver)

    assert heard == [(trainee, coordinator, True)]
    assert [str(message) for message in response.context["messages"]] == [
        "Taylor Trainee is now a Peer Supporter. Their other record is updated."
    ]


def test_dashboard_shows_your_training_with_progress(client, trainee, modules):
    client.force_login(trainee)
    pass_module(client, modules[0])
    html = client.get("/members/").content.decode()
    assert "Your training" in html and f'Next: <a href="{modules[1].url}">' in html


def handler():
    return next(h for h in personal_data_handlers() if h.name == "training")


def test_personal_data_export_and_erase_cover_attempts_notes_and_certificates(client, trainee, other_trainee, modules):
    for person in (trainee, other_trainee):
        client.force_login(person)
        fail_module(client, modules[0])
        for module in modules:
            pass_module(client, module)
        block = next(b for b in modules[0].lessons[0].value["content"] if b.block_type == "reflection")
        client.post(modules[0].url + "lessons/1/", {"block_id": block.id, "note": f"Note of {person.email}"})
    exported = handler().export(trainee)
    assert len(exported["quiz_attempts"]) == 7
    assert exported["reflection_notes"][0]["note"] == "Note of taylor@example.org"
    assert exported["certificates"][0]["verification_code"] == Certificate.objects.get(user=trainee).code
    handler().erase(trainee)
    for model in (QuizAttempt, ReflectionNote, ModuleProgress, Certificate):
        assert not model.objects.filter(user=trainee).exists()
        assert model.objects.filter(user=other_trainee).exists()


def test_demo_content_seeds_competencies_course_and_a_started_trainee_and_is_idempotent(db):
    call_command("load_demo_content", "--with-demo-users", stdout=io.StringIO())
    counts = (TrainingModulePage.objects.count(), InductionItem.objects.count(), Competency.objects.count())
    call_command("load_demo_content", "--with-demo-users", stdout=io.StringIO())
    assert (TrainingModulePage.objects.count(), InductionItem.objects.count(), Competency.objects.count()) == counts
    assert counts[0] >= 6
    assert set(NATIONAL_STANDARDS_COMPETENCIES) <= set(Competency.objects.values_list("name", flat=True))
    progress = ModuleProgress.objects.get(user__email="trainee@example.org")
    assert progress.last_lesson == 1 and not progress.is_passed
    assert not CPDRecord.objects.filter(source__startswith="training-module:").exists()


def test_editor_opens_a_module_with_its_questions_and_choices_in_wagtail_admin(client, modules):
    from portal.roles import EDITORS
    from tests.factories import make_user

    editor = make_user("eden@example.org", roles=[EDITORS])
    sign_in_with_mfa(client, editor)
    response = client.get(f"/admin/pages/{modules[1].pk}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    for label in ("Pass mark", "Attempt limit", "Prerequisites", "Competencies", "Quiz questions", "Duration"):
        assert label.lower() in html.lower(), label
    assert modules[1].questions.first().text in html
    assert client.get(f"/admin/pages/add/training/trainingmodulepage/{modules[0].get_parent().pk}/").status_code == 200
