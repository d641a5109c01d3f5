"""Give Coordinators what the recruitment screens need: open, act on, assess and export applications; keep DBS
records; read the access log. Permissions are created here if missing, as Django only creates them after all
migrations have run."""

from django.db import migrations

COORDINATOR_PERMISSIONS = {
    "application": (
        ("view_application", "Can view application"),
        ("change_application", "Can change application"),
        ("assess_application", "Can score applications against the person specification"),
        ("export_application", "Can export applications"),
    ),
    "vettingcheck": (
        ("view_vettingcheck", "Can view DBS check"),
        ("add_vettingcheck", "Can add DBS check"),
        ("change_vettingcheck", "Can change DBS check"),
        ("delete_vettingcheck", "Can delete DBS check"),
    ),
    "applicationaccesslog": (("view_applicationaccesslog", "Can view application access log entry"),),
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    coordinators, _ = Group.objects.get_or_create(name="Coordinators")
    for model, permissions in COORDINATOR_PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="recruitment", model=model)
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
        *Permission.objects.filter(content_type__app_label="recruitment", codename__in=codenames)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("recruitment", "0002_applicationformpage_personspecificationcriterion_and_more"),
        ("members", "0002_role_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
