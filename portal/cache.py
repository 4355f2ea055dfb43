"""Anonymous full-page cache in the shared cache named by ``CACHE_URL``.

Almost every visitor is anonymous, so their GET requests are answered from
Django's default cache without touching the database. wagtail-cache would do
this but does not support Wagtail 8, so this is the small part of it the portal
needs.

Purging uses a *generation*: every cache key contains the current generation,
which lives in the same shared cache, and any publish, unpublish, move or delete
of a page, or any change to a snippet, document, image, setting, site, view
restriction or collection, replaces it. All cached pages become unreachable at
once, in every worker process and on every machine that shares the cache, and
expire on their own. A finer, per-page purge is not worth its bookkeeping here:
a cross-linked portal shows most changes (a new case, a renamed method) on many
pages, and publishing is rare next to reading.

What is never cached: requests with a session cookie (editors, previews,
anything logged in) or an ``Authorization`` header, anything but GET/HEAD,
the admin and document downloads (their counters and permission checks must
run), search (its statistics count each query), responses other than 200,
responses that set a cookie (a CSRF token is personal), streaming responses and
responses marked private or no-store.
"""

import hashlib
import logging
import threading
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save
from django.utils.cache import get_max_age, patch_cache_control

from .memo import current, memoised

logger = logging.getLogger(__name__)

GENERATION_KEY = "portal:page-cache:generation"
CACHEABLE_TYPES = (
    "text/html",
    "application/json",
    "application/xml",
    "application/atom+xml",
    "application/rss+xml",
    "text/xml",
    "text/calendar",
    "text/csv",
)


def _enabled():
    return getattr(settings, "PORTAL_PAGE_CACHE_SECONDS", 0) > 0


def _excluded(path):
    prefixes = getattr(settings, "PORTAL_PAGE_CACHE_EXCLUDE", ())
    if path.startswith(prefixes):
        return True
    # Language-prefixed search (``/<lang>/search/...``): each query is counted.
    parts = path.split("/", 3)
    return len(parts) > 2 and parts[2] == "search"


def generation():
    """The current generation, created on first use; read once per request."""
    return memoised(("page-cache-generation",), _read_generation)


def _read_generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = uuid.uuid4().hex
        # add() so that two processes starting together agree on one value.
        cache.add(GENERATION_KEY, value, None)
        value = cache.get(GENERATION_KEY) or value
    return value


def purge(**kwargs):
    """Make every cached page unreachable (all processes share the generation)."""
    value = uuid.uuid4().hex
    cache.set(GENERATION_KEY, value, None)
    memo = current()
    if memo is not None:
        memo[("page-cache-generation",)] = value


def fragment(name, parts, compute):
    """``compute()``'s value from the shared cache, under the current generation.

    For what every page shows around its content (navigation, language links,
    breadcrumbs, footer): it changes only with a publish, unpublish, move,
    delete or snippet change, which all replace the generation. A cache outage
    computes the value instead of failing the page.
    """
    seconds = getattr(settings, "PORTAL_FRAGMENT_CACHE_SECONDS", 3600)
    if seconds <= 0:
        return compute()
    try:
        raw = "|".join(str(part) for part in parts)
        digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
        key = f"portal:fragment:{name}:{generation()}:{digest}"
        value = cache.get(key)
    except Exception:
        logger.warning("Fragment cache unavailable; computing %s", name, exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, seconds)
        except Exception:
            logger.warning("Could not store fragment %s", name, exc_info=True)
    return value


def fragments(name, items, parts, compute_many):
    """``fragment`` for many values at once: ``{item: value}`` for ``items`` (hashable
    keys such as ids), read in one round trip to the shared cache, the missing ones
    computed together by ``compute_many(missing) -> {item: value}`` and stored
    together. ``parts(item)`` names an item's value."""
    seconds = getattr(settings, "PORTAL_FRAGMENT_CACHE_SECONDS", 3600)
    if seconds <= 0:
        return compute_many(list(items))
    try:
        gen = generation()
        keys = {}
        for item in items:
            raw = "|".join(str(part) for part in parts(item))
            digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
            keys[item] = f"portal:fragment:{name}:{gen}:{digest}"
        found = cache.get_many(list(keys.values()))
    except Exception:
        logger.warning("Fragment cache unavailable; computing %s", name, exc_info=True)
        return compute_many(list(items))
    values = {item: found[key] for item, key in keys.items() if key in found}
    missing = [item for item in keys if item not in values]
    if missing:
        computed = compute_many(missing)
        values.update(computed)
        try:
            cache.set_many({keys[item]: value for item, value in computed.items()}, seconds)
        except Exception:
            logger.warning("Could not store fragments %s", name, exc_info=True)
    return values


