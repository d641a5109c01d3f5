import pytest

from portal.roles import COORDINATORS
from recruitment.models import RoleDescriptionPage
from tests import snapshot
from tests.factories import give_mfa, make_user
from tests.recruitment.helpers import make_assessor


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
