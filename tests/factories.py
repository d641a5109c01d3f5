"""Small factories for test setup. Tests say what they need; these make it exist."""

import io

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

DEFAULT_PASSWORD = "correct-horse-battery-staple"


def make_user(email="person@example.org", password=DEFAULT_PASSWORD, roles=(), verified=True, **fields):
    """A person who can sign in (verified email) and holds the given role groups."""
    user = get_user_model().objects.create_user(email=email, password=password, **fields)
    if roles:
        user.groups.set(Group.objects.filter(name__in=roles))
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def give_mfa(user):
    """Mark the user as having an authenticator app, as if they had completed allauth's TOTP set-up."""
    return Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})


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
