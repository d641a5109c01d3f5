"""What the groups app holds about a person, for "Download my data" and "Delete my account"."""

from groups.models import FacilitatorAppointment, MeetingLog, Membership, MembershipEvent, Signature


def export(user):
    memberships = Membership.objects.filter(user=user).select_related("group").prefetch_related("events")
    signatures = Signature.objects.filter(user=user).select_related("version__agreement__group")
    appointments = FacilitatorAppointment.objects.filter(user=user).select_related("group").order_by("appointed_at")
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
        "facilitator_appointments": [
            {
                "group": appointment.group.title,
                "appointed_at": appointment.appointed_at.isoformat(),
                "stood_down_at": appointment.ended_at.isoformat() if appointment.ended_at else None,
            }
            for appointment in appointments
        ],
    }


ERASED_NAME = "(removed)"


def erase(user):
    """Memberships go; signatures stay as anonymous records that a version was signed; meeting counts stay.

    Facilitator appointments are deleted, current and past: the history exists to say *who* could see a group's
    venue and members, and a row with the person taken out says nothing, so keeping it would only keep data.
    Where the person appointed or stood down someone else, that record stays without their name.
    """
    Signature.objects.filter(user=user).update(user=None, typed_name=ERASED_NAME)
    MembershipEvent.objects.filter(by=user).update(by=None)
    Membership.objects.filter(user=user).delete()
    MeetingLog.facilitators_present.through.objects.filter(user=user).delete()
    MeetingLog.objects.filter(logged_by=user).update(logged_by=None)
    FacilitatorAppointment.objects.filter(user=user).delete()
    FacilitatorAppointment.objects.filter(appointed_by=user).update(appointed_by=None)
    FacilitatorAppointment.objects.filter(ended_by=user).update(ended_by=None)
