"""Production: everything that differs between deployments comes from the environment (DESIGN.md).

Missing required variables stop the process at start-up with a message that names them.
"""

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

REQUIRED = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")
missing = [name for name in REQUIRED if not os.environ.get(name)]
if missing:
    raise ImproperlyConfigured(f"Set these environment variables before starting: {', '.join(missing)}")

DEBUG = False
PORTAL_ENVIRONMENT = "production"
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = [host.strip() for host in os.environ["ALLOWED_HOSTS"].split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS if host != "*"]
DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60, conn_health_checks=True)}
if not DATABASES["default"]["ENGINE"].endswith("postgresql"):
    raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL in production.")

# allauth's rate limits live in the cache, so every worker process must share it: Redis, else the database.
_cache_url = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
if _cache_url:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _cache_url}}
else:
    # Needs `python manage.py createcachetable` once (the deploy steps in the README run it).
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "portal_cache"}}

# Mandatory email verification means the portal is unusable without mail: require it.
if os.environ.get("EMAIL_URL"):
    _email = urlsplit(os.environ["EMAIL_URL"])
    EMAIL_HOST = _email.hostname
    EMAIL_PORT = _email.port or 587
    EMAIL_HOST_USER = unquote(_email.username or "")
    EMAIL_HOST_PASSWORD = unquote(_email.password or "")
    EMAIL_USE_SSL = _email.scheme == "smtps"
    EMAIL_USE_TLS = not EMAIL_USE_SSL
elif os.environ.get("EMAIL_HOST"):
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
else:
    raise ImproperlyConfigured("Set EMAIL_URL (smtp://user:password@host:587) or EMAIL_HOST and friends.")
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
SERVER_EMAIL = DEFAULT_FROM_EMAIL  # noqa: F405

WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0].lstrip('.')}")

STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", STATIC_ROOT))  # noqa: F405

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto and appends the visitor's address to X-Forwarded-For
# (sign-in limits count per visitor: base.py, README).
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
MFA_TRUST_COOKIE_SECURE = True

LOGGING["root"]["level"] = "INFO"  # noqa: F405
