"""Coordinators approve or decline membership requests in Wagtail admin: they need to change memberships.

The admin edit form for a membership only takes a decision through `Membership.change_status`.
"""

from django.db import migrations


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="groups", model="membership")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="change_membership", defaults={"name": "Can change membership"}
    )
    group, _ = Group.objects.get_or_create(name="Coordinators")
    group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name="Coordinators").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="groups", codename="change_membership")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("groups", "0003_role_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
