"""Benchmark: the CPD CSV export streams, so its peak memory stays flat as the number of records grows.

Run: .venv/bin/python bench/cpd_export.py [RECORDS ...]   (default: 1000 10000)
Builds a throwaway SQLite test database, gives one member that many records (each with a competency and a
reflection), then downloads /members/cpd/export.csv through the real view and prints time, size and peak memory.
"""

import datetime
import os
import sys
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

REFLECTION = "What I learned and how it changes my practice. " * 8


def make_member(email, count):
    from members.models import Competency, CPDRecord, User

    user = User.objects.create_user(email=email, password="bench-password-not-secret")
    competency, _ = Competency.objects.get_or_create(name="Active listening")
    start = datetime.date(2020, 1, 1)
    for offset in range(0, count, 2000):
        records = CPDRecord.objects.bulk_create(
            CPDRecord(
                user=user,
                date=start + datetime.timedelta(days=index % 2000),
                activity_type="training",
                title=f"Activity {index}",
                provider="Bench provider",
                hours=Decimal("1.25"),
                reflection=REFLECTION,
            )
            for index in range(offset, min(offset + 2000, count))
        )
        CPDRecord.competencies.through.objects.bulk_create(
            CPDRecord.competencies.through(cpdrecord_id=record.pk, competency_id=competency.pk) for record in records
        )
    return user


def measure(user):
    from members.views.cpd import export_csv

    request = RequestFactory().get("/members/cpd/export.csv")
    request.user = user
    tracemalloc.start()
    started = time.perf_counter()
    response = export_csv(request)
    size = rows = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        rows += chunk.count(b"\r\n")
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, size, rows - 1, peak


def main():
    counts = [int(arg) for arg in sys.argv[1:]] or [1000, 10_000]
    setup_test_environment()
    print("Creating a throwaway test database (migrations take a little while)...", flush=True)
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        print(f"{'records':>8} {'rows':>8} {'seconds':>8} {'MB out':>8} {'peak MB':>8}")
        for count in counts:
            user = make_member(f"bench-{count}@example.org", count)
            elapsed, size, rows, peak = measure(user)
            print(f"{count:>8} {rows:>8} {elapsed:>8.2f} {size / 1e6:>8.2f} {peak / 1e6:>8.2f}", flush=True)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
