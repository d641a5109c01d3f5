import pytest
from wagtail.models import Site

from portal.roles import COORDINATORS, TRAINEES
from tests import snapshot
from tests.factories import give_mfa, make_user
from training.models import TrainingIndexPage, TrainingModulePage


@pytest.fixture
def home(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def course(course_snapshot, db):
    """/training/ (restricted to Trainees and Members, as on the demo site) with the six demo modules, put back from
    the session's snapshot before any other fixture adds rows (tests/conftest.py: SNAPSHOT_FIXTURES)."""
    snapshot.restore(course_snapshot)
    return TrainingIndexPage.objects.get()


@pytest.fixture
def modules(course):
    return list(TrainingModulePage.objects.child_of(course).order_by("path"))


@pytest.fixture
def trainee(db):
    return make_user("taylor@example.org", roles=[TRAINEES], display_name="Taylor Trainee")


@pytest.fixture
def other_trainee(db):
    return make_user("robin@example.org", roles=[TRAINEES], display_name="Robin Other")


@pytest.fixture
def member_without_training(db):
    """Signed up, not (yet) in Trainees or Members: a public account."""
    return make_user("pat@example.org")


@pytest.fixture
def coordinator(db):
    user = make_user("casey@example.org", roles=[COORDINATORS])
    give_mfa(user)
    return user
