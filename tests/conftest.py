import io

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Site

from demo.pages import ensure_group_restriction
from demo.recruitment import add_volunteer_content
from demo.training import ensure_course
from portal.roles import MEMBERS, TRAINEES
from tests import snapshot
from tests.factories import load_demo_site

# The tests whose outcome can depend on the database engine: search (SQLite's FTS table against PostgreSQL's
# tsvector), migrations (schema operations), aggregates and month truncation (Sum, Count, TruncMonth), and the guards
# against NUL bytes and chooser addresses (PostgreSQL refuses NUL in text; SQLite stores it). `.ci/run` runs the whole
# suite on PostgreSQL and these again on SQLite (`-m db_differs`). A file path marks all of its tests.
DIFFERS_BY_DATABASE = (
    "tests/resources/test_search.py",
    "tests/test_snapshots.py",
    "tests/resources/test_chapter_pages.py::test_chapter_is_found_in_search_by_its_summary_and_body",
    "tests/recruitment/test_public_pages.py::test_application_form_pages_are_left_out_of_site_search",
    "tests/demo/test_guidance_library.py::test_published_chapters_are_searchable_without_a_separate_index_update",
    "tests/demo/test_guidance_library.py::test_readers_terms_find_the_right_demo_chapter",
    "tests/groups/test_venue_confidentiality.py::test_the_venue_is_not_in_the_search_index",
    "tests/training/test_moved_to_its_own_app.py",
    "tests/groups/test_facilitator_migration.py",
    "tests/members/test_cpd_progress.py",
    "tests/members/test_cpd_exports.py",
    "tests/members/test_cpd_admin.py",
    "tests/members/test_storage_quota.py",
    "tests/groups/test_meeting_log.py",
    "tests/security/test_request_guards.py",
    "tests/security/test_chooser_addresses.py",
    "tests/training/test_certificate_reissue.py::test_the_database_keeps_one_current_certificate_per_course",
)


def pytest_collection_modifyitems(config, items):
    prefixes = tuple(f"{path}{separator}" for path in DIFFERS_BY_DATABASE for separator in ("::", "["))
    for item in items:
        if item.nodeid in DIFFERS_BY_DATABASE or item.nodeid.startswith(prefixes):
            item.add_marker(pytest.mark.db_differs)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth keeps rate-limit counters in the cache: start every test with none."""
    cache.clear()
    yield
    cache.clear()


# Fixtures that put a snapshot back: they replace every row, so they run before any fixture that adds rows.
# Names defined further down the tree count too (`course` in tests/training, `site_with_roles` in tests/recruitment).
SNAPSHOT_FIXTURES = ("demo_site", "course", "site_with_roles")


@pytest.fixture(autouse=True)
def _snapshots_first(request):
    for name in SNAPSHOT_FIXTURES:
        if name in request.fixturenames:
            request.getfixturevalue(name)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, and a snapshot of it as the migrations left it (`migrated`), which is also how
    the session leaves it: with `--reuse-db` the next session starts from there (a transactional test empties it)."""

    with django_db_blocker.unblock():
        if not Site.objects.exists():
            pytest.exit("The reused test database was left empty by an older run: run once with --create-db.", 1)
        snapshot.take("migrated")
    yield
    with django_db_blocker.unblock():
        snapshot.restore("migrated")


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker):
    """The demo site (`load_demo_site()`), built once per session. Tests ask for `demo_site`."""
    return snapshot.build("demo", load_demo_site, django_db_blocker)


def build_course():
    from tests.training.factories import TrainingIndexPageFactory

    home = Site.objects.get(is_default_site=True).root_page.specific
    course = TrainingIndexPageFactory(parent=home)
    ensure_group_restriction(course, Group.objects.filter(name__in=[TRAINEES, MEMBERS]))
    ensure_course(home, io.StringIO())


@pytest.fixture(scope="session")
def course_snapshot(django_db_setup, django_db_blocker):
    """The course, built once per session (per xdist worker)."""
    return snapshot.build("course", build_course, django_db_blocker)


def build_volunteer_section():
    home = Site.objects.get(is_default_site=True).root_page.specific
    add_volunteer_content(home, io.StringIO())


@pytest.fixture(scope="session")
def volunteer_snapshot(django_db_setup, django_db_blocker):
    """The volunteer section, built once per session (per xdist worker)."""
    return snapshot.build("volunteer", build_volunteer_section, django_db_blocker)


@pytest.fixture
def demo_site(demo_snapshot, db):
    """The page tree of `make run` (`load_demo_site()`), put back from the session's snapshot in a fraction of the
    time building it takes; rolled back after the test like anything else the test writes."""
    snapshot.restore(demo_snapshot)
