"""The public read-only API, Wagtail API v2 at ``/api/v2/``.

Pages, documents and images, as Wagtail serves them (live, public pages only;
documents and images outside restricted collections), plus filters by the
portal's taxonomy: ``territory``, ``country``, ``target_group``, ``method``
and ``phase`` take the same values as the case listing's filters.
"""

from types import SimpleNamespace

from django.db.models import Prefetch

from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from rest_framework.filters import BaseFilterBackend

from library.models import PortalDocument
from practices.models import Country, MethodPage, PhasePage, PracticePage
from workshops.models import WorkshopReportPage

TAXONOMY_PARAMS = ("territory", "country", "target_group", "method", "phase")

# Query parameter -> lookup, per model that can be filtered by it.
LOOKUPS = {
    PracticePage: {
        "territory": "territory__slug",
        "country": "territory__country",
        "target_group": "target_groups__slug",
        "method": "methods__slug",
        "phase": "phases__key",
    },
    MethodPage: {
        "territory": "origin_territory__slug",
        "country": "origin_territory__country",
        "target_group": "target_groups__slug",
        "phase": "phases__key",
    },
    PortalDocument: {
        "territory": "territory__slug",
        "country": "territory__country",
    },
}

PREFETCH = {
    PracticePage: lambda: (
        ["territory", "locale"],
        [
            "target_groups",
            Prefetch("methods", queryset=MethodPage.objects.live().order_by("title")),
            Prefetch("phases", queryset=PhasePage.objects.live().order_by("sort_order")),
            "organisation_roles__organisation",
            "indicators__cited_source",
            "key_figures__cited_source",
            "source_references__source__document",
            "awards",
        ],
    ),
    MethodPage: lambda: (
        ["origin_territory", "locale"],
        [
            "target_groups",
            Prefetch("phases", queryset=PhasePage.objects.live()),
            "source_references__source__document",
        ],
    ),
    WorkshopReportPage: lambda: (
        ["model_version", "locale"],
        ["organisations", "critical_nodes"],
    ),
    PortalDocument: lambda: (["territory", "collection"], ["tags"]),
}


def _with_related(queryset):
    make = PREFETCH.get(queryset.model)
    if make is None:
        return queryset
    select, prefetch = make()
    return queryset.select_related(*select).prefetch_related(*prefetch)


class TaxonomyFilter(BaseFilterBackend):
    """``?territory=herlev&country=DK&target_group=...&method=...&phase=...``."""

    def filter_queryset(self, request, queryset, view):
        asked = {name: request.GET[name] for name in TAXONOMY_PARAMS if name in request.GET}
        if not asked:
            return queryset
        lookups = LOOKUPS.get(queryset.model, {})
        for name, value in asked.items():
            if name not in lookups:
                raise BadRequestError(
                    f"'{name}' filters only these types: "
                    + ", ".join(
                        model._meta.label for model, known in LOOKUPS.items() if name in known
                    )
                    + " (pages: add ?type=...)"
                )
            value = value.strip()
            if name == "country":
                value = value.upper()
                if value not in Country.values:
                    raise BadRequestError(
                        f"unknown country '{value[:10]}'; known: {', '.join(Country.values)}"
                    )
            queryset = queryset.filter(**{lookups[name]: value})
        return queryset.distinct()


class FieldsFilterOutsideTaxonomy(FieldsFilter):
    """Wagtail's field filter, leaving the taxonomy parameters to TaxonomyFilter."""

    def filter_queryset(self, request, queryset, view):
        params = request.GET.copy()
        for name in TAXONOMY_PARAMS:
            params.pop(name, None)
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


def _filters(backends):
    """The viewset's filter backends with the taxonomy filter before search (which must be last)."""
    swapped = [FieldsFilterOutsideTaxonomy if b is FieldsFilter else b for b in backends]
    return swapped[:-1] + [TaxonomyFilter, swapped[-1]]


class PortalPagesAPIViewSet(PagesAPIViewSet):
    filter_backends = _filters(PagesAPIViewSet.filter_backends)
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(TAXONOMY_PARAMS)

    def get_queryset(self):
        return _with_related(super().get_queryset())


class PortalDocumentsAPIViewSet(DocumentsAPIViewSet):
    filter_backends = _filters(DocumentsAPIViewSet.filter_backends)
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters.union(TAXONOMY_PARAMS)
    listing_default_fields = DocumentsAPIViewSet.listing_default_fields + [
        "document_type",
        "language",
        "publication_date",
    ]

    def get_queryset(self):
        return _with_related(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
