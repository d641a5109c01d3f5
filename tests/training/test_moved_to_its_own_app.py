"""Upgrading an existing database: training moved from recruitment to its own app, and nothing in it is lost."""

import datetime
import json
import pathlib

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision

from members.models import User
from portal.roles import COORDINATORS, MEMBERS
from training.models import Certificate, ModuleProgress, QuizAttempt, TrainingIndexPage, TrainingModulePage

TRAINING_APP = pathlib.Path(__file__).resolve().parents[2] / "training"


def migrate(targets=None):
    """Migrate to the targets (default: every app's latest; None: not at all) and return the historical models there."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state([target for target in targets if target[1] is not None]).apps


def before_the_move():
    """Every app at its latest migration, except recruitment before training left it and no training app."""
    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
    others = [(app, name) for app, name in leaves if app not in ("recruitment", "training")]
    return [*others, ("recruitment", "0004_training"), ("training", None)]


def add_page(old, model, parent, **fields):
    ContentType = old.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="recruitment", model=model.lower())
    page = old.get_model("recruitment", model).objects.create(
        path=f"{parent.path}9999",
        depth=parent.depth + 1,
        url_path=f"{parent.url_path}{fields['slug']}/",
        draft_title=fields["title"],
        content_type=content_type,
        locale_id=parent.locale_id,
        live=True,
        **fields,
    )
    parent.numchild += 1
    parent.save(update_fields=["numchild"])
    return page, content_type


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_course_built_before_the_move_keeps_its_pages_progress_certificates_and_permissions(client):
    old = migrate(before_the_move())
    Group = old.get_model("auth", "Group")
    home = old.get_model("wagtailcore", "Site").objects.get(is_default_site=True).root_page
    home = old.get_model("wagtailcore", "Page").objects.get(pk=home.pk)
    course, _ = add_page(old, "TrainingIndexPage", home, title="Training", slug="training")
    course = old.get_model("wagtailcore", "Page").objects.get(pk=course.pk)
    module, module_type = add_page(
        old, "TrainingModulePage", course, title="Listening well", slug="listening-well", summary="Listening."
    )
    old.get_model("recruitment", "QuizQuestion").objects.create(
        page=module,
        sort_order=0,
        text="What helps most?",
        choices=json.dumps([{"type": "choice", "value": {"text": "Listening", "is_correct": True}, "id": "a"}]),
        explanation="Listening comes first.",
    )
    old.get_model("wagtailcore", "Revision").objects.create(
        content_type=module_type,
        base_content_type=module_type,
        object_id=str(module.pk),
        content={"title": "Listening well"},
        created_at=datetime.datetime.now(datetime.UTC),
    )
    sam = old.get_model("members", "User").objects.create(email="sam@example.org", password="!")
    sam.groups.add(Group.objects.get(name=MEMBERS))
    old.get_model("recruitment", "ModuleProgress").objects.create(user=sam, module=module, last_lesson=1)
    old.get_model("recruitment", "QuizAttempt").objects.create(
        user=sam, module=module, score=1, total=1, percent=100, passed=True
    )
    old.get_model("recruitment", "Certificate").objects.create(
        user=sam,
        course_id=course.pk,
        title="Certificate in Peer Support Practice",
        name="Sam Example",
        completed_on=datetime.date(2026, 11, 1),
        code="ABCD-EFGH-JKLM",
    )
    coordinators = Group.objects.get(name=COORDINATORS)
    progress_type, _ = old.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="recruitment", model="moduleprogress"
    )
    coordinators.permissions.add(
        old.get_model("auth", "Permission").objects.get_or_create(
            content_type=progress_type, codename="view_moduleprogress", defaults={"name": "Can view training progress"}
        )[0]
    )
    dana = old.get_model("members", "User").objects.create(email="dana@example.org", password="!")
    dana.groups.add(coordinators)

    migrate()
    ContentType.objects.clear_cache()

    sam = User.objects.get(email="sam@example.org")
    module = TrainingModulePage.objects.get(slug="listening-well")
    assert module.get_parent().specific_class is TrainingIndexPage
    assert module.questions.get().text == "What helps most?"
    assert Revision.objects.get(object_id=str(module.pk)).content_type.model_class() is TrainingModulePage
    assert ModuleProgress.objects.get(user=sam, module=module).last_lesson == 1
    assert QuizAttempt.objects.get(user=sam, module=module).passed
    assert Certificate.objects.get(user=sam).course == module.get_parent().specific
    dana = User.objects.get(email="dana@example.org")
    assert dana.has_perm("training.view_moduleprogress")
    assert dana.has_perm("training.change_inductionitem")  # given to coordinators by recruitment's 0004
    assert ContentType.objects.get_for_model(TrainingModulePage).pk == module_type.pk  # the same row, relabelled
    assert not Permission.objects.filter(content_type__app_label="recruitment", codename__endswith="moduleprogress")
    client.force_login(sam)
    assert "Listening well" in client.get("/training/").content.decode()
    assert client.get(module.url).status_code == 200
    assert "Sam Example" in client.get("/training/verify/ABCD-EFGH-JKLM/").content.decode()


def test_training_never_imports_recruitment():
    importing = [
        str(source.relative_to(TRAINING_APP))
        for source in TRAINING_APP.rglob("*.py")
        if "migrations" not in source.parts
        and any(
            line.lstrip().startswith(("import recruitment", "from recruitment"))
            for line in source.read_text().splitlines()
        )
    ]
    assert importing == []
