"""The worker (`run_periodic_jobs`): each registered job runs when it is due, on a clock the tests move."""

import logging
from datetime import timedelta

import pytest
from django.core.management import CommandError
from django.utils import timezone
from wagtail import hooks

from portal.periodic import PeriodicJob, periodic_jobs, run_due_jobs
from portal.retention import RetentionRule
from tests.resources.helpers import make_chapter
from tests.worker import worker_tick

pytestmark = pytest.mark.django_db

START = timezone.now().replace(microsecond=0)


def test_the_worker_runs_scheduled_publishing_every_minute_and_the_retention_purge_daily():
    intervals = {job.name: job.interval for job in periodic_jobs()}

    assert intervals["scheduled publishing"] == timedelta(minutes=1)
    assert intervals["retention purge"] == timedelta(days=1)


def test_a_page_whose_go_live_time_has_passed_is_served_after_the_next_tick_and_a_later_one_is_not(client):
    soon = make_chapter("Coming soon", publish=False, go_live_at=START + timedelta(minutes=2))
    later = make_chapter("Coming later", publish=False, go_live_at=START + timedelta(hours=2))
    for chapter in (soon, later):
        chapter.save_revision().publish()
    assert client.get("/guidance/coming-soon/").status_code == 404

    printed = worker_tick(at=START + timedelta(minutes=3))

    assert client.get("/guidance/coming-soon/").status_code == 200
    assert client.get("/guidance/coming-later/").status_code == 404
    assert "scheduled publishing: done (went live 1, expired 0)" in printed


def test_the_daily_purge_runs_once_a_day_however_often_the_worker_starts_or_looks(client):
    purges = []

    def counting_rule():
        return RetentionRule(kind="old drafts", purge=lambda now: purges.append(now) or 0)

    with hooks.register_temporarily("register_retention_rule", counting_rule):
        worker_tick(at=START)
        for minutes in (1, 15, 60, 23 * 60 + 59):  # each tick is a fresh `--once`, like a restarted worker
            worker_tick(at=START + timedelta(minutes=minutes))
        assert purges == [START]

        printed = worker_tick(at=START + timedelta(days=1))

    assert purges == [START, START + timedelta(days=1)]
    assert "retention purge: done (" in printed
    assert "old drafts 0" in printed


def test_a_job_runs_once_when_two_workers_look_at_the_same_moment():
    runs = []

    def job():
        return PeriodicJob(name="count", interval=timedelta(minutes=10), run=lambda now: runs.append(now))

    with hooks.register_temporarily("register_periodic_job", job):
        run_due_jobs(now=START)
        run_due_jobs(now=START)
        run_due_jobs(now=START + timedelta(minutes=9))

    assert runs == [START]


def test_a_failing_job_does_not_stop_the_others_and_its_logged_error_holds_no_personal_data(caplog):
    ran = []

    def failing():
        def run(now):
            raise ValueError("could not send to alex.smith@example.org about their HIV clinic")

        return PeriodicJob(name="reminders", interval=timedelta(minutes=5), run=run)

    def healthy():
        def run(now):
            ran.append(now)
            return {"done": 1}

        return PeriodicJob(name="tidy up", interval=timedelta(minutes=5), run=run)

    with (
        hooks.register_temporarily("register_periodic_job", failing),
        hooks.register_temporarily("register_periodic_job", healthy),
        caplog.at_level(logging.INFO, logger="portal.periodic"),
        pytest.raises(CommandError, match="reminders"),
    ):
        worker_tick(at=START)

    assert ran == [START]
    assert "'reminders' failed: ValueError" in caplog.text
    assert "tidy up: done (done 1)" in caplog.text
    assert "alex.smith" not in caplog.text
    assert "HIV" not in caplog.text


def test_a_failed_job_is_tried_again_after_five_minutes_not_a_whole_day_later():
    attempts = []

    def flaky():
        def run(now):
            attempts.append(now)
            if len(attempts) == 1:
                raise ConnectionError

        return PeriodicJob(name="flaky", interval=timedelta(days=1), run=run)

    with hooks.register_temporarily("register_periodic_job", flaky):
        run_due_jobs(now=START)
        run_due_jobs(now=START + timedelta(minutes=4))
        run_due_jobs(now=START + timedelta(minutes=5))
        run_due_jobs(now=START + timedelta(minutes=10))

    assert attempts == [START, START + timedelta(minutes=5)]


def test_two_periodic_jobs_may_not_share_a_name():
    def job():
        return PeriodicJob(name="twin", interval=timedelta(minutes=1), run=lambda now: None)

    with (
        hooks.register_temporarily("register_periodic_job", job),
        hooks.register_temporarily("register_periodic_job", job),
        pytest.raises(ValueError, match="share a name"),
    ):
        periodic_jobs()
