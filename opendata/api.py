"""The public read-only API, Wagtail API v2 at ``/api/v2/``.

Pages, documents and images, as Wagtail serves them (live, public pages only;
documents and images outside restricted collections), plus filters by the
portal's taxonomy: ``territory``, ``country``, ``target_group``, ``method``,
``phase`` and ``year`` are the case listing's filters (``practices.listing``),
parsed strictly: a value the listing would name and ignore is a 400 here.
"""

import logging
from types import SimpleNamespace

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, QuerySet
from django.http import Http404, QueryDict
from django.utils.http import urlencode
from django.utils.translation import get_language

from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import TagsField
from wagtail.api.v2.utils import (
    BadRequestError,
    page_models_from_string,
    parse_fields_parameter,
)
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page, Site

from rest_framework import status
from rest_framework.filters import BaseFilterBackend
from rest_framework.response import Response

from library.listing import document_filters
from library.models import PortalDocument
from portal.cache import fragment, fragments
from portal.listing import BadParameter, Filter, FilterSet
from portal.memo import memoised
from portal.paging import parse_int
from portal.request_memo import all_locales, page_view_restrictions
from portal.search_terms import (
    SearchUnavailable,
    clean_operator,
    clean_query,
    engine_guard,
    plain_words,
)
from portal.visibility import exclude_synthetic, public_pages
from practices import listing
from practices.models import (
    KeyFigure,
    MethodPage,
    OutcomeIndicator,
    PhasePage,
    PracticeOrganisation,
    PracticePage,
    PracticeSource,
)
from workshops.models import WorkshopReportPage

logger = logging.getLogger(__name__)

MAX_VALUE_LENGTH = 255

# Up to this many hidden live pages (outside the site's trees or restricted) are
# excluded by id; more, by their tree paths.
MAX_HIDDEN_IDS = 500

TAXONOMY_PARAMS = ("territory", "country", "target_group", "method", "phase", "year")


def _method_filters():
    """A method's filters: the case filters' vocabularies, through its origin territory."""
    return [
        Filter(
            "territory",
            "territory",
            "origin_territory__translation_key",
            listing.territory_vocabulary,
        ),
        Filter("country", "country", "origin_territory__country", listing.country_vocabulary),
        Filter(
            "target_group",
            "target_group",
            "target_groups__translation_key",
            listing.target_group_vocabulary,
        ),
        Filter("phase", "phase", "phases__key", listing.phase_vocabulary),
    ]


def _document_filters():
    filters = {filt.name: filt for filt in document_filters()}
    country = Filter("country", "country", "territory__country", listing.country_vocabulary)
    return [filters["territory"], country, filters["year"]]


# The filters each model can be filtered by, declared with the listings (portal.listing).
FILTERS = {
    PracticePage: lambda: [filt for filt in listing.case_filters() if filt.name in TAXONOMY_PARAMS],
    MethodPage: _method_filters,
    PortalDocument: _document_filters,
}


def _filter_names(model):
    return {filt.name for filt in FILTERS[model]()}


def _joined(field):
    """An API field read through a foreign key: joined into the listing's query."""
    return field, ([field], [])


def _prefetched(field, lookup=None):
    """An API field read from a relation: one prefetch query for the whole listing.
    ``lookup`` may be a callable making the ``Prefetch``: built only when the field is
    serialised (a ``public_pages()`` queryset reads the view restrictions)."""
    return field, ([], [lookup or field])


