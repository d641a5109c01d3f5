"""Demo content for the supporters' side of one-to-one support: two Peer Supporters with profiles (and current DBS
checks, so they can be matched), and one person matched with the demo member, with two sessions logged."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from one_to_one.models import Match, MatchStatus, Referral, Status, SupporterProfile, SupportSession
from recruitment.models.vetting import VettingCheck, VettingStatus

DEMO_PSEUDONYM = "Sam"

PROFILES = {
    "member@example.org": {
        "places": 2,
        "gender": "Woman",
        "languages": "English, Portuguese",
        "available_days": ["tue", "thu"],
        "available_times": "Afternoons",
        "area": "North",
        "online_ok": True,
        "interests": "Art, walking",
    },
    "facilitator@example.org": {
        "places": 1,
        "gender": "Man",
        "languages": "English, French",
        "available_days": ["mon", "sat"],
        "available_times": "Evenings",
        "area": "South",
        "online_ok": False,
        "interests": "Cooking, football",
    },
}


def add_demo_supporters(stdout):
    users = {user.email: user for user in get_user_model().objects.filter(email__in=PROFILES)}
    today = timezone.localdate()
    for email, fields in PROFILES.items():
        user = users.get(email)
        if user is None:
            continue
        SupporterProfile.objects.get_or_create(user=user, defaults={"opted_in": True, **fields})
        if not VettingCheck.objects.filter(person=user).exists():
            VettingCheck.objects.create(
                person=user,
                level="enhanced",
                certificate_date=today - datetime.timedelta(days=60),
                certificate_reference="001122334455",
                renewal_date=today + datetime.timedelta(days=3 * 365),
                status=VettingStatus.CURRENT,
            )
    member = users.get("member@example.org")
    if member is None or Referral.objects.filter(pseudonym=DEMO_PSEUDONYM).exists():
        return
    referral = Referral.objects.create(
        initials="S.K.", pseudonym=DEMO_PSEUDONYM, name="Sam Demo", help_wanted="Someone to talk to after diagnosis."
    )
    for status in (Status.CONTACTED, Status.SUITABLE):
        referral.move_to(status, by=None, note="Demo content")
    match = Match.objects.create(
        referral=referral,
        supporter=member,
        planned_sessions=6,
        note_for_supporter="Prefers to meet in a café; happy to talk by phone.",
    )
    match.events.create(to_status=MatchStatus.PROPOSED, note="Demo content")
    match.move_to(MatchStatus.ACTIVE, by=member, note="Demo content")
    for weeks_ago, place in ((2, "community"), (1, "phone")):
        SupportSession.objects.create(
            match=match,
            date=today - datetime.timedelta(weeks=weeks_ago),
            minutes=60,
            place=place,
            agreed_actions="S. to try the walking group.",
            next_goals="Talk about getting back to work.",
        )
    stdout.write("  2 one-to-one supporter profiles; one person matched with member@example.org, 2 sessions")
