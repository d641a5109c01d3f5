"""Small factories for test setup. Tests say what they need; these make it exist."""

import io

from django.core.management import call_command

from tests.members.factories import DEFAULT_PASSWORD, UserFactory, give_mfa

__all__ = ["DEFAULT_PASSWORD", "current_totp_code", "give_mfa", "load_demo_site", "make_user", "sign_in_with_mfa"]


def make_user(email="person@example.org", password=DEFAULT_PASSWORD, roles=(), verified=True, **fields):
    """A person who can sign in (verified email) and holds the given role groups."""
    return UserFactory(email=email, password=password, roles=roles, verified=verified, **fields)


def current_totp_code(authenticator):
    """The code an authenticator app would show now for the authenticator's secret."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

    counter = next(iter(yield_hotp_counters_from_time()))
    return format_hotp_value(hotp_value(authenticator.data["secret"], counter))


def load_demo_site():
    """The page tree of `make run`: home, information pages and the sections."""
    call_command("load_demo_content", stdout=io.StringIO())


def sign_in_with_mfa(client, user):
    """Sign in as allauth does after a password and an authenticator code: the session records both steps.

    Staff powers need two-factor authentication *passed in this session*, not merely set up, so a bare
    `force_login` is a password-less side door that the portal must refuse; this is the real, complete sign-in.
    """
    import time

    from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
    from allauth.mfa.models import Authenticator

    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first() or give_mfa(user)
    client.force_login(user, backend="allauth.account.auth_backends.AuthenticationBackend")
    session = client.session
    now = time.time()
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": now, "email": user.email},
        {"method": "mfa", "at": now, "id": authenticator.pk, "type": authenticator.type},
    ]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
    return user