# The joins and prefetches each API field needs, by model. A listing takes only those
# of the fields it serialises: the default fields (id, meta, title) need none but the
# locale, ``?fields=*`` needs them all (one query per relation, whatever the page size).
RELATED = {
    Page: lambda: dict([_joined("locale")]),
    PracticePage: lambda: dict(
        [
            _joined("locale"),
            _joined("territory"),
            _prefetched("target_groups"),
            _prefetched(
                "methods",
                lambda: Prefetch(
                    "methods", queryset=public_pages(MethodPage.objects.all()).order_by("title")
                ),
            ),
            _prefetched(
                "phases",
                lambda: Prefetch(
                    "phases", queryset=public_pages(PhasePage.objects.all()).order_by("sort_order")
                ),
            ),
            # One query per relation: the rows they point to come joined.
            _prefetched(
                "organisation_roles",
                Prefetch(
                    "organisation_roles",
                    queryset=PracticeOrganisation.objects.select_related("organisation"),
                ),
            ),
            _prefetched(
                "indicators",
                Prefetch(
                    "indicators",
                    queryset=OutcomeIndicator.objects.select_related("cited_source__document"),
                ),
            ),
            _prefetched(
                "key_figures",
                Prefetch(
                    "key_figures",
                    queryset=KeyFigure.objects.select_related("cited_source__document"),
                ),
            ),
            _prefetched(
                "source_references",
                Prefetch(
                    "source_references",
                    queryset=PracticeSource.objects.select_related("source__document"),
                ),
            ),
            _prefetched("awards"),
        ]
    ),
    MethodPage: lambda: dict(
        [
            _joined("locale"),
            _joined("origin_territory"),
            _prefetched("target_groups"),
            _prefetched(
                "phases",
                lambda: Prefetch("phases", queryset=public_pages(PhasePage.objects.all())),
            ),
            _prefetched("source_references", "source_references__source__document"),
        ]
    ),
    WorkshopReportPage: lambda: dict(
        [
            _joined("locale"),
            _joined("model_version"),
            _prefetched("organisations"),
            _prefetched("critical_nodes"),
        ]
    ),
    PortalDocument: lambda: dict([_joined("territory"), _prefetched("tags")]),
}


def _with_related(queryset, fields=None):
    """The queryset with the relations of the given API fields (all if None) joined or
    prefetched."""
    model = queryset.model
    make = RELATED.get(model)
    if make is None and issubclass(model, Page):
        make = RELATED[Page]
    if make is None:
        return queryset
    select, prefetch = [], []
    for name, (joins, lookups) in make().items():
        if fields is None or name in fields:
            select += joins
            prefetch += [lookup() if callable(lookup) else lookup for lookup in lookups]
    if select:  # select_related() without names would join every foreign key
        queryset = queryset.select_related(*select)
    return queryset.prefetch_related(*prefetch)


class TaxonomyFilter(BaseFilterBackend):
    """``?territory=herlev&country=DK&target_group=...&method=...&phase=...&year=2015``:
    the listings' filters, strictly parsed (a bad value is a 400 naming the parameter).
    Slugs of every language are understood: they resolve to translation keys."""

    def filter_queryset(self, request, queryset, view):
        asked = {name: request.GET[name] for name in TAXONOMY_PARAMS if name in request.GET}
        if not asked:
            return queryset
        make = FILTERS.get(queryset.model)
        known = {filt.name for filt in make()} if make else set()
        for name, value in asked.items():
            if name not in known:
                raise BadRequestError(
                    f"'{name}' filters only these types: "
                    + ", ".join(
                        model._meta.label for model in FILTERS if name in _filter_names(model)
                    )
                    + " (pages: add ?type=...)"
                )
            _checked_text(name, value)
        filterset = FilterSet(make(), Locale.get_default())
        try:
            selection = filterset.parse(QueryDict(urlencode(asked)), strict=True)
        except BadParameter as error:
            raise BadRequestError(str(error)) from error
        return filterset.apply(queryset, selection).distinct()


def _checked_text(name, value):
    """A text filter value the database can take (no NUL, bounded), else a 400."""
    if "\x00" in value:
        raise BadRequestError(f"'{name}' must not contain null characters")
    if len(value) > MAX_VALUE_LENGTH:
        raise BadRequestError(f"'{name}' is longer than {MAX_VALUE_LENGTH} characters")
    return value


def _field_value(field, name, value):
    """The filter value converted by the model field itself: a date must be a date."""
    if isinstance(field, models.BooleanField):
        return value  # Wagtail parses booleans and says what it accepts
    if isinstance(field, models.IntegerField | models.AutoField | models.ForeignKey):
        if parse_int(value.removeprefix("-"), 0, 2**31 - 1) is None:
            raise BadRequestError(f"'{name}' must be a whole number, not '{value[:40]}'")
        return value
    try:
        field.to_python(value)
    except (ValidationError, ValueError, TypeError) as error:
        hint = {
            models.DateTimeField: "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS",
            models.DateField: "YYYY-MM-DD",
        }.get(type(field), "a valid value")
        raise BadRequestError(f"'{name}' must be {hint}, not '{value[:40]}'") from error
    return value


