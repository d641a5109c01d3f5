"""Closed referrals (ended, not for us, withdrawn) are erased a set time after closing (DESIGN.md: retention)."""

from datetime import timedelta

from django.conf import settings

from one_to_one.models import Referral
from one_to_one.models.referrals import CLOSED_STATUSES
from portal.retention import RetentionRule

RETENTION_KIND = "closed one-to-one referrals"


def purge_closed_referrals(now):
    cutoff = now - timedelta(days=settings.ONE_TO_ONE_CLOSED_RECORD_RETENTION_DAYS)
    expired = Referral.objects.filter(status__in=CLOSED_STATUSES, closed_at__lt=cutoff)
    # Everything about the person cascades; the access log keeps its references (who opened which, when).
    count = expired.count()
    expired.delete()
    return count


def closed_referrals_rule():
    return RetentionRule(kind=RETENTION_KIND, purge=purge_closed_referrals)
