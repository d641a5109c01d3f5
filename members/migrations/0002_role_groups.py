"""Create the five role groups of DESIGN.md with the Wagtail permissions their work needs.

Permissions are created here if missing, because Django only creates them after all migrations have run.
"""

from django.db import migrations

ROLE_GROUPS = ("Trainees", "Members", "Facilitators", "Coordinators", "Editors")
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
EDITOR_MODEL_PERMISSIONS = {
    ("wagtaildocs", "document"): ("add_document", "change_document", "delete_document", "choose_document"),
    ("wagtailimages", "image"): ("add_image", "change_image", "delete_image", "choose_image"),
}


def get_permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return permission


def create_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_GROUPS}
    access_admin = get_permission(apps, "wagtailadmin", "admin", "access_admin")

    editors = groups["Editors"]
    editors.permissions.add(access_admin)
    for (app_label, model), codenames in EDITOR_MODEL_PERMISSIONS.items():
        for codename in codenames:
            editors.permissions.add(get_permission(apps, app_label, model, codename))
    for root in Page.objects.filter(depth=1):
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root, permission=get_permission(apps, "wagtailcore", "page", codename)
            )

    # Coordinators work in Wagtail admin; the apps that give them screens add the model permissions they need.
    groups["Coordinators"].permissions.add(access_admin)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_role_groups, migrations.RunPython.noop)]
