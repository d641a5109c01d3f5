"""Fixtures for the support-groups tests: a demo site, a group with a venue and agreement, and people around it."""

import datetime

import pytest
from wagtail.models import Site

from groups.models import (
    Area,
    Audience,
    FacilitatorAppointment,
    GroupAgreement,
    GroupIndexPage,
    GroupPage,
    GroupVenue,
    Membership,
)

VENUE_ADDRESS = "Lantern House, 99 Hidden Mews, London E2 7QQ"
VENUE_ROOM = "Quiet Room 12"
AGREEMENT_TEXT = "What is said here stays here.\nWe listen to each other."


@pytest.fixture
def index(db):
    """/groups/ under the home page a fresh install has (the full demo site is slow to build for every test)."""
    home = Site.objects.get(is_default_site=True).root_page
    page = GroupIndexPage(title="Support groups", slug="groups")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def make_group(index):
    """Publish a group under /groups/ with a venue and a current agreement."""
    audience, _ = Audience.objects.get_or_create(name="Women")
    area, _ = Area.objects.get_or_create(name="Islington")

    def make(
        slug="friday-circle", title="Friday Circle", signage="Friday Wellbeing Meeting", with_agreement=True, **fields
    ):
        group = GroupPage(
            title=title,
            slug=slug,
            description="A friendly group.",
            audience=fields.pop("audience", audience),
            area=fields.pop("area", area),
            signage_wording=signage,
            weekday=fields.pop("weekday", 4),
            start_time=datetime.time(18, 0),
            end_time=datetime.time(19, 30),
            **fields,
        )
        index.add_child(instance=group)
        group.save_revision().publish()
        GroupVenue.objects.create(group=group, room=VENUE_ROOM, address=VENUE_ADDRESS, access_notes="Ring twice.")
        if with_agreement:
            GroupAgreement.objects.create(group=group).publish_version(AGREEMENT_TEXT)
        return group

    return make


@pytest.fixture
def group(make_group):
    return make_group()


def approve(user, group):
    membership = Membership.ask_to_join(user, group)
    membership.approve(by=None)
    return membership


def sign(user, group, name="Sam"):
    return group.agreement.current_version.sign(user, name)


def add_facilitator(user, group, by=None):
    return FacilitatorAppointment.appoint(user, group, by=by)
