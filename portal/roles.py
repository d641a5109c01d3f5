"""The role groups of DESIGN.md. Their names are a public contract: code refers to them only through these names."""

from allauth.account.authentication import get_authentication_records

TRAINEES = "Trainees"
MEMBERS = "Members"
FACILITATORS = "Facilitators"
COORDINATORS = "Coordinators"
EDITORS = "Editors"

ROLE_GROUPS = (TRAINEES, MEMBERS, FACILITATORS, COORDINATORS, EDITORS)

# Roles whose powers reach other people's data: they need two-factor authentication passed in the session.
STAFF_ROLES = (FACILITATORS, COORDINATORS, EDITORS)
ASSESS_APPLICATIONS = "recruitment.assess_application"


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


def holds_staff_powers(user):
    """Coordinators, facilitators, editors, assessors, superusers and anyone who may open Wagtail admin."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.groups.filter(name__in=STAFF_ROLES).exists():
        return True
    return user.has_perm(ASSESS_APPLICATIONS) or user.has_perm("wagtailadmin.access_admin")


def passed_second_factor(request):
    """True when this session's sign-in included an authenticator step, as allauth records it."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)
