"""Factories for people and their CPD records."""

import datetime
from decimal import Decimal

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from members.models import CPDRecord

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A person who can sign in: a password, an email address (verified unless told), and role groups.

    `UserFactory(roles=["Coordinator"], verified=False, mfa=True)`.
    """

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    password = DEFAULT_PASSWORD

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return model_class._default_manager.create_user(*args, **kwargs)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.set(Group.objects.filter(name__in=extracted))

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            verified = True if extracted is None else extracted
            EmailAddress.objects.create(user=self, email=self.email, verified=verified, primary=True)

    @factory.post_generation
    def mfa(self, create, extracted, **kwargs):
        if create and extracted:
            give_mfa(self)


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
