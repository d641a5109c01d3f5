"""What the groups app holds about a person, for "Download my data" and "Delete my account"."""

from groups.models import GroupPage, MeetingLog, Membership, MembershipEvent, Signature


def export(user):
    memberships = Membership.objects.filter(user=user).select_related("group").prefetch_related("events")
    signatures = Signature.objects.filter(user=user).select_related("version__agreement__group")
    return {
        "memberships": [
            {
                "group": membership.group.title,
                "status": membership.get_status_display(),
                "reason": membership.reason,
                "requested_at": membership.requested_at.isoformat(),
                "decided_at": membership.decided_at.isoformat() if membership.decided_at else None,
                "history": [
                    {"from": event.from_status, "to": event.to_status, "at": event.at.isoformat()}
                    for event in membership.events.all()
                ],
            }
            for membership in memberships
        ],
        "agreement_signatures": [
            {
                "group": signature.version.agreement.group.title,
                "version": signature.version.number,
                "text": signature.version.text,
                "typed_name": signature.typed_name,
                "signed_at": signature.signed_at.isoformat(),
            }
            for signature in signatures
        ],
        "groups_facilitated": list(
            GroupPage.objects.filter(facilitators=user).order_by("title").values_list("title", flat=True)
        ),
    }


ERASED_NAME = "(removed)"


def erase(user):
    """Memberships go; signatures stay as anonymous records that a version was signed; meeting counts stay."""
    Signature.objects.filter(user=user).update(user=None, typed_name=ERASED_NAME)
    MembershipEvent.objects.filter(by=user).update(by=None)
    Membership.objects.filter(user=user).delete()
    MeetingLog.facilitators_present.through.objects.filter(user=user).delete()
    MeetingLog.objects.filter(logged_by=user).update(logged_by=None)
    GroupPage.facilitators.through.objects.filter(user=user).delete()