class FieldsFilterOutsideTaxonomy(FieldsFilter):
    """Wagtail's field filter with every value checked against its field first (a
    malformed date is a 400, not a 500), leaving the taxonomy parameters to TaxonomyFilter."""

    def filter_queryset(self, request, queryset, view):
        params = request.GET.copy()
        for name in TAXONOMY_PARAMS:
            params.pop(name, None)
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in params.items():
            if name not in fields or name == "locale":
                continue
            _checked_text(name, value)
            try:
                field = queryset.model._meta.get_field(name)
            except LookupError:
                continue
            if isinstance(field, models.ForeignKey) or not field.is_relation:
                _field_value(field, name, value)
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


class CheckedLocaleFilter(LocaleFilter):
    """Wagtail's ``?locale=`` filter, the code checked first, the locale read from the
    request's locales (the fragment cache) instead of a query of its own."""

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        code = request.GET["locale"]
        known = [code for code, _name in settings.LANGUAGES]
        if code not in known:
            raise BadRequestError(f"unknown locale; known: {', '.join(known)}")
        locale = all_locales().get(code)
        if locale is None:
            raise Http404("No Locale matches the given query.")  # as get_object_or_404
        child_of = getattr(queryset, "_filtered_by_child_of", None)
        queryset = queryset.filter(locale=locale)
        if child_of:
            queryset._filtered_by_child_of = child_of
        return queryset


class CleanSearchFilter(SearchFilter):
    """``?search=`` through the portal's one query cleaner; ``search_operator`` is and/or."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            if "search_operator" in request.GET:
                clean_operator_or_400(request.GET["search_operator"])
            return queryset
        query, _notice = clean_query(request.GET["search"])
        words = plain_words(query)
        operator = clean_operator_or_400(request.GET.get("search_operator"))
        if not words:
            # Only quotes, NUL or punctuation: the backends have no query to run.
            raise BadRequestError("search must contain at least one word (letters or digits)")
        params = request.GET.copy()
        params["search"] = words
        if operator:
            params["search_operator"] = operator
        else:
            params.pop("search_operator", None)
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


def clean_operator_or_400(raw):
    try:
        return clean_operator(raw)
    except ValueError as error:
        raise BadRequestError("search_operator must be 'and' or 'or'") from error


class PortalPagination(WagtailPagination):
    """Wagtail's pagination with the portal's number parser: ``offset=10**21`` is a 400."""

    def _window(self, request):
        limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or 20
        offset = parse_int(request.GET.get("offset", "0"))
        if offset is None:
            raise BadRequestError("offset must be a whole number from 0 to 999999999")
        limit = parse_int(request.GET.get("limit", str(min(20, limit_max))))
        if limit is None:
            raise BadRequestError(f"limit must be a whole number from 0 to {limit_max}")
        if limit > limit_max:
            raise BadRequestError(f"limit cannot be higher than {limit_max}")
        return offset, limit

    def _total(self, queryset, offset, limit, found):
        if limit > 0 and found < limit and (found or offset == 0):
            # A page that is not full ends the list: its total needs no COUNT query.
            return offset + found
        return queryset.count()

    def paginate_queryset(self, queryset, request, view=None):
        offset, limit = self._window(request)
        self.view = view
        page = list(queryset[offset : offset + limit])
        self.total_count = self._total(queryset, offset, limit, len(page))
        return page

    def paginate_ids(self, queryset, request, view=None):
        """The primary keys of the page ``paginate_queryset`` would give, in its order
        (the total counted only when the page is full or empty, as there). Not with
        ``COUNT(*) OVER ()`` in the same query: the database would then read and sort
        every row instead of the page's (8 ms against 1.4 at 5,000 cases on SQLite)."""
        offset, limit = self._window(request)
        self.view = view
        queryset = queryset.select_related(None).prefetch_related(None)
        ids = list(queryset.values_list("pk", flat=True)[offset : offset + limit])
        self.total_count = self._total(queryset, offset, limit, len(ids))
        return ids


def _cached_items(name, parts, ids, compute, whole=True):
    """``{id: item}`` for ``ids`` from the fragment cache under the current generation
    (``portal.cache.fragments``: one read, the missing ones from ``compute(missing_ids)``
    and stored). With ``whole``, the items of this exact list of ids are also kept
    together (one read for a page seen before)."""
    if not ids:
        return {}
    base = "|".join(str(part) for part in parts)

    def items():
        return fragments(name, ids, lambda pk: (base, pk), compute)

    if not whole:
        return items()
    return fragment(f"{name}-page", (base, ",".join(str(pk) for pk in ids)), items)


