"""Every private recruitment URL, for anonymous / another applicant / the applicant / assessor / coordinator."""

import pytest

from portal.roles import COORDINATORS
from recruitment.models import Stage
from tests.factories import give_mfa, make_user, sign_in_with_mfa
from tests.recruitment.helpers import application_at, make_assessor

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
OK, NOT_FOUND, TO_LOGIN = 200, 404, "login"
# Wagtail admin answers a signed-in staff member without the permission by sending them to the dashboard.
FORBIDDEN = "admin refuses"


@pytest.fixture
def people(role):
    applicant = make_user("owner@example.org")
    coordinator = make_user("coord@example.org", roles=[COORDINATORS])
    give_mfa(coordinator)
    return {
        "anonymous": None,
        "another applicant": make_user("nosy@example.org"),
        "the applicant": applicant,
        "assessor": make_assessor("panel@example.org"),
        "coordinator": coordinator,
    }


@pytest.fixture
def application(people, role):
    return application_at(Stage.INTERVIEW_ARRANGED, people["the applicant"], role, people["coordinator"])


# url template -> expected outcome for each person, in the order of `people`.
MATRIX = {
    "/volunteer/applications/{pk}/": (TO_LOGIN, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND),
    "/volunteer/applications/{pk}/withdraw/": (TO_LOGIN, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND),
    "/admin/recruitment/applications/": (TO_LOGIN, TO_LOGIN, TO_LOGIN, OK, OK),
    "/admin/recruitment/applications/inspect/{pk}/": (TO_LOGIN, TO_LOGIN, TO_LOGIN, OK, OK),
    "/admin/recruitment/applications/assess/{pk}/": (TO_LOGIN, TO_LOGIN, TO_LOGIN, OK, OK),
    "/admin/recruitment/applications/shortlist/{pk}/": (TO_LOGIN, TO_LOGIN, TO_LOGIN, FORBIDDEN, OK),
    "/admin/recruitment/applications/decline/{pk}/": (TO_LOGIN, TO_LOGIN, TO_LOGIN, FORBIDDEN, OK),
    "/admin/recruitment/applications/interview/{pk}/": (TO_LOGIN, TO_LOGIN, TO_LOGIN, FORBIDDEN, OK),
    "/admin/recruitment/applications/decide/{pk}/": (TO_LOGIN, TO_LOGIN, TO_LOGIN, FORBIDDEN, OK),
    "/admin/recruitment/applications/export/": (TO_LOGIN, TO_LOGIN, TO_LOGIN, FORBIDDEN, OK),
    "/admin/recruitment/dbs-checks/": (TO_LOGIN, TO_LOGIN, TO_LOGIN, FORBIDDEN, OK),
    "/admin/reports/dbs-renewals/": (TO_LOGIN, TO_LOGIN, TO_LOGIN, FORBIDDEN, OK),
    "/admin/recruitment/access-log/": (TO_LOGIN, TO_LOGIN, TO_LOGIN, FORBIDDEN, OK),
}


def outcome(response):
    if response.status_code == 302 and response["Location"].startswith(LOGIN):
        return TO_LOGIN
    if response.status_code == 302 and response["Location"] == "/admin/":
        return FORBIDDEN
    return response.status_code


@pytest.mark.parametrize("url", list(MATRIX))
def test_private_recruitment_urls_answer_each_kind_of_person_as_expected(client, people, application, url):
    results = {}
    for who, user in people.items():
        client.logout()
        if who in ("assessor", "coordinator"):
            sign_in_with_mfa(client, user)
        elif user is not None:
            client.force_login(user)
        response = client.get(url.format(pk=application.pk))
        results[who] = outcome(response)

    assert tuple(results.values()) == MATRIX[url], results


def test_the_application_list_shows_each_person_only_their_own(client, people, application):
    client.force_login(people["another applicant"])
    assert application.role_title not in client.get("/volunteer/applications/").content.decode()

    client.force_login(people["the applicant"])
    assert application.role_title in client.get("/volunteer/applications/").content.decode()


def test_another_applicant_cannot_withdraw_someone_elses_application(client, people, application):
    client.force_login(people["another applicant"])

    response = client.post(f"/volunteer/applications/{application.pk}/withdraw/")

    application.refresh_from_db()
    assert response.status_code == 404
    assert application.stage == Stage.INTERVIEW_ARRANGED


def test_an_assessor_cannot_change_the_stage_by_posting(client, people, application):
    sign_in_with_mfa(client, people["assessor"])

    response = client.post(f"/admin/recruitment/applications/decline/{application.pk}/", {"feedback": "No"})

    application.refresh_from_db()
    assert outcome(response) == FORBIDDEN
    assert application.stage == Stage.INTERVIEW_ARRANGED


def test_applicant_pages_are_private_and_never_cached(client, people, application):
    client.force_login(people["the applicant"])

    response = client.get(f"/volunteer/applications/{application.pk}/")

    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]
    form = client.get(application.form_page.url)
    assert "no-store" in form["Cache-Control"]


def test_coordinators_get_the_recruitment_permissions_from_the_migrations(db):
    coordinator = make_user("fresh.coordinator@example.org", roles=[COORDINATORS])

    for permission in (
        "view_application",
        "change_application",
        "assess_application",
        "export_application",
        "add_vettingcheck",
        "view_vettingcheck",
        "view_applicationaccesslog",
    ):
        assert coordinator.has_perm(f"recruitment.{permission}"), permission
    assert not coordinator.has_perm("recruitment.delete_application")
