"""The step from trainee to member: the one function that checks training and induction are done and moves the
person from Trainees to Members."""

from django.contrib.auth.models import Group
from django.db import transaction

from portal.roles import MEMBERS, TRAINEES
from training.models import Certificate, InductionCompletion, InductionItem
from training.signals import trainee_became_member


class NotReady(Exception):
    pass


def induction_done(user):
    total = InductionItem.objects.count()
    done = InductionCompletion.objects.filter(user=user).count()
    return done, total


def readiness(user, course):
    """(ready?, what is missing) for confirming `user` as a member."""
    missing = []
    if not Certificate.objects.filter(user=user, course=course).exists():
        missing.append("the required training modules")
    done, total = induction_done(user)
    if done < total:
        missing.append(f"the induction checklist ({done} of {total} done)")
    return not missing, missing


def confirm_as_member(user, course, *, by=None):
    """Makes a trained trainee a member (a Peer Supporter) and tells other apps through `trainee_became_member`.

    Returns what the other apps said they did, as sentences for the coordinator.
    """
    ready, missing = readiness(user, course)
    if not ready:
        raise NotReady("Still to complete: " + " and ".join(missing) + ".")
    with transaction.atomic():
        user.groups.remove(Group.objects.get(name=TRAINEES))
        user.groups.add(Group.objects.get(name=MEMBERS))
        replies = trainee_became_member.send(sender=confirm_as_member, user=user, by=by)
    return [reply for _receiver, reply in replies if reply]
