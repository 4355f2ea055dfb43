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
        found = _route_in_one_query(site, components)
        if found is _WAGTAIL:
            result = Page.route_for_request(request, path)
            found = result[0] if result is not None else None
        if found is None:
            return False
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


_WAGTAIL = object()  # "route as Wagtail does": a model with a route() of its own
_MAX_LEVELS = 16  # deeper addresses (none on this site) are routed as Wagtail does


def _route_in_one_query(site, components):
    """The page that Wagtail's routing would settle on for ``components`` (before any
    sub-route of a routable page), or None for a 404: in one query for every level
    of the path instead of two per level.

    It retraces ``Page.route`` and ``RoutablePageMixin.route`` from the site's root in
    the active language (``Page.localized``): at each level a live routable page whose
    own routes match the rest of the path takes it; otherwise the child with the next
    slug (live or not) continues, and a path that ends on a page that is not live is a
    404. A page whose model routes in another way, or an address deeper than
    ``_MAX_LEVELS`` (a hostile one would make a long list of candidates), returns
    ``_WAGTAIL``."""
    from django.contrib.contenttypes.models import ContentType
    from django.urls import Resolver404

    from wagtail.contrib.routable_page.models import RoutablePageMixin

    if len(components) > _MAX_LEVELS:
        return _WAGTAIL  # level by level, it stops at the first missing slug
    root = _localized_root(site)
    candidates = [
        root.url_path + "".join(f"{component}/" for component in components[:level])
        for level in range(1, len(components) + 1)
    ]
    columns = ("pk", "url_path", "depth", "live", "content_type_id")
    by_path = {
        row["url_path"]: row
        for row in Page.objects.filter(url_path__in=candidates).order_by().values(*columns)
    }
    current = {column: getattr(root, column) for column in columns}
    for level in range(len(components) + 1):
        model = ContentType.objects.get_for_id(current["content_type_id"]).model_class()
        if model is None:
            return None
        if model.route not in (Page.route, RoutablePageMixin.route):
            return _WAGTAIL
        remaining = components[level:]
        if issubclass(model, RoutablePageMixin) and current["live"]:
            try:
                model.get_resolver().resolve("/" + "".join(f"{c}/" for c in remaining))
            except Resolver404:
                pass
            else:
                return _found(current)
        if not remaining:
            if not current["live"]:
                return None
            return _found(current)
        child = by_path.get(candidates[level])
        if child is None or child["depth"] != current["depth"] + 1:
            return None
        current = child
    return None


def _found(row):
    return Page(pk=row["pk"], depth=row["depth"], content_type_id=row["content_type_id"])


def _localized_root(site):
    """``site.root_page.localized``: the site's root in the active language when that
    translation is live, else the root itself (``Page.localized``). From the fragment
    cache: one query per site and generation for every language."""
    from wagtail.models import Locale

    root = site.root_page

    def read():
        columns = ("pk", "url_path", "depth", "live", "content_type_id", "locale_id")
        return {
            row["locale_id"]: row
            for row in Page.objects.filter(translation_key=root.translation_key)
            .order_by()
            .values(*columns)
        }

    translations = fragment("site-root-translations", (site.pk, root.pk), read)
    try:
        locale_id = Locale.get_active().pk
    except Locale.DoesNotExist:
        locale_id = None
    row = translations.get(locale_id)
    if row is None or not row["live"]:
        return root
    return Page(
        pk=row["pk"],
        url_path=row["url_path"],
        depth=row["depth"],
        live=row["live"],
        content_type_id=row["content_type_id"],
    )


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
