"""Editors look after the guidance filters (topics and audiences) as well as the chapters.

Permissions are created here if missing, because Django only creates them after all migrations have run.
"""

from django.db import migrations

FILTER_MODELS = ("topic", "audience")
ACTIONS = ("add", "change", "delete", "view")


def give_editors_the_filters(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    for model in FILTER_MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="resources", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
            )
            editors.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0002_audience_topic_guidancechapterpage_relatedchapter"),
        ("members", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(give_editors_the_filters, migrations.RunPython.noop)]
