"""Values for HTML attributes whose syntax the HTML standard fixes, so that every template writes them one way."""

import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def html_datetime(value):
    """The `datetime` attribute of a `<time>`: a date as YYYY-MM-DD, a moment to the second with its UTC offset.

    Django's "c" format writes microseconds, and HTML allows at most three digits of a second's fraction.
    """
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.isoformat(timespec="seconds")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
