"""The role groups of DESIGN.md. Their names are a public contract: code refers to them only through these names."""

TRAINEES = "Trainees"
MEMBERS = "Members"
FACILITATORS = "Facilitators"
COORDINATORS = "Coordinators"
EDITORS = "Editors"

ROLE_GROUPS = (TRAINEES, MEMBERS, FACILITATORS, COORDINATORS, EDITORS)


def user_has_role(user, role):
    """True when the user is in the role's group. Superusers hold every role."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=role).exists()


def can_use_admin(user):
    """Whoever may open Wagtail admin counts as staff: they must have MFA set up first."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
