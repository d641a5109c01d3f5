"""Everything held about one referred person, as one file, and its erasure (the data rights of people without an
account; UK GDPR Art. 15 and 17).

Each part of the app registers a section: `register_record_section(name, collect)` where `collect(referral)` returns
a list of plain dicts. The export collects every section, so whatever the app stores about a person is in the file
once its section is registered. Erasure deletes the referral; everything about the person cascades with it, and the
access log keeps only the reference.
"""

import json
from collections.abc import Callable

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse

from one_to_one.models import Referral, ReferralAccessLog

_SECTIONS: dict[str, Callable[[Referral], list[dict]]] = {}


def register_record_section(name, collect):
    """Add a section to every export: `collect(referral) -> list[dict]`. Registering a name again replaces it."""
    _SECTIONS[name] = collect


def record_sections():
    return dict(_SECTIONS)


def collect_record(referral):
    return {
        "reference": referral.reference,
        "sections": {name: collect(referral) for name, collect in _SECTIONS.items()},
    }


def export_filename(referral):
    """Neutral: a file name seen in a downloads folder says nothing about the person or the service."""
    return f"record-{referral.short_reference}.json"


def export_response(referral, *, by):
    ReferralAccessLog.record(by, ReferralAccessLog.EXPORTED, referral)
    content = json.dumps(collect_record(referral), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
    response = HttpResponse(content, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{export_filename(referral)}"'
    return response


def erase(referral, *, by):
    """Delete everything held about the person. The access log keeps who erased which reference, and when."""
    with transaction.atomic():
        ReferralAccessLog.record(by, ReferralAccessLog.ERASED, referral)
        referral.delete()


# -- The intake's own sections -------------------------------------------------------------------------------------
REFERRAL_FIELDS = [field.name for field in Referral._meta.concrete_fields if field.name not in {"id"}]


def referral_section(referral):
    return [{name: getattr(referral, name) for name in REFERRAL_FIELDS}]


def events_section(referral):
    return [
        {"at": event.at, "from": event.from_status, "to": event.to_status, "note": event.note}
        for event in referral.events.all()
    ]


def initial_meeting_section(referral):
    from one_to_one.models import InitialMeeting

    meeting = InitialMeeting.objects.filter(referral=referral).first()
    if meeting is None:
        return []
    return [
        {
            "met_on": meeting.met_on,
            "changes_wanted": meeting.changes_wanted,
            "how_supporter_could_help": meeting.how_supporter_could_help,
            "hopes": meeting.hopes,
            "where_at_end": meeting.where_at_end,
            "other_support": meeting.other_support,
            "recorded_at": meeting.recorded_at,
        }
    ]


register_record_section("referral", referral_section)
register_record_section("history", events_section)
register_record_section("initial meeting", initial_meeting_section)
