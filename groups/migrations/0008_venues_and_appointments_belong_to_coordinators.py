"""Venues and who facilitates a group are coordinators' business (confidentiality rule 2).

0003 gave Editors add, change and view on venues; existing databases still have them, so they are taken away here
(and a fresh install ends the same way). Coordinators appoint facilitators and stand them down; nobody deletes an
appointment, which is the history. Permissions are created here if missing, as in 0003.
"""

from django.db import migrations

COORDINATOR_APPOINTMENT_ACTIONS = ("add", "change", "view")


def get_permission(apps, model, action):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="groups", model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
    )
    return permission


def coordinators_only(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="groups", content_type__model="groupvenue")
        )
    coordinators, _ = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(
        *(get_permission(apps, "facilitatorappointment", action) for action in COORDINATOR_APPOINTMENT_ACTIONS)
    )


def take_back_appointment_permissions(apps, schema_editor):
    # Editors do not get venues back: that grant was the mistake this migration corrects.
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators = Group.objects.filter(name="Coordinators").first()
    if coordinators is not None:
        coordinators.permissions.remove(
            *Permission.objects.filter(content_type__app_label="groups", content_type__model="facilitatorappointment")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("groups", "0007_remove_grouppage_facilitators"),
    ]

    operations = [migrations.RunPython(coordinators_only, take_back_appointment_permissions)]
