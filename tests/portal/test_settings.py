"""Production settings: refuse to start without secrets; pass the deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args, **env):
    dropped = {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    full_env = {k: v for k, v in os.environ.items() if k not in dropped}
    full_env.update(env)
    full_env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    """Without SECRET_KEY the production settings raise ImproperlyConfigured."""
    result = _manage("check", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_passes_deploy_checks():
    """check --deploy with a real secret and host reports no issues."""
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="x" * 20 + "a-real-looking-secret-key-with-entropy-9f8e7d6c5b4a",
        ALLOWED_HOSTS="example.org",
        BASE_URL="https://example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_every_content_language_declares_its_analysis_and_locale(settings):
    """Languages come from settings only: a content language without its
    PORTAL_LANGUAGES entry is a configuration error, reported by the system checks."""
    from portal.localization import check_language_settings, language_setting

    assert check_language_settings(None) == []
    assert language_setting("og_locale", "da") == "da_DK"
    assert language_setting("snowball", "de-CH") == "german"

    settings.PORTAL_LANGUAGES = {
        code: entry for code, entry in settings.PORTAL_LANGUAGES.items() if code != "sv"
    }
    errors = check_language_settings(None)
    assert [error.id for error in errors] == ["portal.E001"]
    assert "'sv'" in errors[0].msg
