"""Unsuccessful and withdrawn applications are erased a set time after the decision (DESIGN.md: retention)."""

from datetime import timedelta

from django.conf import settings

from portal.retention import RetentionRule
from recruitment.models import UNSUCCESSFUL_OR_WITHDRAWN, Application

RETENTION_KIND = "closed volunteer applications"


def purge_closed_applications(now):
    cutoff = now - timedelta(days=settings.RECRUITMENT_CLOSED_APPLICATION_RETENTION_DAYS)
    expired = Application.objects.filter(stage__in=UNSUCCESSFUL_OR_WITHDRAWN, decided_at__lt=cutoff)
    count = expired.count()
    # Answers, history and assessments go with the application (they cascade).
    expired.delete()
    return count


def closed_applications_rule():
    return RetentionRule(kind=RETENTION_KIND, purge=purge_closed_applications)
