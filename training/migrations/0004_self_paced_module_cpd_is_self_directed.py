"""CPD recorded for passing a training module was always marked participatory ("learning with other people"), so
self-paced modules filled the participatory target. Every module existing now is self-paced (`taught_in_group` has
just been added, unticked), so its records become self-directed e-learning, as new ones are recorded. Editors tick
the modules taught in a group; people who pass those from now on get participatory CPD."""

from django.db import migrations

MODULE_SOURCE_PREFIX = "training-module:"


def mark_module_cpd_self_directed(apps, schema_editor):
    CPDRecord = apps.get_model("members", "CPDRecord")
    CPDRecord.objects.filter(source__startswith=MODULE_SOURCE_PREFIX, mode="participatory").update(
        mode="self_directed", activity_type="e_learning"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0003_module_taught_in_group"),
        ("members", "0004_cpd_permissions"),
    ]

    operations = [migrations.RunPython(mark_module_cpd_self_directed, migrations.RunPython.noop)]
