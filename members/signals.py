from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.dispatch import receiver


@receiver(authenticator_added)
def count_new_authenticator_as_passed(sender, request, user, authenticator, **kwargs):
    """Setting up an authenticator proves a fresh code from it, so this session has passed the second factor."""
    if authenticator.type != Authenticator.Type.RECOVERY_CODES:
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type, activated=True)
