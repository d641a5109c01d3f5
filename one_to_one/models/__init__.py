"""One-to-one peer support, split by kind: referrals and their pathway (the person supported has no account)."""

from one_to_one.models.referrals import (
    ALLOWED_TRANSITIONS,
    InvalidTransition,
    Referral,
    ReferralAccessLog,
    ReferralEvent,
    Source,
    Status,
)
from one_to_one.models.support import (
    CheckIn,
    Ending,
    EndingReason,
    Feedback,
    InvalidMatchChange,
    Match,
    MatchEvent,
    MatchStatus,
    Place,
    SupervisionNote,
    SupporterProfile,
    SupportSession,
)

__all__ = [
    "ALLOWED_TRANSITIONS",
    "CheckIn",
    "Ending",
    "EndingReason",
    "Feedback",
    "InvalidMatchChange",
    "InvalidTransition",
    "Match",
    "MatchEvent",
    "MatchStatus",
    "Place",
    "Referral",
    "ReferralAccessLog",
    "ReferralEvent",
    "Source",
    "Status",
    "SupervisionNote",
    "SupportSession",
    "SupporterProfile",
]
