"""Who may see what of a group (confidentiality rule 2). Every view asks here; nothing else decides."""

from portal.roles import is_coordinator, second_factor_pending


def is_appointed_to_facilitate(user, group):
    """Appointed by a coordinator and not stood down (groups/models/facilitation.py); says nothing about powers."""
    return user.is_authenticated and user.facilitator_appointments.current().filter(group=group).exists()


def facilitates(user, group):
    """Appointed to facilitate the group, with 2FA passed in this session."""
    return not second_factor_pending(user) and is_appointed_to_facilitate(user, group)


def can_manage(user, group):
    """Sees the member list and meeting log, approves requests, logs meetings."""
    return is_coordinator(user) or facilitates(user, group)


def membership_of(user, group):
    if not user.is_authenticated:
        return None
    return group.memberships.filter(user=user).first()


def has_signed_current_agreement(user, group):
    from groups.agreements import current_version_of

    version = current_version_of(group)
    return version is not None and version.signatures.filter(user=user).exists()


def can_see_venue(user, group):
    """Approved members who have signed the current agreement, the group's facilitators, and coordinators."""
    if not user.is_authenticated:
        return False
    if can_manage(user, group):
        return True
    membership = membership_of(user, group)
    if membership is None or membership.status != membership.Status.APPROVED:
        return False
    return has_signed_current_agreement(user, group)
