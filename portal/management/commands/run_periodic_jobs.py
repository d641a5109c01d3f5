import logging
import signal
import threading

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, close_old_connections

from portal.periodic import periodic_jobs, run_due_jobs

logger = logging.getLogger("portal.periodic")


class Command(BaseCommand):
    help = (
        "The worker: run each periodic job (scheduled publishing, retention purge...) when it is due, until stopped. "
        "With --once, run what is due now and exit (for cron or a test). Logs job names and counts only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run the jobs that are due now, then exit.")
        parser.add_argument(
            "--every",
            type=float,
            default=15,
            metavar="SECONDS",
            help="How often to look for due jobs (default 15 seconds).",
        )

    def handle(self, *args, once=False, every=15, **options):
        if once:
            self._run_once()
            return
        names = ", ".join(job.name for job in periodic_jobs())
        self.stdout.write(f"Running periodic jobs ({names}); looking every {every:g} seconds. Ctrl-C stops.")
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *args: stop.set())
        try:
            while not stop.is_set():
                self._tick()
                stop.wait(every)
        except KeyboardInterrupt:
            pass
        self.stdout.write("Periodic jobs stopped.")

    def _run_once(self):
        outcomes = run_due_jobs()
        for outcome in outcomes:
            self.stdout.write(str(outcome))
        if not outcomes:
            self.stdout.write("No job is due.")
        failed = [outcome.name for outcome in outcomes if not outcome.succeeded]
        if failed:
            raise CommandError(f"These jobs failed (see the log): {', '.join(failed)}")

    def _tick(self):
        # A worker runs for weeks: drop a connection the database closed (a restart) and carry on with a new one.
        close_old_connections()
        try:
            run_due_jobs()
        except DatabaseError as error:
            logger.warning("Periodic jobs: the database did not answer (%s); trying again.", type(error).__name__)
        finally:
            close_old_connections()
