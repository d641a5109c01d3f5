"""Fixtures for the support-groups tests: a demo site, a group with a venue and agreement, and people around it."""

import pytest
from wagtail.models import Site

from groups.models import FacilitatorAppointment
from tests.groups.factories import (
    AGREEMENT_TEXT,
    VENUE_ADDRESS,
    VENUE_ROOM,
    AgreementFactory,
    GroupIndexPageFactory,
    GroupPageFactory,
    MembershipFactory,
    VenueFactory,
)

__all__ = ["AGREEMENT_TEXT", "VENUE_ADDRESS", "VENUE_ROOM", "add_facilitator", "approve", "sign"]


@pytest.fixture
def index(db):
    """/groups/ under the home page a fresh install has (the full demo site is slow to build for every test)."""
    return GroupIndexPageFactory(parent=Site.objects.get(is_default_site=True).root_page)


@pytest.fixture
def make_group(index):
    """Publish a group under /groups/ with a venue and a current agreement."""

    def make(
        slug="friday-circle", title="Friday Circle", signage="Friday Wellbeing Meeting", with_agreement=True, **fields
    ):
        group = GroupPageFactory(parent=index, slug=slug, title=title, signage_wording=signage, **fields)
        VenueFactory(group=group)
        if with_agreement:
            AgreementFactory(group=group)
        return group

    return make


@pytest.fixture
def group(make_group):
    return make_group()


def approve(user, group):
    return MembershipFactory(user=user, group=group)


def sign(user, group, name="Sam"):
    return group.agreement.current_version.sign(user, name)


def add_facilitator(user, group, by=None):
    return FacilitatorAppointment.appoint(user, group, by=by)
