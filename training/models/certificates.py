"""Certificates, issued when the last required module is passed (and again when the name to print changes), and the
site-wide certificate title."""

import secrets

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from portal.confidentiality import validate_no_disclosing_terms

DEFAULT_CERTIFICATE_TITLE = "Certificate in Peer Support Practice"


def new_verification_code():
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class CertificateQuerySet(models.QuerySet):
    def current(self):
        return self.filter(replaced_at__isnull=True)


class Certificate(models.Model):
    """Issued when the last required module is passed. What it says is fixed at issue: a new name to print means a
    new certificate with a new code (`training.certificates.reissue`), and the old one is kept, marked replaced."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_certificates")
    course = models.ForeignKey("training.TrainingIndexPage", on_delete=models.PROTECT, related_name="+")
    title = models.CharField(max_length=200, validators=[validate_no_disclosing_terms])
    name = models.CharField("name on the certificate", max_length=200)
    completed_on = models.DateField()
    competencies = models.JSONField(default=list)
    code = models.CharField(max_length=14, unique=True, default=new_verification_code)
    issued_at = models.DateTimeField(auto_now_add=True)
    replaced_at = models.DateTimeField(null=True, blank=True, editable=False)
    replaced_by = models.OneToOneField(
        "self", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="replaces"
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        db_table = "recruitment_certificate"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=models.Q(replaced_at__isnull=True),
                name="one_current_certificate_per_course",
            )
        ]

    def __str__(self):
        return f"{self.title} – {self.name}"

    @property
    def is_current(self):
        return self.replaced_at is None


@register_setting(icon="doc-full")
class TrainingSettings(BaseSiteSetting):
    certificate_title = models.CharField(
        max_length=200,
        default=DEFAULT_CERTIFICATE_TITLE,
        validators=[validate_no_disclosing_terms],
        help_text="Printed on certificates and the verification page. Keep it general: it must not say what the "
        "project is about.",
    )

    panels = [FieldPanel("certificate_title")]

    class Meta:
        db_table = "recruitment_trainingsettings"
        verbose_name = "training settings"
