"""Content types of the moved models are relabelled in place, so that page rows, revisions, log entries and the
role groups' permissions (all linked by content type id) follow the models to the training app unchanged."""

from django.db import migrations

MOVED_MODELS = (
    "certificate",
    "inductioncompletion",
    "inductionitem",
    "moduleprogress",
    "quizattempt",
    "quizquestion",
    "reflectionnote",
    "trainingindexpage",
    "trainingmodulepage",
    "trainingsettings",
)


def relabel(apps, from_app, to_app):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED_MODELS:
        if ContentType.objects.filter(app_label=to_app, model=model).exists():
            if ContentType.objects.filter(app_label=from_app, model=model).exists():
                raise RuntimeError(
                    f"Both {from_app}.{model} and {to_app}.{model} content types exist; "
                    f"merge them by hand before migrating."
                )
            continue
        ContentType.objects.filter(app_label=from_app, model=model).update(app_label=to_app)
    ContentType.objects.clear_cache()


def move_to_training(apps, schema_editor):
    relabel(apps, "recruitment", "training")


def move_back_to_recruitment(apps, schema_editor):
    relabel(apps, "training", "recruitment")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("recruitment", "0005_training_moves_to_its_own_app"),
        ("training", "0001_initial"),
    ]

    operations = [migrations.RunPython(move_to_training, move_back_to_recruitment)]
