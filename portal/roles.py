"""The role groups of DESIGN.md. Their names are a public contract: code refers to them only through these names."""

from allauth.account.authentication import get_authentication_records
from django.db.models import Q

TRAINEES = "Trainees"
MEMBERS = "Members"
FACILITATORS = "Facilitators"
COORDINATORS = "Coordinators"
EDITORS = "Editors"

ROLE_GROUPS = (TRAINEES, MEMBERS, FACILITATORS, COORDINATORS, EDITORS)

# Roles whose powers reach other people's data: they need two-factor authentication passed in the session.
STAFF_ROLES = (FACILITATORS, COORDINATORS, EDITORS)


def second_factor_pending(user):
    """True while a staff member's session has not passed two-factor authentication: their powers are held back."""
    return getattr(user, "second_factor_pending", False)


def user_has_role(user, role):
    """True when the user is in the role's group. Superusers hold every role."""
    if not user.is_authenticated:
        return False
    if second_factor_pending(user):
        return role not in STAFF_ROLES and user.groups.filter(name=role).exists()
    if user.is_superuser:
        return True
    return user.groups.filter(name=role).exists()


def is_coordinator(user):
    return user_has_role(user, COORDINATORS)


def holds_staff_powers(user):
    """Coordinators, facilitators, editors, assessors, superusers and anyone who may open Wagtail admin.

    Asked on every request, so it is one query (a member's pages have a query budget).
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    powers = Permission.objects.filter(
        Q(content_type__app_label="recruitment", codename="assess_application")
        | Q(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return (
        get_user_model()
        .objects.filter(pk=user.pk)
        .filter(Q(groups__name__in=STAFF_ROLES) | Q(groups__permissions__in=powers) | Q(user_permissions__in=powers))
        .exists()
    )


def passed_second_factor(request):
    """True when this session's sign-in included an authenticator step, as allauth records it."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)
