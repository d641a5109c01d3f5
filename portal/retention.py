"""Retention rules: how long each kind of personal data is kept (DESIGN.md: `purge_expired_data`).

An app registers a function with the `register_retention_rule` Wagtail hook that returns a `RetentionRule`:

    @hooks.register("register_retention_rule")
    def closed_applications():
        return RetentionRule(kind="closed applications", purge=purge_closed_applications)

`purge(now)` deletes what has expired by `now` and returns how many records it removed.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from wagtail import hooks

HOOK_NAME = "register_retention_rule"


@dataclass(frozen=True)
class RetentionRule:
    kind: str
    purge: Callable[[datetime], int]


def purge_expired_data(now=None) -> dict[str, int]:
    """Apply every registered rule, each in its own transaction. Returns counts by kind: never what was removed."""
    now = now or timezone.now()
    removed = {}
    for register in hooks.get_hooks(HOOK_NAME):
        rule = register()
        with transaction.atomic():
            removed[rule.kind] = rule.purge(now)
    return removed