_REPLACEMENTS = {
    FieldsFilter: FieldsFilterOutsideTaxonomy,
    SearchFilter: CleanSearchFilter,
    LocaleFilter: CheckedLocaleFilter,
}


def _filters(backends):
    """The viewset's filter backends, checked, with the taxonomy filter before search (last)."""
    swapped = [_REPLACEMENTS.get(backend, backend) for backend in backends]
    return swapped[:-1] + [TaxonomyFilter, swapped[-1]]


MAX_FIELDS_LENGTH = 1000
MAX_FIELDS_DEPTH = 5


def _fields_config(raw):
    """``?fields=`` parsed as Wagtail parses it, bounded first: Wagtail's parser recurses
    once per bracket and copies the rest of the string per character."""
    if raw is None:
        return []
    if len(raw) > MAX_FIELDS_LENGTH:
        raise BadRequestError(f"fields is longer than {MAX_FIELDS_LENGTH} characters")
    depth = deepest = 0
    for char in raw:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    if deepest > MAX_FIELDS_DEPTH:
        raise BadRequestError(f"fields nests deeper than {MAX_FIELDS_DEPTH} levels")
    try:
        return parse_fields_parameter(raw)
    except ValueError as error:
        raise BadRequestError(f"fields error: {error}") from error


_AVAILABLE_FIELDS = {}

# Wagtail builds a serializer class per request from the endpoint, the model and
# ``?fields=`` alone: the classes built are kept per process (a bounded number).
_SERIALIZER_CLASSES = {}
MAX_SERIALIZER_CLASSES = 256


class CheckedAPIMixin:
    """What every endpoint shares: checked numbers, and a 503 when search is down.

    A listing serialises Wagtail's default fields (``listing_default_fields``: id,
    meta, title) unless ``?fields=`` names more (``*`` for all); it joins and prefetches
    only the relations of the fields it serialises (``RELATED``)."""

    pagination_class = PortalPagination
    # The fields whose relations a listing's objects need (``with_related``).
    related_fields = ()

    def serializer_for(self, model):
        """The serializer of ``model`` for this request's ``?fields=``, resolved once."""
        resolved = self.__dict__.setdefault("_serializers", {})
        if model not in resolved:
            router = self.request.wagtailapi_router
            raw = self.request.GET.get("fields")
            show_details = self.action != "listing_view"
            key = (type(self), router, model, raw, show_details)
            found = _SERIALIZER_CLASSES.get(key)
            if found is None:
                found = self._get_serializer_class(
                    router, model, _fields_config(raw), show_details=show_details
                )
                if len(_SERIALIZER_CLASSES) >= MAX_SERIALIZER_CLASSES:
                    _SERIALIZER_CLASSES.clear()
                _SERIALIZER_CLASSES[key] = found
            resolved[model] = found
        return resolved[model]

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        """Wagtail's, computed once per process (three times per listing otherwise)."""
        key = (cls, model, db_fields_only)
        if key not in _AVAILABLE_FIELDS:
            _AVAILABLE_FIELDS[key] = tuple(super().get_available_fields(model, db_fields_only))
        return list(_AVAILABLE_FIELDS[key])

    def with_related(self, queryset):
        """``queryset`` with the relations of the fields serialised joined or prefetched;
        a listing (but a search's) reads its ids without them, and adds them only when
        it serialises objects (``_listing_from_item_cache``)."""
        fields = self.serialised_fields(queryset)
        if self.action == "listing_view" and "search" not in self.request.GET:
            self.related_fields = fields
            return queryset
        return _with_related(queryset, fields)

    def serialised_fields(self, queryset):
        """The fields a listing of ``queryset`` serialises; None (all) for one object,
        whose specific type and so its fields are known only once it is found."""
        if self.action != "listing_view":
            return None
        self.listed_model = queryset.model
        return self.serializer_for(queryset.model).Meta.fields

    def get_serializer_class(self):
        if self.action == "listing_view":
            # The model get_queryset() listed: building the queryset again costs queries.
            model = getattr(self, "listed_model", None) or self.get_queryset().model
            return self.serializer_for(model)
        return self.serializer_for(type(self.get_object()))

    def listing_view(self, request):
        # The search runs lazily while paginating: the guard spans the whole listing.
        with engine_guard():
            queryset = self.get_queryset()
            self.check_query_parameters(queryset)
            queryset = self.filter_queryset(queryset)
            if not isinstance(queryset, QuerySet) or queryset.query.is_sliced:
                # Search results (a backend's own object): Wagtail's way.
                page = self.paginate_queryset(queryset)
                serializer = self.get_serializer(page, many=True)
                return self.get_paginated_response(serializer.data)
            return self._listing_from_item_cache(queryset)

    def item_cache_parts(self):
        """What a listed item's serialised form depends on besides the object itself:
        the endpoint, the serialised model and its ``?fields=``, the host the URLs are
        built on and the language labels are given in. Nothing a listed item shows
        depends on the visitor (see ``PortalPagesAPIViewSet.item_cache_parts``)."""
        request = self.request
        return (
            type(self).__name__,
            self.get_serializer_class().Meta.model._meta.label,
            request.GET.get("fields", ""),
            request.scheme,
            request.get_host(),
            get_language(),
        )

    def _listing_from_item_cache(self, queryset):
        """The listing's ids (and its total when the page is full or empty); each item's
        serialised form from the fragment cache, the missing ones serialised from the
        same queryset (one query for all of them, with their relations) and stored."""
        ids = self.paginator.paginate_ids(queryset, self.request, view=self)

        def serialise(missing):
            objects = list(_with_related(queryset.filter(pk__in=missing), self.related_fields))
            data = self.get_serializer(objects, many=True).data
            return {obj.pk: item for obj, item in zip(objects, data, strict=True)}

        # A random order lists other ids on each request: no list of them is kept.
        ordered_randomly = self.request.GET.get("order") == "random"
        items = _cached_items(
            "api-item", self.item_cache_parts(), ids, serialise, whole=not ordered_randomly
        )
        return self.get_paginated_response([items[pk] for pk in ids if pk in items])

    def find_object(self, queryset, request):
        if "id" in request.GET and parse_int(request.GET["id"], 1) is None:
            raise BadRequestError("id must be a positive whole number")
        return super().find_object(queryset, request)

    def get_object(self):
        if parse_int(self.kwargs.get("pk"), 1) is None:
            raise Http404("not found")
        return super().get_object()

    def handle_exception(self, exc):
        if isinstance(exc, SearchUnavailable):
            response = Response(
                {"message": "search is unavailable right now; try again later"},
                status=status.HTTP_503_SERVICE_UNAVAILABLE,
            )
            response["Retry-After"] = "120"
            return response
        return super().handle_exception(exc)


