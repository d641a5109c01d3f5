"""Every route to a signed-in session goes through allauth: email verification, rate limits and the 2FA stage.

The gate walks the whole URL configuration, so a login view that a package or an app mounts later is found and
fails the test until it is removed or sent to allauth.
"""

import inspect
import re
from dataclasses import dataclass

import django.contrib.auth
import pytest
from django.contrib.auth.views import LoginView, PasswordResetConfirmView
from django.urls import resolve
from django.urls.exceptions import Resolver404
from wagtail.models import Page, PageViewRestriction

from tests.factories import DEFAULT_PASSWORD, give_mfa, make_user
from tests.security.urlconf import url_patterns

pytestmark = pytest.mark.django_db

ALLAUTH_LOGIN = "/accounts/login/"
# Sign-in forms mounted by Wagtail and Django that must never answer a password themselves.
KNOWN_SIDE_DOORS = ["/_util/login/", "/admin/login/"]


@dataclass
class Route:
    pattern: str
    callback: object

    @property
    def module(self):
        view = getattr(self.callback, "view_class", None) or inspect.unwrap(self.callback)
        return view.__module__

    def example_path(self):
        """A path the pattern matches: converters get a sample value; regular expressions lose their anchors."""
        path = re.sub(r"<(?:int:)?\w+>", "1", re.sub(r"<(?:str|slug|path|uuid):\w+>", "abc", self.pattern))
        path = re.sub(r"\(\?P<\w+>[^)]*\)", "1", path).replace("^", "").replace("$", "").replace("\\", "")
        return "/" + path

    def is_reachable(self):
        """True unless an earlier pattern answers for its paths first."""
        try:
            return resolve(self.example_path()).func is self.callback
        except Resolver404:
            return False


def every_route():
    return [Route(leaf.route, leaf.callback) for leaf in url_patterns()]


def names_for_django_login(module):
    """The names a module can call django.contrib.auth.login by: `login`, `auth_login`, `auth.login`..."""
    names = [name for name, value in vars(module).items() if value is django.contrib.auth.login]
    names += [f"{name}.login" for name, value in vars(module).items() if value is django.contrib.auth]
    return names


def calls_django_login(code):
    try:
        source = inspect.getsource(code)
    except (OSError, TypeError):
        return False
    return any(
        re.search(rf"(?<![\w.]){re.escape(name)}\(", source) for name in names_for_django_login(inspect.getmodule(code))
    )


def can_create_a_session(callback):
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        if issubclass(view_class, LoginView):
            return True
        if issubclass(view_class, PasswordResetConfirmView):
            return callback.view_initkwargs.get("post_reset_login", view_class.post_reset_login)
        return calls_django_login(view_class)
    return calls_django_login(inspect.unwrap(callback))


def session_creating_routes():
    return [route for route in every_route() if can_create_a_session(route.callback)]


def is_allauths(route):
    return route.module.startswith("allauth.")


# --- The static gate


def test_the_walk_recognises_the_login_views_wagtail_and_django_mount():
    found = {route.pattern for route in session_creating_routes()}

    assert "_util/login/" in found  # wagtail.urls: django.contrib.auth's LoginView
    assert "admin/login/" in found  # wagtail.admin.urls: Wagtail's admin LoginView


def test_no_session_creating_view_is_reachable_except_allauths():
    reachable = [route for route in session_creating_routes() if route.is_reachable() and not is_allauths(route)]

    assert reachable == [], "Send these to allauth's sign-in before Wagtail's URLs are included: " + ", ".join(
        f"/{route.pattern} ({route.module})" for route in reachable
    )


# --- The dynamic check: valid credentials of a verified staff member with an authenticator


@pytest.fixture
def staff(db):
    user = make_user("editor@example.org", roles=["Editors"])
    give_mfa(user)
    return user


def credentials(user):
    return {"login": user.email, "username": user.email, "password": DEFAULT_PASSWORD}


def candidate_paths():
    """Every session-creating view found, the known side doors, and each of allauth's own forms without parameters."""
    paths = {route.example_path() for route in session_creating_routes() if route.is_reachable()}
    allauths = {route.example_path() for route in every_route() if is_allauths(route) and "<" not in route.pattern}
    return sorted(paths | allauths | set(KNOWN_SIDE_DOORS))


@pytest.mark.parametrize("path", [path for path in candidate_paths() if path != ALLAUTH_LOGIN])
def test_posting_valid_credentials_anywhere_but_allauth_gives_no_session(client, staff, path):
    response = client.post(path, credentials(staff))

    assert response.status_code < 500
    assert "_auth_user_id" not in client.session


def test_allauth_sign_in_stops_at_the_code_stage(client, staff):
    response = client.post(ALLAUTH_LOGIN, credentials(staff))

    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session


# --- Item 1: the Wagtail sign-in side door


def test_a_password_alone_through_wagtails_login_no_longer_signs_in(client, staff):
    response = client.post("/_util/login/", credentials(staff))

    assert response.status_code == 302 and response["Location"] == ALLAUTH_LOGIN
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"].startswith(ALLAUTH_LOGIN)


def test_wagtails_login_sends_people_to_allauth_keeping_a_safe_next(client):
    response = client.get("/_util/login/?next=/members/cpd/")

    assert response.status_code == 302
    assert response["Location"] == f"{ALLAUTH_LOGIN}?next=/members/cpd/"


def test_wagtails_login_drops_a_next_that_leaves_the_site(client):
    response = client.get("/_util/login/?next=https://elsewhere.example/")

    assert response["Location"] == ALLAUTH_LOGIN


def test_the_admin_login_sends_people_to_allauth_and_back_to_the_admin(client):
    assert client.get("/admin/login/")["Location"] == f"{ALLAUTH_LOGIN}?next=/admin/"
    assert client.get("/admin/login/?next=/admin/pages/")["Location"] == f"{ALLAUTH_LOGIN}?next=/admin/pages/"


def test_an_unverified_account_cannot_get_a_session_by_any_sign_in_form(client):
    person = make_user("new@example.org", verified=False)

    for path in [*KNOWN_SIDE_DOORS, ALLAUTH_LOGIN]:
        client.post(path, credentials(person))
        assert "_auth_user_id" not in client.session, path


def test_the_sign_in_rate_limit_leaves_no_other_form_to_try(client, staff):
    wrong = {**credentials(staff), "password": "not-the-password-at-all"}
    for _ in range(5):
        client.post(ALLAUTH_LOGIN, wrong)

    locked = client.post(ALLAUTH_LOGIN, credentials(staff))
    assert "Too many failed login attempts" in locked.content.decode()
    for path in KNOWN_SIDE_DOORS:
        client.post(path, credentials(staff))
        assert "_auth_user_id" not in client.session, path


def test_a_page_password_form_creates_no_user_session(client, staff):
    page = Page.objects.get(depth=2)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="page-password"
    )

    response = client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "page-password", "return_url": "/"},
    )

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
