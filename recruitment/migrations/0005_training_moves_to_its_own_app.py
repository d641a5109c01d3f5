"""Training moved to its own app: its models leave recruitment's state; their tables and rows stay as they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("recruitment", "0004_training"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="inductioncompletion",
                    name="item",
                ),
                migrations.RemoveField(
                    model_name="inductioncompletion",
                    name="marked_by",
                ),
                migrations.RemoveField(
                    model_name="inductioncompletion",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="moduleprogress",
                    name="module",
                ),
                migrations.RemoveField(
                    model_name="moduleprogress",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="quizattempt",
                    name="module",
                ),
                migrations.RemoveField(
                    model_name="quizattempt",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="quizquestion",
                    name="page",
                ),
                migrations.RemoveField(
                    model_name="reflectionnote",
                    name="module",
                ),
                migrations.RemoveField(
                    model_name="reflectionnote",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="trainingindexpage",
                    name="page_ptr",
                ),
                migrations.RemoveField(
                    model_name="trainingmodulepage",
                    name="competencies",
                ),
                migrations.RemoveField(
                    model_name="trainingmodulepage",
                    name="page_ptr",
                ),
                migrations.RemoveField(
                    model_name="trainingmodulepage",
                    name="prerequisites",
                ),
                migrations.RemoveField(
                    model_name="trainingsettings",
                    name="site",
                ),
                migrations.DeleteModel(
                    name="Certificate",
                ),
                migrations.DeleteModel(
                    name="InductionItem",
                ),
                migrations.DeleteModel(
                    name="InductionCompletion",
                ),
                migrations.DeleteModel(
                    name="ModuleProgress",
                ),
                migrations.DeleteModel(
                    name="QuizAttempt",
                ),
                migrations.DeleteModel(
                    name="QuizQuestion",
                ),
                migrations.DeleteModel(
                    name="ReflectionNote",
                ),
                migrations.DeleteModel(
                    name="TrainingIndexPage",
                ),
                migrations.DeleteModel(
                    name="TrainingModulePage",
                ),
                migrations.DeleteModel(
                    name="TrainingSettings",
                ),
            ],
            database_operations=[],
        ),
    ]
