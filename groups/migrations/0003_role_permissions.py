"""What each role may do with support groups in Wagtail admin.

Editors keep the taxonomies, venues and agreements; coordinators oversee memberships, venues and the meeting log.
Facilitators get no admin permissions: they work on their own group's front-end pages, which check per group.
Permissions are created here if missing, because Django only creates them after all migrations have run.
"""

from django.db import migrations

PERMISSIONS = {
    "Editors": [
        ("audience", ("add", "change", "delete", "view")),
        ("area", ("add", "change", "delete", "view")),
        ("groupvenue", ("add", "change", "view")),
        ("groupagreement", ("add", "change", "view")),
        ("agreementversion", ("view",)),
    ],
    "Coordinators": [
        ("audience", ("view",)),
        ("area", ("view",)),
        ("groupvenue", ("add", "change", "view")),
        ("groupagreement", ("view",)),
        ("agreementversion", ("view",)),
        ("membership", ("view",)),
        ("meetinglog", ("view", "change")),
    ],
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group_name, models in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, actions in models:
            content_type, _ = ContentType.objects.get_or_create(app_label="groups", model=model)
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("groups", "0002_support_groups"),
        ("members", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
