"""Give Coordinators what the referral screens need: open and act on referrals, record initial meetings, export and
erase a record, read the access log. Editors get nothing here: they see nothing of this app."""

from django.db import migrations

COORDINATOR_PERMISSIONS = {
    "referral": (
        ("view_referral", "Can view referral"),
        ("change_referral", "Can change referral"),
        ("export_referral", "Can export and erase a referred person's record"),
    ),
    "initialmeeting": (
        ("view_initialmeeting", "Can view initial meeting"),
        ("add_initialmeeting", "Can add initial meeting"),
        ("change_initialmeeting", "Can change initial meeting"),
    ),
    "referralaccesslog": (("view_referralaccesslog", "Can view one-to-one record access log entry"),),
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    coordinators, _ = Group.objects.get_or_create(name="Coordinators")
    for model, permissions in COORDINATOR_PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="one_to_one", model=model)
        for codename, name in permissions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name}
            )
            coordinators.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    coordinators = Group.objects.filter(name="Coordinators").first()
    if coordinators is None:
        return
    codenames = [codename for permissions in COORDINATOR_PERMISSIONS.values() for codename, _ in permissions]
    coordinators.permissions.remove(
        *Permission.objects.filter(content_type__app_label="one_to_one", codename__in=codenames)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("one_to_one", "0002_intake_preferences_consent_initial_meeting"),
        ("members", "0002_role_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
