import io

import pytest
from wagtail.models import Site

from demo.recruitment import add_volunteer_content
from portal.roles import COORDINATORS
from recruitment.models import RoleDescriptionPage
from tests import snapshot
from tests.factories import give_mfa, make_user
from tests.recruitment.helpers import make_assessor


def build_volunteer_section():
    home = Site.objects.get(is_default_site=True).root_page.specific
    add_volunteer_content(home, io.StringIO())


@pytest.fixture(scope="session")
def volunteer_snapshot(django_db_setup, django_db_blocker):
    """The volunteer section, built once per session (per xdist worker)."""
    return snapshot.build("volunteer", build_volunteer_section, django_db_blocker)


@pytest.fixture
def site_with_roles(volunteer_snapshot, db):
    """Only the volunteer section and its demo roles (the whole demo site is bigger), put back from the session's
    snapshot before any other fixture adds rows (tests/conftest.py: SNAPSHOT_FIXTURES)."""
    snapshot.restore(volunteer_snapshot)


@pytest.fixture
def role(site_with_roles):
    return RoleDescriptionPage.objects.get(slug="peer-mentor")


@pytest.fixture
def form_page(role):
    return role.application_form


@pytest.fixture
def applicant(db):
    return make_user("alex@example.org")


@pytest.fixture
def coordinator(db):
    user = make_user("casey@example.org", roles=[COORDINATORS])
    give_mfa(user)
    return user


@pytest.fixture
def second_coordinator(db):
    user = make_user("sam@example.org", roles=[COORDINATORS])
    give_mfa(user)
    return user


@pytest.fixture
def assessor(db):
    return make_assessor("ash@example.org")
