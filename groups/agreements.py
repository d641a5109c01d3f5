"""Group agreements from a member's side: which need signing, and what changed since the one they signed."""

import difflib
from dataclasses import dataclass

from groups.models import AgreementVersion, GroupAgreement, Membership, Signature


def current_version_of(group):
    agreement = GroupAgreement.objects.filter(group=group).first()
    return agreement.current_version if agreement else None


@dataclass
class AgreementStatus:
    group: object
    current: AgreementVersion | None
    last_signed: Signature | None

    @property
    def signed_current(self):
        return self.current is not None and self.last_signed is not None and self.last_signed.version == self.current

    @property
    def needs_signature(self):
        return self.current is not None and not self.signed_current

    @property
    def is_resign(self):
        return self.needs_signature and self.last_signed is not None


def agreement_statuses(user, approved_memberships=None):
    """One entry per group the person is an approved member of, in a fixed number of queries. A caller that has
    already read the person's approved memberships (with their groups, by group title) passes them in."""
    memberships = approved_memberships
    if memberships is None:
        memberships = list(
            Membership.objects.approved().filter(user=user).select_related("group").order_by("group__title")
        )
    groups = [membership.group for membership in memberships]
    current_by_group = {}
    versions = AgreementVersion.objects.filter(agreement__group__in=groups).select_related("agreement")
    for version in versions.order_by("-number"):
        current_by_group.setdefault(version.agreement.group_id, version)
    last_signed_by_group = {}
    signatures = Signature.objects.filter(user=user, version__agreement__group__in=groups).select_related(
        "version__agreement"
    )
    for signature in signatures.order_by("-version__number", "-signed_at"):
        last_signed_by_group.setdefault(signature.version.agreement.group_id, signature)
    return [
        AgreementStatus(group, current_by_group.get(group.pk), last_signed_by_group.get(group.pk)) for group in groups
    ]


@dataclass(frozen=True)
class ChangedLine:
    kind: str  # "added", "removed" or "same"
    text: str


def changes_between(old_text, new_text):
    """What changed, line by line: enough for a member to see what they are being asked to agree to now."""
    lines = []
    for line in difflib.ndiff(old_text.splitlines(), new_text.splitlines()):
        marker, text = line[:2], line[2:]
        if marker == "+ ":
            lines.append(ChangedLine("added", text))
        elif marker == "- ":
            lines.append(ChangedLine("removed", text))
        elif marker == "  ":
            lines.append(ChangedLine("same", text))
    return lines
