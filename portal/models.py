from django.db import models


class PeriodicJobRun(models.Model):
    """When a periodic job (portal/periodic.py) last started, one row per job.

    A row in the database rather than the cache: it outlives a restart (a daily job is not run again at once) and is
    shared by every worker process, so two workers never run the same job at the same time.
    """

    name = models.CharField(max_length=100, unique=True)
    last_started_at = models.DateTimeField()
    last_finished_at = models.DateTimeField(null=True, blank=True)
    # None while it runs (or when the worker stopped before it finished).
    last_succeeded = models.BooleanField(null=True)

    def __str__(self):
        return self.name
