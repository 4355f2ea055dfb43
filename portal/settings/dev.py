"""Local development: debug on, a throwaway secret, any local host."""

from .base import *  # noqa: F403
from .base import ENV

DEBUG = True
SECRET_KEY = ENV["SECRET_KEY"] or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = ENV["ALLOWED_HOSTS"] or ["127.0.0.1", "localhost", "[::1]"]
# Plain storage so runserver works without a collectstatic step.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

# Templates change under a developer's hands: no page cache.
PORTAL_PAGE_CACHE_SECONDS = 0
