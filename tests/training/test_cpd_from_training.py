"""Passing a module is CPD; it counts towards learning with other people only when the module is taught in a group."""

import pytest
from django.utils import timezone

from members.cpd import CPDYear, cpd_settings, year_progress
from members.models import CPDRecord, LearningMode
from tests.training.helpers import pass_module


def participatory_hours_this_year(user):
    settings = cpd_settings()
    year = CPDYear.containing(timezone.localdate(), settings.year_start_month)
    return year_progress(user, year, settings).participatory_hours


def test_passing_a_self_paced_module_does_not_fill_the_participatory_target(client, trainee, modules):
    client.force_login(trainee)

    pass_module(client, modules[0])

    record = CPDRecord.objects.get(user=trainee)
    assert record.mode == LearningMode.SELF_DIRECTED
    assert record.activity_type == "e_learning"
    assert participatory_hours_this_year(trainee) == 0


def test_passing_a_module_taught_in_a_group_counts_as_learning_with_others(client, trainee, modules):
    module = modules[0]
    module.taught_in_group = True
    module.save_revision().publish()
    client.force_login(trainee)

    pass_module(client, module)

    record = CPDRecord.objects.get(user=trainee)
    assert record.mode == LearningMode.PARTICIPATORY
    assert record.activity_type == "training"
    assert participatory_hours_this_year(trainee) == module.duration_hours


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_upgrading_makes_cpd_already_recorded_for_self_paced_modules_self_directed():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    before = [("training", "0003_module_taught_in_group"), ("members", "0004_cpd_permissions")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    person = old.get_model("members", "User").objects.create(email="upgraded@example.org", password="!")
    CPDRecord = old.get_model("members", "CPDRecord")
    common = {"user_id": person.pk, "hours": 2, "date": timezone.localdate()}
    CPDRecord.objects.create(
        source="training-module:12", title="Training module: Listening", activity_type="training", **common
    )
    CPDRecord.objects.create(source="", title="Supervision with Sam", activity_type="supervision", **common)
    CPDRecord.objects.update(mode="participatory")

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    records = {record.title: record for record in CPDRecord.objects.all()}
    assert records["Training module: Listening"].mode == LearningMode.SELF_DIRECTED
    assert records["Training module: Listening"].activity_type == "e_learning"
    assert records["Supervision with Sam"].mode == LearningMode.PARTICIPATORY
