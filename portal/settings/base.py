"""Settings shared by every environment.

Safe by default: DEBUG is off and secrets come from the environment. The
environment is read here, once, at the top; nothing else in the project calls
``os.environ``.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def _env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _env_int(name, default):
    return int(os.environ.get(name, default))


# --- Environment schema (least-permissive defaults) -------------------------
ENV = {
    "SECRET_KEY": os.environ.get("SECRET_KEY", ""),
    "DEBUG": _env_bool("DEBUG", False),
    "ALLOWED_HOSTS": _env_list("ALLOWED_HOSTS", ""),
    "CSRF_TRUSTED_ORIGINS": _env_list("CSRF_TRUSTED_ORIGINS", ""),
    "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    # Empty: Wagtail's database backend. An http(s) URL: Elasticsearch 8.
    "SEARCH_URL": os.environ.get("SEARCH_URL", ""),
    "SEARCH_INDEX": os.environ.get("SEARCH_INDEX", "portal"),
    "SEARCH_REPLICAS": _env_int("SEARCH_REPLICAS", 0),
    "MEDIA_ROOT": os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media")),
    "MEDIA_ROOT_IS_SET": "MEDIA_ROOT" in os.environ,
    # Empty: Django streams permitted downloads. "x-accel-redirect" (nginx) or "x-sendfile"
    # (Apache): the proxy sends the file after Django's permission check.
    "DOCUMENTS_SENDFILE": os.environ.get("DOCUMENTS_SENDFILE", "").strip().lower(),
    "DOCUMENTS_SENDFILE_URL": os.environ.get("DOCUMENTS_SENDFILE_URL", "/protected-media/"),
    "STATIC_ROOT": os.environ.get("STATIC_ROOT", str(BASE_DIR / "static")),
    "EMAIL_URL_HOST": os.environ.get("EMAIL_HOST", ""),
    "EMAIL_PORT": _env_int("EMAIL_PORT", 587),
    "EMAIL_HOST_USER": os.environ.get("EMAIL_HOST_USER", ""),
    "EMAIL_HOST_PASSWORD": os.environ.get("EMAIL_HOST_PASSWORD", ""),
    "EMAIL_USE_TLS": _env_bool("EMAIL_USE_TLS", True),
    "DEFAULT_FROM_EMAIL": os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost"),
    "BASE_URL": os.environ.get("BASE_URL", "http://127.0.0.1:8000"),
    "SECURE_SSL_REDIRECT": _env_bool("SECURE_SSL_REDIRECT", True),
    "SECURE_PROXY_SSL_HEADER": _env_bool("SECURE_PROXY_SSL_HEADER", False),
    "SECURE_HSTS_SECONDS": _env_int("SECURE_HSTS_SECONDS", 31536000),
    # Empty: local memory (dev, tests); production then falls back to a database
    # cache shared by every worker. redis://host:6379/0 (or rediss://): Redis.
    "CACHE_URL": os.environ.get("CACHE_URL", ""),
    # How many reverse proxies in front of the app append to X-Forwarded-For.
    # 0: the address of the TCP peer is the client, and no header is believed.
    "TRUSTED_PROXY_COUNT": _env_int("TRUSTED_PROXY_COUNT", 0),
    # Where `make backup` writes and `make restore` reads database and media archives.
    "BACKUP_DIR": os.environ.get("BACKUP_DIR", str(BASE_DIR / "backups")),
    # Production without CACHE_URL: the directory of the file-based cache every
    # worker process on this machine shares (pages, fragments, rate limit).
    "CACHE_DIR": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
    # Seconds an anonymous page stays in the shared cache (0 switches the page cache off).
    "PAGE_CACHE_SECONDS": _env_int("PAGE_CACHE_SECONDS", 600),
    # Benchmarks (scripts/bench.py) show their synthetic content as if it were real;
    # everywhere else it stays out of every public route (portal.visibility).
    "INCLUDE_SYNTHETIC": _env_bool("INCLUDE_SYNTHETIC", False),
}

SECRET_KEY = ENV["SECRET_KEY"]
PORTAL_INCLUDE_SYNTHETIC = ENV["INCLUDE_SYNTHETIC"]
DEBUG = ENV["DEBUG"]
ALLOWED_HOSTS = ENV["ALLOWED_HOSTS"]
CSRF_TRUSTED_ORIGINS = ENV["CSRF_TRUSTED_ORIGINS"]

# --- Applications -----------------------------------------------------------
INSTALLED_APPS = [
    "portal",
    "csp",
    "practices",
    "workshops",
    "search",
    "library",
    "opendata",
    "alerts",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "dbbackup",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: an oversized body is refused from its Content-Length before anything reads it.
    "library.middleware.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # WhiteNoise serves static files in every environment, right after security.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous GETs are answered here from the shared cache, before sessions,
    # locale, CSRF and the database are touched (portal/cache.py).
    "portal.cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    # After the language is active: one lookup of the locale and the view restrictions
    # per request, site and route primed from the fragment cache (portal/request_memo.py).
    "portal.request_memo.RequestMemoMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Content-Security-Policy (public pages strict, the admin its own) and Permissions-Policy.
    "portal.middleware.PortalCSPMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------
# SQLite is the embedded default; PostgreSQL through DATABASE_URL in production.
DATABASES = {"default": dj_database_url.parse(ENV["DATABASE_URL"], conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers wait instead of failing with "database is locked": WAL lets
    # readers and one writer work at once, IMMEDIATE takes the write lock when a
    # transaction begins (a deferred one cannot wait for it once it has read), and
    # the busy timeout (seconds) is how long a writer waits for its turn.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ----------------------------------------------------------------
# English is the common language of the network; the other four are the
# languages the partner services write in.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("it", _("Italian")),
    ("de", _("German")),
    ("da", _("Danish")),
    ("sv", _("Swedish")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# What each content language needs beyond its code, declared once (read through
# portal.localization.language_setting): the Snowball stemmer and PostgreSQL text-search
# configuration, the Elasticsearch stemmer, the OpenGraph locale.
PORTAL_LANGUAGES = {
    "en": {"snowball": "english", "elasticsearch_stemmer": "english", "og_locale": "en_GB"},
    "it": {"snowball": "italian", "elasticsearch_stemmer": "light_italian", "og_locale": "it_IT"},
    "de": {"snowball": "german", "elasticsearch_stemmer": "light_german", "og_locale": "de_CH"},
    "da": {"snowball": "danish", "elasticsearch_stemmer": "danish", "og_locale": "da_DK"},
    "sv": {"snowball": "swedish", "elasticsearch_stemmer": "swedish", "og_locale": "sv_SE"},
}
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates and numbers for people, per language (portal/formats/); machine output never uses them.
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Europe/Rome"
USE_I18N = True
USE_TZ = True

# --- Static and media ---------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = ENV["STATIC_ROOT"]
STATICFILES_DIRS = []
MEDIA_URL = "/media/"
MEDIA_ROOT = ENV["MEDIA_ROOT"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed files served by WhiteNoise straight from the app server.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # django-dbbackup's archives (`make backup`): database dumps and media tarballs.
    "dbbackup": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": ENV["BACKUP_DIR"]},
    },
}
# Backups: the SQLite backup API (a consistent copy while the portal runs) or
# pg_dump's custom format, chosen from the database engine; media as a tar.
# File names carry this name rather than the machine's, so a restore on another
# host finds them.
DBBACKUP_HOSTNAME = "portal"
DBBACKUP_CLEANUP_KEEP = 10
DBBACKUP_SEND_EMAIL = False

# --- Search -------------------------------------------------------------------
# Wagtail's database backend (SQLite FTS5 / PostgreSQL full-text) by default;
# Elasticsearch 8 when SEARCH_URL points at a cluster. Both are wrapped in
# search/backends/ to analyse each language with its own stemmer and stop words.
if ENV["SEARCH_URL"]:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch8",
            "URLS": [ENV["SEARCH_URL"]],
            "INDEX_PREFIX": ENV["SEARCH_INDEX"] + "_",
            "TIMEOUT": 10,
            "INDEX_SETTINGS": {
                "settings": {"index": {"number_of_replicas": ENV["SEARCH_REPLICAS"]}}
            },
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}

# --- Cache --------------------------------------------------------------------
# The rate limit of the proposal form and the spelling vocabulary live here, so
# in production it must be one cache for every worker process (and machine).
# Redis through Django's own backend (atomic INCR, shared by every machine) when
# CACHE_URL is a redis:// URL; local memory otherwise, which production.py
# replaces with the database cache (shared, but its increments are not atomic).
CACHE_TABLE = "portal_cache"


def cache_from_url(url):
    """CACHES["default"] for a CACHE_URL; None for an empty one."""
    if not url:
        return None
    scheme = url.split(":", 1)[0].lower()
    if scheme in {"redis", "rediss", "unix"}:
        # Fails soft (portal/cache_backends.py): Redis down means uncached pages, not 500s.
        # Short socket timeouts so that an unreachable host costs half a second, not minutes.
        return {
            "BACKEND": "portal.cache_backends.FailSoftRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    if scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if scheme == "db":
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": url.split("://", 1)[1] or CACHE_TABLE,
        }
    if scheme == "file":
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": url.split("://", 1)[1],
        }
    raise ImproperlyConfigured(
        f"CACHE_URL must start with redis://, rediss://, unix://, db://, file:// or locmem://, "
        f"not {scheme}://"
    )


CACHES = {
    "default": cache_from_url(ENV["CACHE_URL"])
    or {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

# Anonymous full-page cache (portal/cache.py): purged on publish, unpublish,
# move, delete and snippet changes through a generation kept in that cache.
PORTAL_PAGE_CACHE_SECONDS = ENV["PAGE_CACHE_SECONDS"]
# Navigation, language links, breadcrumbs, footer, the site and page routes
# (portal.cache.fragment): cached under the same generation, so a publish shows
# at once; on in every environment, tests included (0 switches them off).
PORTAL_FRAGMENT_CACHE_SECONDS = 3600
PORTAL_PAGE_CACHE_EXCLUDE = ("/admin/", "/documents/", "/django-admin/", "/api/v2/search")

# --- E-mail -------------------------------------------------------------------
if ENV["EMAIL_URL_HOST"]:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = ENV["EMAIL_URL_HOST"]
    EMAIL_PORT = ENV["EMAIL_PORT"]
    EMAIL_HOST_USER = ENV["EMAIL_HOST_USER"]
    EMAIL_HOST_PASSWORD = ENV["EMAIL_HOST_PASSWORD"]
    EMAIL_USE_TLS = ENV["EMAIL_USE_TLS"]
else:
    # Without an SMTP host, mail is written to the console rather than lost silently.
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = ENV["DEFAULT_FROM_EMAIL"]

# --- Wagtail ------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Work Inclusion Practice Portal"
BASE_URL = ENV["BASE_URL"]  # the default Site's address (portal/site_url.py)
WAGTAILADMIN_BASE_URL = ENV["BASE_URL"]
WAGTAILDOCS_DOCUMENT_MODEL = "library.PortalDocument"
# Uploads are checked against their real type in library.forms; HTML, SVG and
# executables are never accepted, and nothing is shown inline.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "library.forms.PortalDocumentForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_INLINE_CONTENT_TYPES = []  # every download is an attachment with its file name
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # through Django, so collection privacy applies
# After the permission check the transfer can be handed to the proxy (library/sendfile.py).
_SENDFILE_HEADERS = {"x-accel-redirect": "X-Accel-Redirect", "x-sendfile": "X-Sendfile"}
if ENV["DOCUMENTS_SENDFILE"]:
    if ENV["DOCUMENTS_SENDFILE"] not in _SENDFILE_HEADERS:
        raise ValueError("DOCUMENTS_SENDFILE must be empty, x-accel-redirect or x-sendfile")
    SENDFILE_BACKEND = "library.sendfile"
    SENDFILE_HEADER = _SENDFILE_HEADERS[ENV["DOCUMENTS_SENDFILE"]]
    SENDFILE_ROOT = MEDIA_ROOT
    SENDFILE_URL = ENV["DOCUMENTS_SENDFILE_URL"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# A request body may hold the largest document plus the form's other fields; a larger
# Content-Length gets 413 before the body is read (library.middleware). The proxy in
# front should refuse it first: nginx `client_max_body_size 21m;` (README).
MAX_REQUEST_SIZE = WAGTAILDOCS_MAX_UPLOAD_SIZE + 1024 * 1024
# Form fields (not files) parsed in memory; an uploaded file above the second limit
# is spooled to a temporary file rather than held in memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin stays within its own origin (and its
# Content-Security-Policy), and editors' e-mail hashes are not sent to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_HITS_MAX_AGE = 30

# --- Security headers that hold everywhere ------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp). Public pages load scripts, styles, fonts
# and images from the portal itself only; an inline script runs only with the
# request's nonce ({{ CSP_NONCE }} / request.csp_nonce), so injected markup can
# never run script. No inline styles either: the templates use classes only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (/admin/, which includes its previews) gets its own policy
# from portal.middleware.PortalCSPMiddleware: under the public policy a page
# editor in Wagtail 8 has about ten inline scripts and as many inline styles
# refused (its widgets are initialised inline, without a nonce), and the editor
# shows previews in a same-origin iframe. Scripts, frames and form targets stay
# on the portal's own origin (tests/browser/test_security_headers_journey.py).
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
ADMIN_PATH_PREFIXES = ("/admin/",)

# Permissions-Policy: the portal uses none of these browser features; embedded
# or injected content cannot ask for them either.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": ["self"],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Public API (/api/v2/): a client may ask for up to 100 items a request.
WAGTAILAPI_LIMIT_MAX = 100

# Case proposals: at most this many form posts per client address and window
# (seconds), counted by django-ratelimit in the default cache.
PROPOSAL_RATE = (10, 3600)
# E-mail alert subscriptions: the same, for the subscribe form.
ALERT_RATE = (10, 3600)
# The client address: the TCP peer, or with trusted proxies the address the
# nearest of them saw (portal.client). django-ratelimit masks it to /32 (IPv4)
# and /64 (IPv6), so one IPv6 network is one visitor.
TRUSTED_PROXY_COUNT = ENV["TRUSTED_PROXY_COUNT"]
RATELIMIT_IP_META_KEY = "portal.client.client_address"
