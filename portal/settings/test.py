"""Fast, isolated settings for pytest. PostgreSQL when DATABASE_URL is set, SQLite otherwise."""

import os

import dj_database_url

from .base import *  # noqa: F403

DEBUG = False
PORTAL_ENVIRONMENT = "test"
SECRET_KEY = "test-only-secret-key-with-enough-length-and-variety-0123456789"  # noqa: S105
ALLOWED_HOSTS = ["*"]
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# One media folder per pytest-xdist worker ("gw0", "gw1"...), so parallel tests never share or clean each other's files.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
MEDIA_ROOT = BASE_DIR / ".test-media" / _WORKER / "media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / ".test-media" / _WORKER / "private"  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
# The tests speak to the portal as the TLS proxy of production would, adding the visitor's address.
ALLAUTH_TRUSTED_PROXY_COUNT = 1
