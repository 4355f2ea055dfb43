"""Production: everything from the environment, HTTPS enforced.

Refuses to start without SECRET_KEY and ALLOWED_HOSTS. Behind a TLS-terminating
proxy set SECURE_PROXY_SSL_HEADER=true (trust X-Forwarded-Proto); if the proxy
already redirects to HTTPS, SECURE_SSL_REDIRECT=false avoids a double hop.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ENV

if not ENV["SECRET_KEY"]:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if not ENV["ALLOWED_HOSTS"]:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")

DEBUG = False
SECURE_SSL_REDIRECT = ENV["SECURE_SSL_REDIRECT"]
if ENV["SECURE_PROXY_SSL_HEADER"]:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = ENV["SECURE_HSTS_SECONDS"]
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LOGGING["root"]["level"] = "INFO"  # noqa: F405

# Without CACHE_URL, never a per-process local-memory cache: each gunicorn
# worker would count its own rate limit and keep its own pages after a publish.
# The file-based cache in CACHE_DIR is shared by every worker on this machine
# and costs no SQL: a page-cache hit reads two small files, where the database
# cache (db://portal_cache) costs two queries (the generation and the page) and
# the fragments of an uncached page two to four more. Several machines need a
# cache they all reach: CACHE_URL=redis://... (or db://portal_cache).
if not ENV["CACHE_URL"]:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": ENV["CACHE_DIR"],
            # The default of 300 entries would cull pages after a few filters.
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
