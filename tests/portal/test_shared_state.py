"""Shared state: one cache for every worker, and a rate limit keyed on an address
a visitor cannot choose."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

import pytest

ROOT = Path(__file__).resolve().parents[2]
URL = "/en/practices/propose/"
IT_URL = "/it/practices/propose/"
REDIS = os.environ.get("CACHE_URL", "").startswith(("redis://", "rediss://"))
needs_redis = pytest.mark.skipif(
    not REDIS, reason="needs CACHE_URL=redis://... (make test-postgres starts a throwaway Redis)"
)


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def _settings_in_subprocess(module, code, **env):
    """Run ``code`` (which prints JSON) in a fresh interpreter with the given settings."""
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "CACHE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    full_env.update(env, DJANGO_SETTINGS_MODULE=module)
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + code],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


PRINT_CACHE = (
    "import json; from django.conf import settings; print(json.dumps(settings.CACHES['default']))"
)
PRODUCTION = {"SECRET_KEY": "s" * 50, "ALLOWED_HOSTS": "portal.example.org"}


def test_production_without_cache_url_uses_a_file_cache_shared_by_workers(tmp_path):
    """Production never falls back to a per-process local-memory cache: the file
    cache in CACHE_DIR is shared by every worker process of the machine."""
    cache_config = _settings_in_subprocess(
        "portal.settings.production", PRINT_CACHE, CACHE_DIR=str(tmp_path), **PRODUCTION
    )
    assert cache_config["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert cache_config["LOCATION"] == str(tmp_path)


def test_a_redis_cache_url_selects_the_fail_soft_redis_backend():
    """CACHE_URL=redis://... gives Django's RedisCache (failing soft), in production and in tests."""
    url = "redis://127.0.0.1:6390/2"
    for module in ("portal.settings.production", "portal.settings.test"):
        cache_config = _settings_in_subprocess(module, PRINT_CACHE, CACHE_URL=url, **PRODUCTION)
        assert cache_config == {
            "BACKEND": "portal.cache_backends.FailSoftRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }, module


def test_an_unknown_cache_url_refuses_to_start():
    """A typo in CACHE_URL is an error at start, not a silent local-memory cache."""
    full_env = dict(
        os.environ, DJANGO_SETTINGS_MODULE="portal.settings.test", CACHE_URL="redsi://x"
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "CACHE_URL must start with redis://" in result.stderr


def _post(client, address, forwarded=None, url=URL):
    headers = {"REMOTE_ADDR": address}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    # An empty form: answered 400 when counted and allowed, 429 when over the limit.
    return client.post(url, {"title": ""}, **headers).status_code


def test_without_trusted_proxies_a_rotating_forwarded_for_still_hits_the_limit(client, settings):
    """With no proxy configured, X-Forwarded-For and X-Real-IP typed by a visitor are ignored."""
    settings.PROPOSAL_RATE = (3, 3600)
    settings.TRUSTED_PROXY_COUNT = 0
    statuses = [
        client.post(
            URL if n % 2 else IT_URL,
            {"title": ""},
            REMOTE_ADDR="198.51.100.20",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
            HTTP_X_REAL_IP=f"203.0.113.{n}",
        ).status_code
        for n in range(1, 6)
    ]
    assert statuses == [400, 400, 400, 429, 429]
    html = client.post(URL, {"title": ""}, REMOTE_ADDR="198.51.100.20").content.decode()
    assert "Too many proposals" in html
    # Another address is not affected.
    assert _post(client, "198.51.100.21") == 400


def test_behind_one_trusted_proxy_each_client_address_has_its_own_bucket(client, settings):
    """Two visitors behind the same proxy are counted apart; what they prepend is ignored."""
    settings.PROPOSAL_RATE = (2, 3600)
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.5"
    first = [_post(client, proxy, f"1.1.1.{n}, 203.0.113.10") for n in range(3)]
    second = [_post(client, proxy, "203.0.113.11") for _ in range(3)]
    assert first == [400, 400, 429]
    assert second == [400, 400, 429]
    # A request that did not pass through the proxy is counted on its peer address.
    assert _post(client, "198.51.100.30", "") == 400


RATE_CALLS = """
import json, sys
from django.conf import settings
from django.test import RequestFactory
from practices.proposals.views import rate_limited
settings.PROPOSAL_RATE = (3, 3600)
request = lambda: RequestFactory().post("/en/practices/propose/", REMOTE_ADDR=sys.argv[1])
print(json.dumps([rate_limited(request()) for _ in range(2)]))
"""


@needs_redis
def test_two_processes_share_the_rate_limit_counter_through_redis():
    """Two worker processes count the same visitor together: the 4th post of 3 allowed
    is refused by the second process, because the counter lives in Redis."""
    assert settings.CACHES["default"]["BACKEND"] == "portal.cache_backends.FailSoftRedisCache"
    address = f"2001:db8:{uuid.uuid4().int % 0xFFFF:x}::7"

    def worker():
        env = dict(os.environ, DJANGO_SETTINGS_MODULE="portal.settings.test")
        result = subprocess.run(
            [sys.executable, "-c", "import django; django.setup()\n" + RATE_CALLS, address],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1])

    assert worker() == [False, False]
    assert worker() == [False, True]
