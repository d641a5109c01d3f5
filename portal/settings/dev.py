"""Local development: `make run`. SQLite, local-memory cache and console email; nothing to configure.

PostgreSQL when DATABASE_URL is set, as in the test settings.
"""

import os

import dj_database_url

from .base import *  # noqa: F403

# A newcomer sees the portal as its visitors do: the designed 404 and 500 pages, not Django's debug pages (whose 404
# lists every URL pattern). Tracebacks still print in the terminal; DJANGO_DEBUG=1 brings Django's debug pages back.
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
SECRET_KEY = "django-insecure-dev-only-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
# Plain static storage so a missing `collectstatic` never breaks the dev server.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# Without DEBUG, runserver serves no static files: WhiteNoise (in the middleware already) serves them straight from
# the apps' folders, with no `collectstatic` and picking up edits; uploaded images are served from MEDIA_ROOT.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA_FILES = True
