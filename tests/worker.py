"""Drive the worker's clock in tests: run what is due at a given moment, as `run_periodic_jobs` would then."""

import io
from contextlib import contextmanager
from unittest import mock

from django.core.management import call_command


@contextmanager
def clock_at(moment):
    """Django's (and Wagtail's) `timezone.now()` answers `moment` inside the block."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def worker_tick(at):
    """One pass of the worker at `at`: `run_periodic_jobs --once`. Returns what it printed."""
    out = io.StringIO()
    with clock_at(at):
        call_command("run_periodic_jobs", "--once", stdout=out)
    return out.getvalue()
