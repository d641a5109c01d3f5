"""Factories for one-to-one support: referrals and initial meetings (intake), and supporters, DBS checks and
matches (the supporters' side)."""

import datetime

import factory
from django.utils import timezone

from one_to_one.models import InitialMeeting, Match, MatchStatus, Referral, Status, SupporterProfile
from portal.roles import MEMBERS
from recruitment.models.vetting import VettingCheck, VettingStatus
from tests.factories import make_user


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


def make_referral(status=Status.SUITABLE, initials="J.D.", name="Jo Marker-Person", **fields):
    """A referral walked along the pathway to `status` through `move_to`, as the coordinators' screens do."""
    referral = Referral.objects.create(initials=initials, name=name, **fields)
    path = {
        Status.NEW: [],
        Status.CONTACTED: [Status.CONTACTED],
        Status.SUITABLE: [Status.CONTACTED, Status.SUITABLE],
        Status.MATCHED: [Status.CONTACTED, Status.SUITABLE, Status.MATCHED],
    }[Status(status)]
    for step in path:
        referral.move_to(step, by=None)
    return referral


def make_dbs_check(user, status=VettingStatus.CURRENT, renewal_in_days=365):
    today = timezone.localdate()
    return VettingCheck.objects.create(
        person=user,
        level="enhanced",
        certificate_date=today - datetime.timedelta(days=30),
        certificate_reference="001234567890",
        renewal_date=today + datetime.timedelta(days=renewal_in_days),
        status=status,
    )


def make_supporter(email="supporter@example.org", *, dbs=True, member=True, **profile_fields):
    """A Peer Supporter who opted in to one-to-one work, with a current DBS check unless told otherwise."""
    user = make_user(email, roles=[MEMBERS] if member else [])
    profile_fields.setdefault("opted_in", True)
    profile_fields.setdefault("places", 2)
    SupporterProfile.objects.create(user=user, **profile_fields)
    if dbs:
        make_dbs_check(user)
    return user


def make_match(supporter, referral=None, status=MatchStatus.ACTIVE, planned_sessions=6):
    """A match proposed to `supporter`, accepted when `status` is ACTIVE (the referral moves to MATCHED)."""
    referral = referral or make_referral()
    match = Match.objects.create(referral=referral, supporter=supporter, planned_sessions=planned_sessions)
    match.events.create(to_status=MatchStatus.PROPOSED)
    if status != MatchStatus.PROPOSED:
        match.move_to(status, by=supporter)
    return match
