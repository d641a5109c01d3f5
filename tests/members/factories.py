"""Factories for people and their CPD records."""

import datetime
from decimal import Decimal

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from members.models import CPDRecord
from portal.roles import COORDINATORS

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A person who can sign in: a password, an email address (verified unless told), and role groups.

    `UserFactory(roles=[TRAINEES], verified=False, mfa=True)`; traits: `UserFactory(coordinator=True)` (in
    Coordinators, 2FA set up), `UserFactory(unverified=True)`.
    """

    class Meta:
        model = get_user_model()

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    password = DEFAULT_PASSWORD

    class Params:
        coordinator = factory.Trait(roles=[COORDINATORS], mfa=True)
        unverified = factory.Trait(verified=False)

    roles = ()
    verified = True
    mfa = False

    @classmethod
    def _create(cls, model_class, *args, roles=(), verified=True, mfa=False, **kwargs):
        user = model_class._default_manager.create_user(*args, **kwargs)
        if roles:
            user.groups.set(Group.objects.filter(name__in=roles))
        EmailAddress.objects.create(user=user, email=user.email, verified=verified, primary=True)
        if mfa:
            give_mfa(user)
        return user


def give_mfa(user):
    """Mark the user as having an authenticator app, as if they had completed allauth's TOTP set-up."""
    return Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})


class CPDRecordFactory(factory.django.DjangoModelFactory):
    """A finished CPD record from yesterday: two participatory hours of training, with a reflection."""

    class Meta:
        model = CPDRecord

    user = factory.SubFactory(UserFactory)
    date = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=1))
    activity_type = "training"
    title = "Listening skills"
    hours = Decimal("2")
    mode = "participatory"
    reflection = "I learned to leave more silence."