class PrefetchedTagsField(TagsField):
    """Tag names read from the prefetched tags: Wagtail's own field orders them in
    the database, one query per object of a listing."""

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


def _tags_from_prefetch(serializer):
    class Serializer(serializer):
        def build_property_field(self, field_name, model_class):
            field_class, kwargs = super().build_property_field(field_name, model_class)
            if field_class is TagsField:
                return PrefetchedTagsField, kwargs
            return field_class, kwargs

    Serializer.__name__ = serializer.__name__
    Serializer.__qualname__ = serializer.__qualname__
    return Serializer


def _hidden_q(roots, refused):
    """Pages outside every root's tree, or inside a refused restriction's section."""
    pages = Page.objects.all()
    within = models.Q()
    for root in roots:
        within |= pages.descendant_of_q(root, inclusive=True)
    hidden = ~within
    for restriction in refused:
        hidden |= pages.descendant_of_q(restriction.page, inclusive=True)
    return hidden


def _hidden_live_pages(site, refused):
    """The site's root and its translations (Wagtail's API serves their trees), and the
    ids of the live pages hidden from a visitor refused ``refused`` (at most
    ``MAX_HIDDEN_IDS + 1``: more are excluded by their tree paths)."""
    roots = [site.root_page]
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        roots += list(site.root_page.get_translations())
    ids = list(
        Page.objects.filter(models.Q(live=True) & _hidden_q(roots, refused))
        .order_by("pk")
        .values_list("pk", flat=True)[: MAX_HIDDEN_IDS + 1]
    )
    return roots, ids


