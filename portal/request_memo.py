"""Per-request memoisation of lookups that every public page repeats.

Rendering one page asks for the active ``Locale`` a handful of times (routing,
``Page.localized``, each listing, each template tag) and for the list of page
view restrictions once per ``.public()`` queryset. Neither changes while a
visitor's GET is answered, so ``RequestMemoMiddleware`` opens a memo for the
duration of an anonymous-style read (GET/HEAD outside the admin) and two small
wrappers around Wagtail read through it:

- ``LocaleManager.get_for_language``: one query for all locales per request;
- ``PageQuerySet.private_q`` and ``Page.get_view_restrictions``: one query for
  the view restrictions per request (and none for the ancestors' aliases when
  the site has no restriction at all).

It also primes Wagtail's own per-request caches from the shared fragment cache
(``portal.cache.fragment``, replaced on every publish, move, delete and site
change): the ``Site`` of the host with its root page, and the route of a page
URL as (the specific page, number of path segments the page itself consumes).
A primed route costs no query instead of two per tree level. The page comes
from the cache as it was when the route was cached: a publish, unpublish, move
or delete (the only ways its public content, ``live`` flag or address change)
starts a new generation, so an anonymous visitor never meets a stale copy; each
request unpickles its own copy, so nothing one request sets on it reaches
another. A routable page still resolves its own sub-route.

Outside a memo (the admin, POSTs, management commands, shells, tests that call
the ORM directly) both behave exactly as Wagtail's own, so an editor who adds
a restriction or a locale never reads a stale value.
"""

import logging

from django.conf import settings
from django.db.models import Q
from django.http import Http404

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.models.i18n import LocaleManager
from wagtail.query import PageQuerySet

from .cache import fragment
from .memo import close_memo, current, memoised, open_memo

logger = logging.getLogger(__name__)


class RequestMemoMiddleware:
    """Opens the memo for GET and HEAD requests outside the admin."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = tuple(getattr(settings, "ADMIN_PATH_PREFIXES", ("/admin/",)))

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or request.path_info.startswith(self.excluded):
            return self.get_response(request)
        token = open_memo()
        try:
            try:
                _prime_wagtail(request)
            except Exception:  # Wagtail's own lookups run as usual and report
                logger.warning("Could not prime the site and route", exc_info=True)
            # Template responses are rendered inside get_response, so within the memo.
            return self.get_response(request)
        finally:
            close_memo(token)


def _prime_wagtail(request):
    from django.contrib.contenttypes.models import ContentType
    from django.urls import Resolver404, resolve
    from django.utils import translation

    from wagtail.models import Page, Site
    from wagtail.views import serve

    host = request._get_raw_host()

    def find_site():
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page  # noqa: B018  (loaded into the cached object)
        return site

    site = fragment("site", (host, request.get_port()), find_site)
    if site is None:
        return
    request._wagtail_site = site
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return
    if match.func is not serve:
        return
    path = match.args[0] if match.args else match.kwargs.get("path", "")
    components = [component for component in path.split("/") if component]
    language = translation.get_language()

    def find_route():
        result = Page.route_for_request(request, path)
        if result is None:
            return False
        found = result[0]
        model = ContentType.objects.get_for_id(found.content_type_id).model_class()
        # A clean copy of the specific page, as a query would return it (no state
        # that routing this request left on the instance).
        page = model.objects.filter(pk=found.pk).first() if model else None
        if page is None:
            return False
        return (page, found.depth - site.root_page.depth)

    route = fragment("page-route", (site.pk, language, path), find_route)
    if not route or hasattr(request, "_wagtail_route_for_request"):
        return  # a 404, or computed just now (and kept on the request by Wagtail)
    page, consumed = route
    try:
        request._wagtail_route_for_request = page.route(request, components[consumed:])
    except Http404:
        request._wagtail_route_for_request = None


_wagtail_get_for_language = LocaleManager.get_for_language
_wagtail_private_q = PageQuerySet.private_q
_wagtail_get_view_restrictions = Page.get_view_restrictions


def _get_for_language(self, language_code):
    """Every locale is read once per request (a handful of rows): a page outside the
    default language asks for its own locale and the default one, for the fallback."""
    if current() is None:
        return _wagtail_get_for_language(self, language_code)
    code = get_supported_content_language_variant(language_code)
    locales = _all_locales()
    if code not in locales:
        raise self.model.DoesNotExist(f"No locale for {code!r}.")
    return locales[code]


def locale_of(obj):
    """``obj.locale`` without a query of its own inside a request: read from the
    request's locales (which the page reads anyway for the active locale)."""
    if current() is None or "locale" in obj._state.fields_cache:
        return obj.locale
    for locale in _all_locales().values():
        if locale.pk == obj.locale_id:
            return locale
    return obj.locale


def _all_locales():
    """``{language_code: Locale}`` of every locale: once per request, from the fragment
    cache (saving or deleting a locale starts a new generation, see ``portal.cache``)."""
    from .cache import fragment

    return memoised(
        ("locales",),
        lambda: fragment(
            "locales", (), lambda: {locale.language_code: locale for locale in Locale.objects.all()}
        ),
    )


all_locales = _all_locales


def page_view_restrictions():
    """Every page view restriction with its page, read once per request."""
    return _all_restrictions()


def _all_restrictions():
    """Inside a request from the fragment cache (adding, changing or removing a
    restriction, and moving a page, start a new generation); outside, from the database."""

    def read():
        return list(PageViewRestriction.objects.select_related("page").order_by("pk"))

    if current() is None:
        return read()
    return memoised(("view-restrictions",), lambda: fragment("view-restrictions", (), read))


def _private_q(self):
    """Wagtail's ``private_q`` over the restrictions read once per request."""
    if current() is None:
        return _wagtail_private_q(self)
    q = Q()
    for restriction in _all_restrictions():
        q |= self.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])


def _get_view_restrictions(self):
    """None apply where the site has none at all (no query for the ancestors' aliases);
    otherwise Wagtail's own lookup."""
    if current() is not None and not _all_restrictions():
        return PageViewRestriction.objects.none()
    return _wagtail_get_view_restrictions(self)


def install():
    """Called once from ``PortalConfig.ready``."""
    LocaleManager.get_for_language = _get_for_language
    PageQuerySet.private_q = _private_q
    Page.get_view_restrictions = _get_view_restrictions
