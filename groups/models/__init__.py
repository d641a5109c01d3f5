"""Support groups, split by kind: pages, taxonomies, the confidential venue, facilitator appointments, memberships,
agreements, meetings."""

from groups.models.agreements import AgreementVersion, GroupAgreement, Signature
from groups.models.facilitation import FacilitatorAppointment
from groups.models.meetings import MeetingLog
from groups.models.membership import Membership, MembershipEvent
from groups.models.pages import CLOSED, DROP_IN, FORMAT_CHOICES, ONLINE, GroupIndexPage, GroupPage
from groups.models.snippets import Area, Audience
from groups.models.venue import GroupVenue

__all__ = [
    "CLOSED",
    "DROP_IN",
    "FORMAT_CHOICES",
    "ONLINE",
    "AgreementVersion",
    "Area",
    "Audience",
    "FacilitatorAppointment",
    "GroupAgreement",
    "GroupIndexPage",
    "GroupPage",
    "GroupVenue",
    "MeetingLog",
    "Membership",
    "MembershipEvent",
    "Signature",
]
