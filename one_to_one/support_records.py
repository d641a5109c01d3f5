"""The supporters' side of one person's record, for the coordinator's export of everything held about them:
matches, sessions, check-ins, endings and feedback, each a section of `one_to_one/records.py`. Rows are plain dicts.
Supporters are named by their place in the person's history ("Peer Supporter 1"), not by name or email: a subject
access request discloses no other person's identity."""

from one_to_one.models import CheckIn, Ending, Feedback, Match, SupportSession
from one_to_one.records import register_record_section


def _iso(value):
    return value.isoformat() if value else ""


def match_sections(referral) -> dict[str, list[dict]]:
    matches = list(Match.objects.filter(referral=referral).prefetch_related("events").order_by("created_at", "pk"))
    supporter_labels = {}
    for match in matches:
        supporter_labels.setdefault(match.supporter_id, f"Peer Supporter {len(supporter_labels) + 1}")
    return {
        "matches": [
            {
                "match": match.reference,
                "supporter": supporter_labels[match.supporter_id] if match.supporter_id else "(account closed)",
                "status": match.get_status_display(),
                "planned_sessions": match.planned_sessions,
                "note_for_supporter": match.note_for_supporter,
                "proposed_at": _iso(match.created_at),
                "history": "; ".join(f"{e.get_to_status_display()} {_iso(e.at)}" for e in match.events.all()),
            }
            for match in matches
        ],
        "sessions": [
            {
                "match": session.match.reference,
                "date": _iso(session.date),
                "minutes": session.minutes,
                "where": session.get_place_display(),
                "agreed_actions": session.agreed_actions,
                "next_goals": session.next_goals,
                "debrief_note": session.debrief_note,
            }
            for session in SupportSession.objects.filter(match__referral=referral).select_related("match")
        ],
        "check_ins": [
            {
                "match": item.match.reference,
                "starts_at": _iso(item.starts_at),
                "where_roughly": item.where_roughly,
                "expected_end": _iso(item.expected_end),
                "checked_out_at": _iso(item.checked_out_at),
                "needs_to_talk": item.needs_to_talk,
            }
            for item in CheckIn.objects.filter(match__referral=referral).select_related("match")
        ],
        "endings": [
            {
                "match": ending.match.reference,
                "reason": ending.get_reason_display(),
                "rematch": ending.rematch,
                "next_steps": ending.next_steps,
                "signposting": ending.signposting,
                "recorded_at": _iso(ending.recorded_at),
            }
            for ending in Ending.objects.filter(match__referral=referral).select_related("match")
        ],
        "feedback": [
            {
                "match": item.match.reference,
                "submitted_at": _iso(item.submitted_at),
                "rating": item.rating,
                "what_helped": item.what_helped,
                "could_be_better": item.could_be_better,
                "may_quote": item.may_quote,
            }
            for item in Feedback.objects.filter(match__referral=referral, submitted_at__isnull=False).select_related(
                "match"
            )
        ],
    }


def _section(key):
    return lambda referral: match_sections(referral)[key]


for _key in ("matches", "sessions", "check_ins", "endings", "feedback"):
    register_record_section(_key.replace("_", " "), _section(_key))
