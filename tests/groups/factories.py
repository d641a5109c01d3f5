"""Factories for support groups: the /groups/ index, group pages, venues, agreements and memberships."""

import datetime

import factory

from groups.models import (
    Area,
    Audience,
    GroupAgreement,
    GroupIndexPage,
    GroupPage,
    GroupVenue,
    Membership,
)
from tests.members.factories import UserFactory
from tests.page_factories import PublishedPageFactory

VENUE_ADDRESS = "Lantern House, 99 Hidden Mews, London E2 7QQ"
VENUE_ROOM = "Quiet Room 12"
AGREEMENT_TEXT = "What is said here stays here.\nWe listen to each other."


class GroupIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = GroupIndexPage

    title = "Support groups"
    slug = "groups"


class AudienceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Audience
        django_get_or_create = ("name",)

    name = "Women"


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Area
        django_get_or_create = ("name",)

    name = "Islington"


class GroupPageFactory(PublishedPageFactory):
    """A published Friday-evening group for women in Islington; give it `parent=` (a group index)."""

    class Meta:
        model = GroupPage

    title = "Friday Circle"
    slug = "friday-circle"
    description = "A friendly group."
    audience = factory.SubFactory(AudienceFactory)
    area = factory.SubFactory(AreaFactory)
    signage_wording = "Friday Wellbeing Meeting"
    weekday = 4
    start_time = datetime.time(18, 0)
    end_time = datetime.time(19, 30)


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GroupVenue

    group = factory.SubFactory(GroupPageFactory)
    room = VENUE_ROOM
    address = VENUE_ADDRESS
    access_notes = "Ring twice."


class AgreementFactory(factory.django.DjangoModelFactory):
    """A group's agreement with a current version published through `publish_version` (pass `text=None` for none)."""

    class Meta:
        model = GroupAgreement

    group = factory.SubFactory(GroupPageFactory)
    text = AGREEMENT_TEXT

    @classmethod
    def _create(cls, model_class, text=AGREEMENT_TEXT, **kwargs):
        agreement = super()._create(model_class, **kwargs)
        if text is not None:
            agreement.publish_version(text)
        return agreement


class MembershipFactory(factory.django.DjangoModelFactory):
    """A membership asked for through `ask_to_join`, and approved through `approve()` unless `approved=False`."""

    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    group = factory.SubFactory(GroupPageFactory)

    approved = True
    approved_by = None

    @classmethod
    def _create(cls, model_class, user, group, approved=True, approved_by=None, **kwargs):
        membership = model_class.ask_to_join(user, group)
        if approved:
            membership.approve(by=approved_by)
        return membership
