"""Demo referrals for one-to-one support, in different states of intake (with --with-demo-users)."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from one_to_one.models import InitialMeeting, Referral, Source, Status

# (name, email, source, days since referral, status reached, extra fields)
DEMO_REFERRALS = [
    ("Bea Lindqvist", "bea.demo@example.net", Source.SELF, 2, Status.NEW, {}),
    ("Tomás Ferreira", "tomas.demo@example.net", Source.SELF, 11, Status.NEW, {"languages": "Portuguese, English"}),
    (
        "Kofi Mensah",
        "kofi.demo@example.net",
        Source.PROFESSIONAL,
        6,
        Status.CONTACTED,
        {
            "referrer_name": "Dr Jo Green",
            "referrer_organisation": "Riverside clinic",
            "referrer_email": "jo.green@example.net",
            "referral_reason": "Recently diagnosed and would like to talk to someone who has been there.",
            "person_agreed": True,
        },
    ),
    ("Priya Shah", "priya.demo@example.net", Source.SELF, 20, Status.SUITABLE, {"interests": "art, cooking"}),
    ("Dan Okoro", "dan.demo@example.net", Source.SELF, 30, Status.DEFERRED, {}),
    ("Lena Novak", "lena.demo@example.net", Source.SELF, 40, Status.NOT_FOR_US, {}),
]

PATHS = {
    Status.NEW: [],
    Status.CONTACTED: [Status.CONTACTED],
    Status.SUITABLE: [Status.CONTACTED, Status.SUITABLE],
    Status.DEFERRED: [Status.CONTACTED, Status.DEFERRED],
    Status.NOT_FOR_US: [Status.CONTACTED, Status.NOT_FOR_US],
}


def add_demo_referrals(stdout):
    coordinator = get_user_model().objects.filter(email="coordinator@example.org").first()
    if coordinator is None:
        return
    now = timezone.now()
    for name, email, source, days_ago, status, extra in DEMO_REFERRALS:
        if Referral.objects.filter(email=email).exists():
            continue
        referral = Referral.objects.create(
            name=name,
            email=email,
            phone="07700 900000",
            source=source,
            contact_times="Weekday mornings",
            may_leave_message=True,
            help_wanted="Someone to talk to who understands.",
            clinic_attended="Riverside clinic",
            available_days=["tue", "thu"],
            available_times=["morning", "evening"],
            area="Camden",
            online_ok=True,
            health_consent_given_at=now - timedelta(days=days_ago),
            health_consent_version="2026-11",
            created_at=now - timedelta(days=days_ago),
            **extra,
        )
        path = PATHS[status]
        if path:
            referral.first_contact_at = now - timedelta(days=max(days_ago - 3, 0))
            referral.save(update_fields=["first_contact_at"])
        for step in path:
            if step == Status.DEFERRED:
                referral.review_on = (now + timedelta(days=30)).date()
                referral.signposting = "Local counselling service; the weekly drop-in group."
                referral.save(update_fields=["review_on", "signposting"])
            if step == Status.NOT_FOR_US:
                referral.signposting = "A specialist counselling service."
                referral.save(update_fields=["signposting"])
            if step in (Status.SUITABLE, Status.DEFERRED, Status.NOT_FOR_US):
                InitialMeeting.objects.get_or_create(
                    referral=referral,
                    defaults={
                        "changes_wanted": "Feel less alone with it.",
                        "how_supporter_could_help": "Someone who has been through it to talk to.",
                        "hopes": "Confidence to go to a group.",
                        "where_at_end": "Managing on my own, with a group to go to.",
                        "other_support": "GP and clinic nurse.",
                        "recorded_by": coordinator,
                    },
                )
            referral.move_to(step, by=coordinator)
        stdout.write(f"  Demo referral {referral.short_reference} ({Status(status).label.lower()})")
