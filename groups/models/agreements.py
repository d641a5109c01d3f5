from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone


class GroupAgreement(models.Model):
    """A group's confidentiality agreement and ground rules. Its text lives in versions, which are never changed."""

    group = models.OneToOneField("groups.GroupPage", on_delete=models.CASCADE, related_name="agreement")

    class Meta:
        verbose_name = "group agreement"

    def __str__(self):
        return f"Agreement of {self.group.title}"

    @property
    def current_version(self):
        return self.versions.order_by("-number").first()

    def publish_version(self, text, *, by=None, change_note=""):
        """The one way to change an agreement: a new numbered version, which every member must then sign."""
        text = text.strip().replace("\r\n", "\n")
        if not text:
            raise ValidationError({"text": "Write the agreement members will sign."})
        with transaction.atomic():
            current = self.versions.select_for_update().order_by("-number").first()
            if current is not None and current.text == text:
                return current
            return self.versions.create(
                number=(current.number + 1) if current else 1,
                text=text,
                change_note=change_note.strip(),
                published_by=by,
            )


class AgreementVersion(models.Model):
    agreement = models.ForeignKey(GroupAgreement, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    text = models.TextField()
    change_note = models.CharField(max_length=300, blank=True, help_text="In a sentence: what changed and why.")
    published_at = models.DateTimeField(default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agreement", "number"], name="one_version_number_each")]
        ordering = ["agreement", "-number"]
        verbose_name = "agreement version"

    def __str__(self):
        return f"Version {self.number}"

    def sign(self, user, typed_name):
        """Record that `user` agreed to this version, in their own typed name, now."""
        typed_name = " ".join(typed_name.split())
        if not typed_name:
            raise ValidationError({"typed_name": "Type your name to sign."})
        return Signature.objects.create(version=self, user=user, typed_name=typed_name)


class Signature(models.Model):
    """A person agreed to one version of a group's agreement. Erasing the person anonymises it (user and name go)."""

    version = models.ForeignKey(AgreementVersion, on_delete=models.PROTECT, related_name="signatures")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="agreement_signatures"
    )
    typed_name = models.CharField(max_length=150)
    agreed = models.BooleanField(default=True)
    signed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-signed_at"]

    def __str__(self):
        return f"Signature of version {self.version.number}"
