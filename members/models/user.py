from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.db import models

from portal.roles import second_factor_pending


class UserManager(BaseUserManager):
    """Users sign in with their email address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account. Email is the login; a display name is optional, so nobody must give a real name."""

    username = None
    email = models.EmailField("email address", unique=True)
    display_name = models.CharField(
        max_length=100,
        blank=True,
        help_text="How the portal greets you. Leave blank to be greeted without a name.",
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["email"]

    def __str__(self):
        return self.display_name or self.email

    def get_short_name(self):
        return self.display_name or self.first_name or ""

    def get_full_name(self):
        return self.display_name or super().get_full_name() or self.email

    # Staff powers wait for the second factor: while a staff session has not passed it (portal.middleware), every
    # permission check says no, so no view can forget to ask.
    def has_perm(self, perm, obj=None):
        return not second_factor_pending(self) and super().has_perm(perm, obj)

    def has_module_perms(self, app_label):
        return not second_factor_pending(self) and super().has_module_perms(app_label)
