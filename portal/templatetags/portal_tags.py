"""Navigation, language switching and breadcrumbs for every page."""

from decimal import Decimal

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import formats, translation

from wagtail.models import Locale, Page, Site

from portal.cache import fragment
from portal.localization import language_setting
from portal.memo import memoised
from portal.request_memo import locale_of

register = template.Library()


def _current_home(request):
    """The home page of the active language, or the site's root page."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    localized = root.localized
    return localized if localized.live else root


@register.simple_tag(takes_context=True)
def current_home(context):
    request = context.get("request")
    cache = getattr(request, "_portal_home", None) if request else None
    if cache is None and request is not None:
        cache = _current_home(request)
        request._portal_home = cache
    return cache


def _chrome(context):
    """What the header shows on every page of a language, from the fragment cache:
    the home link, the main menu (url, title, tree path) and each language's home."""
    request = context.get("request")

    def compute():
        home = current_home(context)
        if home is None:
            return {"home_url": "/", "menu": [], "homes": {}, "codes": []}
        items = home.get_children().live().in_menu()
        homes = home.get_translations(inclusive=True).live().select_related("locale")
        return {
            "home_url": home.get_url(request) or "/",
            "menu": [(item.get_url(request), item.title, item.path) for item in items],
            "homes": {other.locale.language_code: other.get_url(request) for other in homes},
            "codes": list(Locale.objects.values_list("language_code", flat=True)),
        }

    if request is None:
        return compute()
    parts = (request.get_host(), translation.get_language())
    # Read by the home link, the menu and the language switcher: once per request.
    return memoised(("chrome", *parts), lambda: fragment("chrome", parts, compute))


@register.simple_tag(takes_context=True)
def home_url(context):
    return _chrome(context)["home_url"]


@register.inclusion_tag("portal/includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    menu = [
        {
            "url": url,
            "title": title,
            "active": bool(current_path) and current_path.startswith(path),
        }
        for url, title, path in _chrome(context)["menu"]
    ]
    return {"menu": menu, "request": request}


def live_translations(page, request=None):
    """The live translations of ``page`` by language code (itself included), once per request."""
    cache = getattr(request, "_live_translations", None) if request is not None else None
    if cache is not None and cache[0] == page.pk:
        return cache[1]
    translations = {
        other.locale.language_code: other
        for other in page.get_translations(inclusive=True).live().select_related("locale")
    }
    if request is not None:
        request._live_translations = (page.pk, translations)
    return translations


def remember_live_translations(page, request, translations):
    """Hand ``live_translations`` what a view already holds (e.g. from the fragment cache)."""
    request._live_translations = (page.pk, translations)


def _page_links(page, request):
    """The addresses of ``page``'s live translations by language code
    (``(url, full_url)``) and its breadcrumb trail (``(url, title)``), from the
    fragment cache."""

    def compute():
        translations = {
            code: (other.get_url(request), other.get_full_url(request))
            for code, other in live_translations(page, request).items()
        }
        crumbs = []
        if page.depth > 2:
            crumbs = [
                (crumb.get_url(request), crumb.title)
                for crumb in page.get_ancestors().filter(depth__gte=2)
            ]
        return {"translations": translations, "crumbs": crumbs}

    if request is None:
        return compute()
    parts = (request.get_host(), page.pk)
    return memoised(("page-links", *parts), lambda: fragment("page-links", parts, compute))


def _switch_target(code, translations, homes):
    """Where the ``code`` link of the switcher leads from a page, and how: the
    translation of the page ("exact"), else its English original ("english"),
    else that language's home ("home"), never silently."""
    target = translations.get(code)
    kind = "exact"
    if target is None:
        target = translations.get(settings.LANGUAGE_CODE)
        kind = "english"
    if target is None:
        return homes.get(code), "home"
    return target[0], kind


