"""Coordinators keep the CPD settings and, with editors, the shared competency list."""

from django.db import migrations

PERMISSIONS = {
    "Coordinators": [
        ("competency", "add_competency"),
        ("competency", "change_competency"),
        ("competency", "delete_competency"),
        ("cpdsettings", "change_cpdsettings"),
    ],
    "Editors": [
        ("competency", "add_competency"),
        ("competency", "change_competency"),
        ("competency", "delete_competency"),
    ],
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group_name, permissions in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, codename in permissions:
            content_type, _ = ContentType.objects.get_or_create(app_label="members", model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("members", "0003_cpd_records")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
