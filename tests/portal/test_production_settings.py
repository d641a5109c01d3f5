"""Production settings come from the environment, fail loudly without it, and pass Django's deployment checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]

PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(60),
    "ALLOWED_HOSTS": "portal.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
    "EMAIL_URL": "smtp://mailer:secret@mail.example.org:587",
}


def run_manage(*args, env):
    base_env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp")}  # noqa: S108
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env={**base_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_reports_no_warnings_under_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENVIRONMENT)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_its_required_variables():
    env = {key: value for key, value in PRODUCTION_ENVIRONMENT.items() if key not in {"SECRET_KEY", "DATABASE_URL"}}

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "DATABASE_URL" in result.stderr
    assert "ALLOWED_HOSTS" not in result.stderr.split("before starting:")[-1]


def test_production_refuses_a_database_other_than_postgresql():
    env = {**PRODUCTION_ENVIRONMENT, "DATABASE_URL": "sqlite:///tmp/portal.sqlite3"}

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert "PostgreSQL" in result.stderr


def test_production_keeps_rate_limits_in_a_shared_cache():
    script = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"

    with_redis = run_manage(
        "shell", "--no-imports", "-c", script, env={**PRODUCTION_ENVIRONMENT, "REDIS_URL": "redis://127.0.0.1:6379/1"}
    )
    without_redis = run_manage("shell", "--no-imports", "-c", script, env=PRODUCTION_ENVIRONMENT)

    assert with_redis.stdout.strip() == "django.core.cache.backends.redis.RedisCache", with_redis.stderr
    assert without_redis.stdout.strip() == "django.core.cache.backends.db.DatabaseCache", without_redis.stderr


def test_demo_users_are_refused_under_production_settings():
    result = run_manage("load_demo_content", "--with-demo-users", env=PRODUCTION_ENVIRONMENT)

    assert result.returncode != 0
    assert "never created under production settings" in result.stderr


def test_static_files_collect_with_hashed_names_for_long_caching(tmp_path):
    result = run_manage("collectstatic", "--noinput", env={**PRODUCTION_ENVIRONMENT, "STATIC_ROOT": str(tmp_path)})

    assert result.returncode == 0, result.stderr
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert "portal/css/site.css" in manifest
    assert "portal/js/quick-exit.js" in manifest
    assert list(tmp_path.glob("portal/css/site.*.css.gz"))
