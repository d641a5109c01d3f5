"""One-to-one peer support, split by kind: referrals and their pathway (the person supported has no account)."""

from one_to_one.models.intake import InitialMeeting
from one_to_one.models.referrals import (
    ALLOWED_TRANSITIONS,
    TIMES_OF_DAY,
    WEEKDAYS,
    InvalidTransition,
    Referral,
    ReferralAccessLog,
    ReferralEvent,
    Source,
    Status,
    SupporterGender,
)

__all__ = [
    "ALLOWED_TRANSITIONS",
    "TIMES_OF_DAY",
    "WEEKDAYS",
    "InitialMeeting",
    "InvalidTransition",
    "Referral",
    "ReferralAccessLog",
    "ReferralEvent",
    "Source",
    "Status",
    "SupporterGender",
]
