"""`make run` settings use SQLite by default and the database named by DATABASE_URL when it is set."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
PRINT_DATABASE = (
    "from django.conf import settings; d = settings.DATABASES['default']; print(d['ENGINE'], d['NAME'], sep='|')"
)


def database_under_dev_settings(**env):
    base_env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp")}  # noqa: S108
    result = subprocess.run(
        [sys.executable, "-c", PRINT_DATABASE],
        cwd=PROJECT_DIR,
        env={**base_env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip().split("|")


def test_dev_settings_use_the_database_named_by_database_url():
    engine, name = database_under_dev_settings(DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal_dev")

    assert engine == "django.db.backends.postgresql"
    assert name == "portal_dev"


def test_dev_settings_use_a_sqlite_file_without_database_url():
    engine, name = database_under_dev_settings()

    assert engine == "django.db.backends.sqlite3"
    assert name.endswith("db.sqlite3")