class PortalPagesAPIViewSet(CheckedAPIMixin, PagesAPIViewSet):
    base_serializer_class = _tags_from_prefetch(PagesAPIViewSet.base_serializer_class)
    filter_backends = _filters(PagesAPIViewSet.filter_backends)
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(TAXONOMY_PARAMS)

    def get_queryset(self):
        return self.with_related(exclude_synthetic(self._typed_queryset()))

    def _typed_queryset(self):
        """Wagtail's ``get_queryset``; one ``?type=`` is its model's pages filtered by
        the public pages' condition itself (``public_q``) where Wagtail writes
        ``pk IN (SELECT id FROM <the public pages>)``: the same pages, in the same
        (tree) order, with a query that is cheaper to build and to run."""
        models_type = self.request.GET.get("type")
        if not models_type or "," in models_type:
            return super().get_queryset()
        try:
            (model,) = page_models_from_string(models_type)
        except (LookupError, ValueError) as error:
            raise BadRequestError("type doesn't exist") from error
        condition = self.public_q()
        return model.objects.none() if condition is None else model.objects.filter(condition)

    def get_base_queryset(self):
        """Wagtail's ``get_public_pages_queryset``, from ``public_q``."""
        condition = self.public_q()
        return Page.objects.none() if condition is None else Page.objects.filter(condition)

    def public_q(self):
        """The condition on ``Page`` fields of the pages this request may see (live, in
        the site's tree or a translation of it, outside the view restrictions it does
        not pass), or None when no site matches: built once per request."""
        site_param = self.request.GET.get("site")
        return memoised(("api-public-q", site_param), self._public_q)

    def _public_q(self):
        request = self.request
        site_param = request.GET.get("site")
        try:
            site = (
                SiteFilterValidator(site=site_param, request=request).site_obj
                if site_param
                else Site.find_for_request(request)
            )
        except ValueError as error:
            raise BadRequestError(str(error)) from error
        if not site:
            return None
        refused = self.refused_restrictions()
        # The live pages the condition hides are few (the tree's root, restricted
        # sections): their ids, from the fragment cache, make a cheaper condition.
        roots, hidden_ids = fragment(
            "api-hidden-live-pages",
            (site.pk, site.root_page_id, *(r.pk for r in refused)),
            lambda: _hidden_live_pages(site, refused),
        )
        if len(hidden_ids) > MAX_HIDDEN_IDS:
            return models.Q(live=True) & ~_hidden_q(roots, refused)
        if hidden_ids:
            return models.Q(live=True) & ~models.Q(pk__in=hidden_ids)
        return models.Q(live=True)

    def refused_restrictions(self):
        """The view restrictions this request does not pass, once per request. Every
        restriction with its page comes from the fragment cache (saving or deleting one
        starts a new generation, see ``portal.cache``); whether the visitor passes it
        (logged in, in a group, the password given) is checked on each request."""

        def refused():
            restrictions = page_view_restrictions()
            return [r for r in restrictions if not r.accept_request(self.request)]

        return memoised(("api-refused-restrictions",), refused)

    def item_cache_parts(self):
        # Wagtail gives its serializers this visitor's public pages (``base_queryset``,
        # read by the detail-only ``parent`` field): should a listed field ever read it,
        # the key already holds the restrictions refused and the site asked for.
        return super().item_cache_parts() + (
            self.request.GET.get("site", ""),
            ",".join(str(r.pk) for r in self.refused_restrictions()),
        )

    def find_object(self, queryset, request):
        if "\x00" in request.GET.get("html_path", ""):
            raise Http404("not found")
        return super().find_object(queryset, request)


class PortalDocumentsAPIViewSet(CheckedAPIMixin, DocumentsAPIViewSet):
    base_serializer_class = _tags_from_prefetch(DocumentsAPIViewSet.base_serializer_class)
    filter_backends = _filters(DocumentsAPIViewSet.filter_backends)
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters.union(TAXONOMY_PARAMS)
    listing_default_fields = DocumentsAPIViewSet.listing_default_fields + [
        "document_type",
        "language",
        "publication_date",
    ]

    def get_queryset(self):
        # The one public definition (PortalDocument.objects.public()): approved, outside
        # members-only collections, no synthetic benchmark documents.
        # Wagtail's own get_queryset() also excludes the restricted collections this
        # visitor may not see, a subset of those public() excludes for everyone (three
        # queries per request): skipped.
        return self.with_related(super(DocumentsAPIViewSet, self).get_queryset().public())


class PortalImagesAPIViewSet(CheckedAPIMixin, ImagesAPIViewSet):
    filter_backends = [_REPLACEMENTS.get(b, b) for b in ImagesAPIViewSet.filter_backends]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
