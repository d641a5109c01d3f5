"""Local development: `make run`. SQLite, local-memory cache and console email; nothing to configure.

PostgreSQL when DATABASE_URL is set, as in the test settings.
"""

import os

import dj_database_url

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-dev-only-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
# Plain static storage so a missing `collectstatic` never breaks the dev server.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
