"""Test settings: fast hashing, plain static storage; the cache is local memory
unless CACHE_URL names one (``make test`` runs one pass against a real Redis)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_AUTOREFRESH = True

# Tests never write into the repository: uploads and generated PDFs go to a temporary directory.
import os  # noqa: E402
import tempfile  # noqa: E402

from .base import ENV  # noqa: E402

# One directory per test process, stable even if this module is imported twice;
# an explicit MEDIA_ROOT (the browser tests' server and its commands) wins.
if not ENV["MEDIA_ROOT_IS_SET"]:
    MEDIA_ROOT = os.path.join(tempfile.gettempdir(), f"portal-test-media-{os.getpid()}")

# Each test rolls its database back; a page cached by one test must not leak
# into the next. The page-cache tests switch it on with override_settings.
PORTAL_PAGE_CACHE_SECONDS = 0
