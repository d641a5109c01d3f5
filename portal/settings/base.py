"""Settings shared by every environment. Environment-specific files import * from here."""

import os
from pathlib import Path

PORTAL_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PORTAL_DIR.parent

# Every environment gets these apps: the portal's own first so their templates win over allauth's and Wagtail's.
INSTALLED_APPS = [
    "portal",
    "demo",  # load_demo_content only; runtime code never imports it
    "home",
    "members",
    "resources",
    "groups",
    "recruitment",
    "training",
    "one_to_one",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "members.wagtail_users_app.PortalUsersAppConfig",  # Wagtail's user screens with our user fields
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "portal.request_limits.RequestBodyLimitMiddleware",  # first: nothing may read an oversized body
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.csp.PortalCSPMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    "portal.middleware.PrivatePagesMiddleware",
    "portal.middleware.StaffMustPassSecondFactorMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that any limit on the size of a request is applied before this reads the form.
    "portal.request_guards.RejectNulCharactersMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Wagtail 8 runs its background work (reference index, search index) through django-tasks.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Accounts
AUTH_USER_MODEL = "members.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/members/"  # the dashboard: applications, training, CPD and groups in one place
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.SignupForm"
# Emails say who they are from by the Wagtail site's name and address (Settings > Sites), not the request's host.
ACCOUNT_ADAPTER = "members.accounts.PortalAccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# A signed-in person who lacks a page's group gets a 403 page; redirecting them to the login page again would loop.
ACCOUNT_AUTHENTICATED_LOGIN_REDIRECTS = False
# Subjects land in shared inboxes and on lock screens: keep them free of any organisation or health wording.
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Rate limits stay at allauth's defaults (on); they are kept in the "default" cache. They count failed sign-ins per
# client address (10 a minute) and per account (5 in 5 minutes). Behind the TLS proxy every request comes from the
# proxy's address, so the client's own address is read from the last X-Forwarded-For entry the proxy adds; without
# this, ten wrong passwords from one visitor would lock everyone out. Without a proxy in front (`make run`) nothing
# adds that header, so none is believed: a visitor could otherwise name a new address with every guess. Production
# runs behind one (its settings default to 1).
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# Someone kept out by another person's wrong guesses at their account gets in through the reset link (and then their
# second factor), which the per-account limit does not stop; signing in by hand afterwards could be blocked again.
ACCOUNT_LOGIN_ON_PASSWORD_RESET = True
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Shown in authenticator apps, which other people may glance at.
MFA_TOTP_ISSUER = "Portal account"

# Staff sign in through allauth (with MFA) rather than Wagtail's own password-only login form.
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False

# --- Internationalisation
PORTAL_ENVIRONMENT = "development"  # "test" and "production" in their settings files

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# --- Static and uploaded files
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PORTAL_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Uploaded public files (images, renditions) served by Django itself: only under `make run` (dev settings).
SERVE_MEDIA_FILES = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# The largest request body accepted, files included (Django's DATA_UPLOAD_MAX_MEMORY_SIZE does not count files):
# a little above the largest single upload (documents, images, CPD evidence: 10 MB). Keep the proxy's limit
# (nginx client_max_body_size, README) the same.
MAX_REQUEST_BODY_BYTES = int(os.environ.get("MAX_REQUEST_BODY_BYTES", 12 * 1024 * 1024))

# --- Wagtail
WAGTAIL_SITE_NAME = "Peer Support Portal"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents go through Wagtail's serve view so privacy rules apply to every download.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Titles and file names of uploads pass the disclosing-terms check; files are kept under a neutral name.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "resources.documents.DocumentForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx", "ods", "md"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin must not call out to a third-party host
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # nor send a hash of each staff member's email to an avatar service

# --- Email
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@localhost")

# --- The portal's own settings
# Where "Exit this page" sends people: a neutral, everyday site. Editors may override it in site settings.
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")
# Paths whose pages hold personal data: never cached by a browser or proxy, never indexed.
PRIVATE_PATH_PREFIXES = ("/members/", "/accounts/", "/training/", "/admin/")

# --- Security headers (production tightens the transport ones)
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# Every script, style and font is the portal's own: no third-party host, no inline script, no per-request nonce
# (so anonymous public pages can be cached whole).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

# Error reports never carry what people typed into forms (health details, reflections, answers).
DEFAULT_EXCEPTION_REPORTER_FILTER = "portal.error_reports.NoFormDataExceptionReporterFilter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # The worker says which jobs ran and their counts (never the records): portal/periodic.py.
    "loggers": {"portal.periodic": {"level": "INFO"}},
}

FORM_RENDERER = "portal.forms.PortalFormRenderer"

# --- members: CPD evidence and personal data
# Evidence files live outside MEDIA_ROOT and have no URL: only members.views.evidence serves them, after a check.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media"))
CPD_EVIDENCE_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Everything one member may upload in all (members/quota.py), so no account can fill the disk.
MEMBER_STORAGE_QUOTA_BYTES = int(os.environ.get("MEMBER_STORAGE_QUOTA_BYTES", 200 * 1024 * 1024))

# --- recruitment: volunteer applications
# Unsuccessful and withdrawn applications are erased this many days after the decision (about 6 months).
RECRUITMENT_CLOSED_APPLICATION_RETENTION_DAYS = int(
    os.environ.get("RECRUITMENT_CLOSED_APPLICATION_RETENTION_DAYS", "183")
)
# An applicant's own applications are private pages like /members/.
PRIVATE_PATH_PREFIXES = (*PRIVATE_PATH_PREFIXES, "/volunteer/applications/")

# --- one_to_one (supporters' side): lone working and end-of-support feedback
# Coordinators are alerted when a lone-working check-out is this many minutes past its expected end.
ONE_TO_ONE_CHECKOUT_GRACE_MINUTES = int(os.environ.get("ONE_TO_ONE_CHECKOUT_GRACE_MINUTES", "30"))
# How long the person's single-use feedback link works.
ONE_TO_ONE_FEEDBACK_DAYS = 30
# Peer Supporters need a current DBS check before they are suggested for one-to-one work.
ONE_TO_ONE_REQUIRES_DBS = True
# The person's feedback page is reached by a private link: never cached, never indexed.
PRIVATE_PATH_PREFIXES = (*PRIVATE_PATH_PREFIXES, "/feedback/")

# --- resources: the guidance library and site search
# Wagtail's database search backend uses PostgreSQL's full-text search when the database is PostgreSQL, which needs
# django.contrib.postgres; on SQLite it uses SQLite's own full-text index. The app is harmless on SQLite.
INSTALLED_APPS.append("django.contrib.postgres")

# --- one_to_one: referrals for one-to-one support
# A new referral nobody has contacted after this many days is highlighted for coordinators (the toolkit: the longer
# the gap, the more people disengage).
ONE_TO_ONE_WAITING_ALERT_DAYS = int(os.environ.get("ONE_TO_ONE_WAITING_ALERT_DAYS", "7"))
# Closed referrals (support ended, not for us, withdrawn) are erased this many days after closing. Two years: long
# enough to answer a returning person, a complaint or a safeguarding question about the support given, and no longer.
ONE_TO_ONE_CLOSED_RECORD_RETENTION_DAYS = int(os.environ.get("ONE_TO_ONE_CLOSED_RECORD_RETENTION_DAYS", str(365 * 2)))
# Self-referral and professional-referral forms accepted from one address per hour (spam without a third party).
ONE_TO_ONE_REFERRALS_PER_HOUR = int(os.environ.get("ONE_TO_ONE_REFERRALS_PER_HOUR", "5"))
