"""Factories for one-to-one intake: referrals and initial meetings."""

import factory
from django.utils import timezone

from one_to_one.models import InitialMeeting, Referral


class ReferralFactory(factory.django.DjangoModelFactory):
    """A self-referral waiting for first contact, with consent given and a few preferences."""

    class Meta:
        model = Referral

    name = "Ana Maria Silva"
    phone = "07700 900123"
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    contact_times = "Weekday mornings"
    may_email = True
    help_wanted = "Someone to talk to about starting treatment."
    clinic_attended = "Mortimer Market Centre"
    languages = "English, Portuguese"
    available_days = ["tue", "thu"]
    available_times = ["morning"]
    area = "Camden"
    online_ok = True
    interests = "art, walking"
    health_consent_version = "2026-11"
    health_consent_given_at = factory.LazyFunction(timezone.now)


class InitialMeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InitialMeeting

    referral = factory.SubFactory(ReferralFactory)
    changes_wanted = "Feel less alone with it."
    how_supporter_could_help = "Someone who has been through it."
    hopes = "Confidence to tell a friend."
    where_at_end = "Managing on my own, going to a group."
    other_support = "GP, clinic nurse."
