"""Periodic jobs: what the `worker` process runs on a timer (DESIGN.md: scheduled publishing, retention purge...).

An app registers a function with the `register_periodic_job` Wagtail hook that returns a `PeriodicJob`:

    @hooks.register("register_periodic_job")
    def send_reminders():  # for example
        return PeriodicJob(name="session reminders", interval=timedelta(hours=1), run=send_due_reminders)

`run(now)` does the work due by `now` and returns counts by kind (`{"sent": 3}`) or None. `run_periodic_jobs` runs
every job whose interval has passed since it last started; the start is recorded in the database (`PeriodicJobRun`),
so a restart does not repeat a daily job and two workers never run one job at once. The log names jobs and counts,
never the records they touched (confidentiality rule 7).
"""

import logging
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Q
from django.utils import timezone
from wagtail import hooks

from portal.models import PeriodicJobRun

HOOK_NAME = "register_periodic_job"
# A job that failed is tried again after this long (or its own interval, when shorter), not a whole interval later.
FAILED_JOB_RETRY = timedelta(minutes=5)

logger = logging.getLogger("portal.periodic")


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    interval: timedelta
    run: Callable[[datetime], Mapping[str, int] | None]


@dataclass(frozen=True)
class JobOutcome:
    name: str
    succeeded: bool
    counts: Mapping[str, int] = field(default_factory=dict)

    def __str__(self):
        if not self.succeeded:
            return f"{self.name}: failed"
        summary = ", ".join(f"{kind} {count}" for kind, count in self.counts.items())
        return f"{self.name}: done" + (f" ({summary})" if summary else "")


def periodic_jobs() -> list[PeriodicJob]:
    jobs = [register() for register in hooks.get_hooks(HOOK_NAME)]
    names = [job.name for job in jobs]
    if len(names) != len(set(names)):
        raise ValueError(f"Two periodic jobs may not share a name: {sorted(names)}")
    return jobs


def run_due_jobs(now: datetime | None = None) -> list[JobOutcome]:
    """Run each registered job that is due at `now`; a job that fails is logged and does not stop the others."""
    now = now or timezone.now()
    return [_run(job, now) for job in periodic_jobs() if _claim(job, now)]


def _claim(job: PeriodicJob, now: datetime) -> bool:
    """Record that `job` starts at `now`, if it is due. Only one worker can claim a given run."""
    record, created = PeriodicJobRun.objects.get_or_create(name=job.name, defaults={"last_started_at": now})
    if created:
        return True
    retry_after = min(job.interval, FAILED_JOB_RETRY)
    due = Q(last_started_at__lte=now - job.interval) | Q(last_succeeded=False, last_started_at__lte=now - retry_after)
    claimed = PeriodicJobRun.objects.filter(due, pk=record.pk, last_started_at=record.last_started_at).update(
        last_started_at=now, last_finished_at=None, last_succeeded=None
    )
    return claimed == 1


def _run(job: PeriodicJob, now: datetime) -> JobOutcome:
    try:
        counts = dict(job.run(now) or {})
    except Exception as error:
        # The type and the line only: an exception's message can quote the data it choked on.
        where = traceback.extract_tb(error.__traceback__)[-1]
        error_name = type(error).__name__
        logger.error("Periodic job %r failed: %s at %s:%s", job.name, error_name, where.filename, where.lineno)
        outcome = JobOutcome(name=job.name, succeeded=False)
    else:
        outcome = JobOutcome(name=job.name, succeeded=True, counts=counts)
        # A job that found nothing to do says so only at DEBUG, so the console of `make run` stays readable.
        logger.log(logging.INFO if any(counts.values()) else logging.DEBUG, "Periodic job %s", outcome)
    PeriodicJobRun.objects.filter(name=job.name).update(
        last_finished_at=timezone.now(), last_succeeded=outcome.succeeded
    )
    return outcome
