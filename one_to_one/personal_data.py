"""What the supporters' side of one-to-one support holds about a Peer Supporter, for "Download my data" and
"Delete my account". The people they supported are not theirs to download: only initials and session counts."""

from django.db.models import Count

from one_to_one.models import CheckIn, Match, MatchStatus, SupervisionNote, SupporterProfile
from portal.personal_data import PersonalDataHandler


def _iso(value):
    return value.isoformat() if value else None


def export(user):
    profile = SupporterProfile.objects.filter(user=user).first()
    matches = Match.objects.filter(supporter=user).select_related("referral").annotate(session_count=Count("sessions"))
    return {
        "profile": None
        if profile is None
        else {
            "opted_in": profile.opted_in,
            "places": profile.places,
            "gender": profile.gender,
            "languages": profile.languages,
            "available_days": profile.available_days,
            "available_times": profile.available_times,
            "area": profile.area,
            "online_ok": profile.online_ok,
            "interests": profile.interests,
        },
        "people_supported": [
            {
                "known_as": match.known_as,
                "status": match.get_status_display(),
                "sessions_logged": match.session_count,
                "since": _iso(match.created_at),
            }
            for match in matches
        ],
        "check_ins": [
            {
                "starts_at": _iso(item.starts_at),
                "where_roughly": item.where_roughly,
                "expected_end": _iso(item.expected_end),
                "checked_out_at": _iso(item.checked_out_at),
                "needs_to_talk": item.needs_to_talk,
            }
            for item in CheckIn.objects.filter(supporter=user)
        ],
        "supervision_notes": [
            {"met_on": _iso(note.met_on), "notes": note.notes, "action_points": note.action_points}
            for note in SupervisionNote.objects.filter(supporter=user)
        ],
    }


def erase(user):
    # A match only proposed is withdrawn; the person's own record (matches under way, sessions) stays with the
    # coordinators, without the supporter, so they can re-match.
    for match in Match.objects.filter(supporter=user, status=MatchStatus.PROPOSED):
        match.move_to(MatchStatus.WITHDRAWN, by=None, note="The Peer Supporter closed their account.")
    CheckIn.objects.filter(supporter=user).delete()
    SupervisionNote.objects.filter(supporter=user).delete()
    SupporterProfile.objects.filter(user=user).delete()
    Match.objects.filter(supporter=user).update(supporter=None)


def supporter_personal_data_handler():
    return PersonalDataHandler(name="one-to-one support", export=export, erase=erase)