def _key(request, gen):
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()
    return f"portal:page-cache:{gen}:{digest}"


def _anonymous(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    control = response.get("Cache-Control", "")
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    if get_max_age(response) == 0:
        return False
    content_type = response.get("Content-Type", "").split(";")[0].strip()
    return content_type in CACHEABLE_TYPES


class AnonymousPageCacheMiddleware:
    """Serve anonymous GETs from the shared cache; store what is safe to share."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _enabled() or not _anonymous(request) or _excluded(request.path_info):
            return self.get_response(request)
        try:
            key = _key(request, generation())
            cached = cache.get(key)
        except Exception:  # a cache outage must not take the site down
            logger.warning("Page cache unavailable; serving uncached", exc_info=True)
            return self.get_response(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if _storable(request, response):
            seconds = settings.PORTAL_PAGE_CACHE_SECONDS
            # Browsers and proxies revalidate; only this shared cache keeps the page.
            patch_cache_control(response, max_age=0, public=True)
            try:
                if hasattr(response, "render") and callable(response.render):
                    response = response.render()
                cache.set(key, response, seconds)
            except Exception:
                logger.warning("Could not store a page in the cache", exc_info=True)
            response["X-Page-Cache"] = "miss"
        return response


def _model_changed(sender, **kwargs):
    if sender._meta.label_lower in _watched_models():
        purge()
        if sender._meta.label_lower == "wagtailcore.collection":
            # Wagtail's admin saves a collection, then moves it under its new parent
            # with treebeard, which sends no signal: purge again when the request ends,
            # so that nothing computed in between (restricted collections) outlives it.
            _state.collection_changed = True


_state = threading.local()


def _request_started(sender, **kwargs):
    # Only a collection saved during this request counts (not one saved by a command).
    _state.collection_changed = False


def _request_finished(sender, **kwargs):
    if getattr(_state, "collection_changed", False):
        _state.collection_changed = False
        purge()


_WATCHED = None


def _watched_models():
    """Models whose rows are shown on public pages (snippets, media, settings...)."""
    global _WATCHED
    if _WATCHED is None:
        from django.apps import apps

        from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Page
        from wagtail.snippets.models import get_snippet_models

        labels = {model._meta.label_lower for model in get_snippet_models()}
        labels |= {
            get_document_model()._meta.label_lower,
            get_image_model()._meta.label_lower,
            "wagtailcore.site",
            "wagtailcore.locale",
            "wagtailcore.collection",
            "wagtailcore.pageviewrestriction",
            "wagtailcore.collectionviewrestriction",
            "wagtailsearchpromotions.searchpromotion",
            "taggit.tag",
        }
        for model in apps.get_models():
            if issubclass(model, BaseSiteSetting | BaseGenericSetting):
                labels.add(model._meta.label_lower)
            elif issubclass(model, Page):
                # A deleted page disappears from listings without a publish signal.
                labels.add(model._meta.label_lower)
        _WATCHED = frozenset(labels)
    return _WATCHED


def connect_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(purge, dispatch_uid="portal-page-cache-published")
    page_unpublished.connect(purge, dispatch_uid="portal-page-cache-unpublished")
    post_page_move.connect(purge, dispatch_uid="portal-page-cache-moved")
    post_delete.connect(_model_changed, dispatch_uid="portal-page-cache-delete")
    post_save.connect(_snippet_saved, dispatch_uid="portal-page-cache-save")
    request_started.connect(_request_started, dispatch_uid="portal-page-cache-request")
    request_finished.connect(_request_finished, dispatch_uid="portal-page-cache-collection")


def _snippet_saved(sender, instance, **kwargs):
    from wagtail.models import Page

    # Pages purge on publish, not on every draft save.
    if isinstance(instance, Page):
        return
    _model_changed(sender, **kwargs)
