"""The training models, moved here from recruitment: the state is created, the tables already exist under
their recruitment_ names (db_table keeps them)."""

from decimal import Decimal

import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

import portal.confidentiality
import training.models.certificates


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("recruitment", "0004_training"),
        ("members", "0004_cpd_permissions"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="InductionItem",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("title", models.CharField(max_length=200)),
                        ("description", models.TextField(blank=True)),
                        ("sort_order", models.PositiveSmallIntegerField(default=0)),
                    ],
                    options={
                        "verbose_name": "induction checklist item",
                        "db_table": "recruitment_inductionitem",
                        "ordering": ["sort_order", "id"],
                    },
                ),
                migrations.CreateModel(
                    name="TrainingIndexPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        ("introduction", wagtail.fields.RichTextField(blank=True)),
                    ],
                    options={
                        "verbose_name": "training section",
                        "db_table": "recruitment_trainingindexpage",
                    },
                    bases=("wagtailcore.page",),
                ),
                migrations.CreateModel(
                    name="TrainingModulePage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "summary",
                            models.CharField(
                                help_text="One or two sentences shown in the course list.", max_length=300
                            ),
                        ),
                        ("introduction", wagtail.fields.RichTextField(blank=True)),
                        (
                            "lessons",
                            wagtail.fields.StreamField(
                                [("lesson", 19)],
                                blank=True,
                                block_lookup={
                                    0: ("wagtail.blocks.CharBlock", (), {"max_length": 200}),
                                    1: (
                                        "wagtail.blocks.RichTextBlock",
                                        (),
                                        {
                                            "features": ["bold", "italic", "link", "ul", "ol", "h3"],
                                            "template": "training/blocks/text.html",
                                        },
                                    ),
                                    2: ("wagtail.blocks.CharBlock", (), {"default": "Key points", "max_length": 120}),
                                    3: ("wagtail.blocks.CharBlock", (), {"max_length": 300}),
                                    4: ("wagtail.blocks.ListBlock", (3,), {}),
                                    5: ("wagtail.blocks.StructBlock", [[("heading", 2), ("points", 4)]], {}),
                                    6: (
                                        "wagtail.blocks.RichTextBlock",
                                        (),
                                        {"features": ["bold", "italic", "link", "ul", "ol", "h3"]},
                                    ),
                                    7: ("wagtail.blocks.ListBlock", (3,), {"label": "Questions to think about"}),
                                    8: (
                                        "wagtail.blocks.StructBlock",
                                        [[("title", 0), ("situation", 6), ("questions", 7)]],
                                        {},
                                    ),
                                    9: ("wagtail.blocks.TextBlock", (), {"max_length": 600}),
                                    10: ("wagtail.blocks.StructBlock", [[("prompt", 9)]], {}),
                                    11: (
                                        "wagtail.blocks.ChoiceBlock",
                                        [],
                                        {"choices": [("video", "Video"), ("audio", "Audio")]},
                                    ),
                                    12: (
                                        "wagtail.blocks.URLBlock",
                                        (),
                                        {
                                            "help_text": "Where to watch or listen. Shown as a link: nothing loads from another site.",
                                            "required": False,
                                        },
                                    ),
                                    13: (
                                        "wagtail.documents.blocks.DocumentChooserBlock",
                                        (),
                                        {"help_text": "Or a media file uploaded to the portal.", "required": False},
                                    ),
                                    14: (
                                        "wagtail.blocks.StructBlock",
                                        [
                                            [
                                                ("title", 0),
                                                ("kind", 11),
                                                ("url", 12),
                                                ("document", 13),
                                                ("transcript", 6),
                                            ]
                                        ],
                                        {},
                                    ),
                                    15: ("wagtail.documents.blocks.DocumentChooserBlock", (), {}),
                                    16: ("wagtail.blocks.CharBlock", (), {"max_length": 200, "required": False}),
                                    17: ("wagtail.blocks.StructBlock", [[("document", 15), ("description", 16)]], {}),
                                    18: (
                                        "wagtail.blocks.StreamBlock",
                                        [
                                            [
                                                ("text", 1),
                                                ("key_points", 5),
                                                ("scenario", 8),
                                                ("reflection", 10),
                                                ("media", 14),
                                                ("download", 17),
                                            ]
                                        ],
                                        {},
                                    ),
                                    19: ("wagtail.blocks.StructBlock", [[("title", 0), ("content", 18)]], {}),
                                },
                            ),
                        ),
                        (
                            "is_required",
                            models.BooleanField(
                                default=True,
                                help_text="Optional modules are extra learning.",
                                verbose_name="required for the certificate",
                            ),
                        ),
                        (
                            "duration_hours",
                            models.DecimalField(
                                decimal_places=2,
                                default=Decimal("1"),
                                help_text="How long the module takes; recorded as CPD hours when the trainee passes.",
                                max_digits=4,
                                validators=[
                                    django.core.validators.MinValueValidator(Decimal("0.25")),
                                    django.core.validators.MaxValueValidator(Decimal("100")),
                                ],
                                verbose_name="duration (hours)",
                            ),
                        ),
                        (
                            "pass_mark",
                            models.PositiveSmallIntegerField(
                                default=80,
                                validators=[
                                    django.core.validators.MinValueValidator(1),
                                    django.core.validators.MaxValueValidator(100),
                                ],
                                verbose_name="pass mark (%)",
                            ),
                        ),
                        (
                            "attempt_limit",
                            models.PositiveSmallIntegerField(
                                blank=True,
                                help_text="Leave empty for unlimited attempts.",
                                null=True,
                                validators=[django.core.validators.MinValueValidator(1)],
                                verbose_name="attempt limit",
                            ),
                        ),
                        (
                            "competencies",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True, related_name="training_modules", to="members.competency"
                            ),
                        ),
                        (
                            "prerequisites",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True,
                                help_text="Modules the trainee must pass before opening this one.",
                                related_name="unlocks",
                                to="training.trainingmodulepage",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "training module",
                        "db_table": "recruitment_trainingmodulepage",
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, "wagtailcore.page"),
                ),
                migrations.CreateModel(
                    name="QuizQuestion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        ("text", models.CharField(max_length=400, verbose_name="question")),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("single", "One correct answer"),
                                    ("multiple", "One or more correct answers (tick all that apply)"),
                                ],
                                default="single",
                                max_length=10,
                            ),
                        ),
                        (
                            "choices",
                            wagtail.fields.StreamField(
                                [("choice", 2)],
                                block_lookup={
                                    0: ("wagtail.blocks.CharBlock", (), {"max_length": 300}),
                                    1: (
                                        "wagtail.blocks.BooleanBlock",
                                        (),
                                        {"label": "Correct answer", "required": False},
                                    ),
                                    2: ("wagtail.blocks.StructBlock", [[("text", 0), ("is_correct", 1)]], {}),
                                },
                            ),
                        ),
                        (
                            "explanation",
                            models.TextField(
                                help_text="Shown after the trainee submits: why the right answer is right."
                            ),
                        ),
                        (
                            "revisit_lesson",
                            models.PositiveSmallIntegerField(
                                blank=True,
                                help_text="The lesson number to point to when this is answered wrongly.",
                                null=True,
                                verbose_name="lesson to revisit",
                            ),
                        ),
                        (
                            "page",
                            modelcluster.fields.ParentalKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="questions",
                                to="training.trainingmodulepage",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "quiz question",
                        "db_table": "recruitment_quizquestion",
                        "ordering": ["sort_order"],
                        "abstract": False,
                    },
                ),
                migrations.CreateModel(
                    name="QuizAttempt",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("submitted_at", models.DateTimeField(auto_now_add=True)),
                        ("score", models.PositiveSmallIntegerField()),
                        ("total", models.PositiveSmallIntegerField()),
                        ("percent", models.PositiveSmallIntegerField()),
                        ("passed", models.BooleanField()),
                        ("results", models.JSONField(default=list)),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="quiz_attempts",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "module",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="attempts",
                                to="training.trainingmodulepage",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "recruitment_quizattempt",
                        "ordering": ["-submitted_at", "-id"],
                    },
                ),
                migrations.CreateModel(
                    name="TrainingSettings",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "certificate_title",
                            models.CharField(
                                default="Certificate in Peer Support Practice",
                                help_text="Printed on certificates and the verification page. Keep it general: it must not say what the project is about.",
                                max_length=200,
                                validators=[portal.confidentiality.validate_no_disclosing_terms],
                            ),
                        ),
                        (
                            "site",
                            models.OneToOneField(
                                editable=False, on_delete=django.db.models.deletion.CASCADE, to="wagtailcore.site"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "training settings",
                        "db_table": "recruitment_trainingsettings",
                    },
                ),
                migrations.CreateModel(
                    name="InductionCompletion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("done_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "marked_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="induction_items_done",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "item",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="completions",
                                to="training.inductionitem",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "recruitment_inductioncompletion",
                        "constraints": [
                            models.UniqueConstraint(fields=("user", "item"), name="one_completion_per_user_item")
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="Certificate",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "title",
                            models.CharField(
                                max_length=200, validators=[portal.confidentiality.validate_no_disclosing_terms]
                            ),
                        ),
                        ("name", models.CharField(max_length=200, verbose_name="name on the certificate")),
                        ("completed_on", models.DateField()),
                        ("competencies", models.JSONField(default=list)),
                        (
                            "code",
                            models.CharField(
                                default=training.models.certificates.new_verification_code, max_length=14, unique=True
                            ),
                        ),
                        ("issued_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="training_certificates",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "course",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="training.trainingindexpage",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "recruitment_certificate",
                        "constraints": [
                            models.UniqueConstraint(fields=("user", "course"), name="one_certificate_per_course")
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="ReflectionNote",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("block_id", models.CharField(max_length=64)),
                        ("text", models.TextField(blank=True, max_length=5000)),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="reflection_notes",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "module",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="training.trainingmodulepage",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "recruitment_reflectionnote",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("user", "module", "block_id"), name="one_note_per_user_prompt"
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="ModuleProgress",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("started_at", models.DateTimeField(auto_now_add=True)),
                        ("last_lesson", models.PositiveSmallIntegerField(default=0)),
                        ("last_activity_at", models.DateTimeField(auto_now=True)),
                        ("passed_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="training_progress",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "module",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="progress",
                                to="training.trainingmodulepage",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "training progress",
                        "verbose_name_plural": "training progress",
                        "db_table": "recruitment_moduleprogress",
                        "constraints": [
                            models.UniqueConstraint(fields=("user", "module"), name="one_progress_per_user_module")
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