@register.inclusion_tag("portal/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language to the same address in that language: the page's
    translation with the same sub-route (a document, a version, coverage) and
    the same query string (filters, search terms); the English page, marked,
    where the page has no translation; that language's home, marked, where
    the page has no English version either."""
    request = context.get("request")
    page = context.get("page")
    active = translation.get_language()
    names = dict(settings.LANGUAGES)
    chrome = _chrome(context)
    is_page = isinstance(page, Page) and getattr(page, "pk", None)
    translations = _page_links(page, request)["translations"] if is_page else {}
    query = request.META.get("QUERY_STRING", "") if request else ""
    suffix = ""
    if is_page and request is not None:
        own_url = page.get_url(request) or ""
        # A sub-route of the page (a document of the library, coverage/, a version):
        # the same sub-route under the translation.
        if own_url and request.path.startswith(own_url):
            suffix = request.path[len(own_url) :]
    homes = chrome["homes"] if is_page else {}
    links = []
    for code, _name in settings.LANGUAGES:
        if code not in chrome["codes"]:
            continue
        if is_page:
            url, kind = _switch_target(code, translations, homes)
            url = url or f"/{code}/"
            if kind != "home":
                url += suffix
            if query and kind != "home":
                url += "?" + query
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
            kind = "exact"
        with translation.override(code):
            native = str(names[code])
        links.append(
            {
                "code": code,
                "name": native,
                "url": url,
                "active": code == active,
                "exact": kind == "exact",
                "kind": kind,
            }
        )
    return {"links": links}


@register.inclusion_tag("portal/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk or page.depth <= 2:
        return {"crumbs": [], "request": request}
    crumbs = [{"url": url, "title": title} for url, title in _page_links(page, request)["crumbs"]]
    return {"crumbs": crumbs, "page": page, "request": request}


OG_ARTICLE_TYPES = {"practicepage", "methodpage", "workshopreportpage", "phasepage"}


@register.inclusion_tag("portal/includes/head_meta.html", takes_context=True)
def head_meta(context):
    """Canonical link, ``hreflang`` alternates between translations, OpenGraph tags."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    is_page = isinstance(page, Page) and getattr(page, "pk", None)
    # A sub-route of a page (coverage/, a document, an export) is its own address.
    routed = is_page and request.path != page.get_url(request)
    if is_page and not routed:
        canonical = page.get_full_url(request)
    else:
        canonical = request.build_absolute_uri(request.path)
    alternates = []
    if is_page and not routed:
        by_code = {
            code: urls[1] for code, urls in _page_links(page, request)["translations"].items()
        }
        if len(by_code) > 1:
            alternates = [
                {"code": code, "url": by_code[code]}
                for code, _name in settings.LANGUAGES
                if code in by_code
            ]
            default = by_code.get(settings.LANGUAGE_CODE)
            if default:
                alternates.append({"code": "x-default", "url": default})
    code = translation.get_language() or settings.LANGUAGE_CODE
    description = ""
    image = None
    og_type = "website"
    if is_page:
        description = page.search_description or getattr(page, "listing_summary", "") or ""
        image = getattr(page, "listing_image", None) or getattr(page, "image", None)
        if page._meta.model_name in OG_ARTICLE_TYPES:
            og_type = "article"
    site = Site.find_for_request(request)
    return {
        "canonical": canonical,
        "alternates": alternates,
        "og_locale": language_setting("og_locale", code),
        "og_type": og_type,
        "og_description": description,
        "og_image": image,
        "site_name": site.site_name if site else "",
        "request": request,
        "page": page,
    }


@register.filter
def people_number(value):
    """A number for people: the visitor's decimal and thousand separators, no
    trailing zeros ("1.234,5" in Italian, "1,234.5" in English). Never for SVG,
    JSON, CSV or attributes, which stay in the C locale."""
    if value in (None, ""):
        return ""
    if isinstance(value, Decimal):
        value = value.normalize()
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
    return formats.number_format(value, use_l10n=True, force_grouping=True)


def _english_original(page, request):
    """The live default-locale version of ``page``, once per request; None on English pages."""
    if locale_of(page).language_code == settings.LANGUAGE_CODE:
        return None
    return live_translations(page, request).get(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def text_in_language(context, page, field):
    """A text field of ``page`` and whether it is shown in English on a page of
    another language: empty in the translation (the English text is shown
    instead) or still the English text copied into it. Such text goes inside
    ``lang="en"`` with a visible "In English" marker, so screen readers read it
    with English pronunciation (WCAG 3.1.2) and readers know why."""
    value = getattr(page, field, None)
    original = _english_original(page, context.get("request"))
    if original is None:
        return {"value": value, "english": False}
    english = getattr(original.specific, field, None)
    if not value and english:
        return {"value": english, "english": True}
    same = bool(value) and str(value) == str(english)
    return {"value": value, "english": same}


@register.simple_tag
def selected_count(facets):
    """How many filter values are chosen across ``facets`` (for "Filters (n)")."""
    return sum(
        1
        for facet in facets or []
        for option in (facet.get("options") if isinstance(facet, dict) else facet.options) or []
        if (option.get("selected") if isinstance(option, dict) else option.selected)
    )


@register.simple_tag
def fragment_generation():
    """The page-cache generation, for ``{% cache %}`` keys that a publish must change."""
    from portal.cache import generation

    return generation()


@register.simple_tag(takes_context=True)
def cached_cards(context, items, template_name, name, **extra):
    """Each of ``items`` (published pages) rendered with ``template_name`` as
    ``{% include template_name with practice=item ... %}`` would, kept in the
    fragment cache per page, language, site and ``extra`` values: a listing draws
    its cards from one cache read instead of rendering each again. A card shows
    only its page and what a publish or snippet change refreshes (the generation).
    Previews render afresh."""
    from django.template.loader import get_template
    from django.utils.safestring import mark_safe

    from portal.cache import fragments

    request = context.get("request")
    template = get_template(template_name).template
    variable = extra.pop("as_name", "practice")

    def render(item):
        with context.push(**{variable: item}, **extra):
            return str(template.render(context))

    # Lazily loaded items (a listing's page of ids, ``ids`` and ``ordered(ids)``):
    # only the items whose card is missing are read.
    lazy = hasattr(items, "ids") and hasattr(items, "ordered")
    keys = list(items.ids) if lazy else [item.pk for item in items]
    if getattr(request, "is_preview", False) or None in keys:
        return [mark_safe(render(item)) for item in items]
    host = request.get_host() if request is not None else ""
    language = translation.get_language()
    flags = tuple(sorted(extra.items()))
    by_key = None if lazy else {item.pk: item for item in items}

    def render_many(missing):
        loaded = items.ordered(missing) if lazy else [by_key[pk] for pk in missing]
        return {item.pk: render(item) for item in loaded}

    rendered = fragments(name, keys, lambda pk: (pk, language, host, flags), render_many)
    return [mark_safe(rendered[pk]) for pk in keys if pk in rendered]


class PublishedFragmentNode(template.Node):
    def __init__(self, name, page, nodelist):
        self.name, self.page, self.nodelist = name, page, nodelist

    def render(self, context):
        from django.utils.safestring import mark_safe

        page = self.page.resolve(context)
        request = context.get("request")
        if page is None or page.pk is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        host = request.get_host() if request is not None else ""
        parts = (self.name, page.pk, translation.get_language(), host)
        return mark_safe(fragment("published", parts, lambda: str(self.nodelist.render(context))))


@register.tag
def published_fragment(parser, token):
    """``{% published_fragment "name" page %}…{% end_published_fragment %}``: a part of a
    page drawn only from the published page and what a publish or snippet change
    refreshes, rendered once per page, language and site and kept in the fragment
    cache under the generation. A preview always renders afresh (a saved draft does
    not start a new generation)."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1][0] not in "\"'":
        raise template.TemplateSyntaxError(
            'published_fragment takes a name and the page: {% published_fragment "name" page %}'
        )
    nodelist = parser.parse(("end_published_fragment",))
    parser.delete_first_token()
    return PublishedFragmentNode(bits[1][1:-1], parser.compile_filter(bits[2]), nodelist)
