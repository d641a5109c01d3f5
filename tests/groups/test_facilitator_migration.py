"""Upgrading an existing database: facilitators named on group pages become current appointments."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("groups", "0004_coordinators_decide_memberships")]


def migrate(targets=None):
    """Migrate to the targets (default: every app's latest) and return the historical models there."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_todays_facilitators_become_current_appointments_and_editors_lose_venues():
    old = migrate(BEFORE)
    User = old.get_model("members", "User")
    GroupPage = old.get_model("groups", "GroupPage")
    ContentType = old.get_model("contenttypes", "ContentType")
    frankie = User.objects.create(email="frankie@example.org", password="!")
    sam = User.objects.create(email="sam@example.org", password="!")
    group = GroupPage.objects.create(
        title="Friday Circle",
        draft_title="Friday Circle",
        slug="friday-circle",
        path="00019999",
        depth=2,
        content_type=ContentType.objects.get_or_create(app_label="groups", model="grouppage")[0],
        locale=old.get_model("wagtailcore", "Locale").objects.first(),
        description="A friendly group.",
        signage_wording="Friday Wellbeing Meeting",
    )
    # 0003 gave Editors venue permissions, as existing databases still have them.
    old.get_model("auth", "Group").objects.get(name="Editors").permissions.add(
        *old.get_model("auth", "Permission").objects.filter(content_type__model="groupvenue")
    )
    for person in (frankie, sam):
        GroupPage.facilitators.through.objects.create(grouppage_id=group.pk, user_id=person.pk)

    new = migrate()

    appointments = new.get_model("groups", "FacilitatorAppointment").objects.filter(group_id=group.pk)
    assert sorted(appointments.filter(ended_at=None).values_list("user__email", flat=True)) == [
        "frankie@example.org",
        "sam@example.org",
    ]
    Permission = new.get_model("auth", "Permission")
    assert not Permission.objects.filter(group__name="Editors", content_type__model="groupvenue").exists()
