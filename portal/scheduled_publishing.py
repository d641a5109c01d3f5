"""Wagtail's scheduled publishing ("go live at" / "expiry"), run by the worker every minute (portal/periodic.py)."""

import io

from django.core.management import call_command
from wagtail.models import Page, Revision


def publish_scheduled(now):
    """Publish what is due and unpublish what has expired, by Wagtail's own command. Returns counts only."""
    due = Revision.objects.filter(approved_go_live_at__lt=now)
    expired = Page.objects.filter(live=True, expire_at__lt=now)
    due_before, expired_before = due.count(), expired.count()
    call_command("publish_scheduled", stdout=io.StringIO())
    return {"went live": due_before - due.count(), "expired": expired_before - expired.count()}
