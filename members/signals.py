from allauth.account.internal.flows.login import get_authentication_records, record_authentication
from allauth.account.signals import user_logged_in
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.dispatch import receiver


@receiver(authenticator_added)
def count_new_authenticator_as_passed(sender, request, user, authenticator, **kwargs):
    """Setting up an authenticator proves a fresh code from it, so this session has passed the second factor."""
    if authenticator.type != Authenticator.Type.RECOVERY_CODES:
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type, activated=True)


@receiver(user_logged_in)
def count_password_sign_in_as_recent(sender, request, user, **kwargs):
    """A sign-in with a password is as recent a proof as allauth's "confirm your password" page.

    allauth counts only its own re-authentication records as recent, so staff sent to set up an authenticator straight
    after signing in were asked for the password they had just typed. Recording the sign-in the way a
    re-authentication is recorded starts the same clock (ACCOUNT_REAUTHENTICATION_TIMEOUT): once it has run out,
    allauth asks again.
    """
    if any(record.get("method") == "password" for record in get_authentication_records(request, user)):
        record_authentication(request, user, "password", reauthenticated=True, at_sign_in=True)
