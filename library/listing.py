"""The library listing: filters with counts, search, date order, pages; fixed query count.

Filters are declared on the portal's listing layer (``portal.listing``).
"""

from functools import cached_property

from django.db.models import F
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.listing import Filter, FilterSet, YearFilter, code_vocabulary, get_page, page_vocabulary
from portal.localization import active_locale
from portal.search_terms import SearchUnavailable, clean_query, search_ids
from practices.models import TerritoryPage

from .models import DocumentType, PortalDocument

PER_PAGE = 20


def public_documents():
    """Approved documents outside restricted collections (see ``PortalDocument.objects.public``)."""
    return PortalDocument.objects.public()


def document_filters():
    languages = PortalDocument._meta.get_field("language").choices
    return [
        Filter(
            "type",
            gettext_lazy("Type"),
            "document_type",
            lambda locale: code_vocabulary(DocumentType.choices),
        ),
        Filter(
            "language",
            gettext_lazy("Language"),
            "language",
            lambda locale: code_vocabulary(languages),
        ),
        Filter(
            "territory",
            gettext_lazy("Territory"),
            "territory__translation_key",
            lambda locale: page_vocabulary(TerritoryPage, locale),
        ),
        YearFilter("year", gettext_lazy("Year"), "publication_date__year"),
    ]


class DocumentListing:
    """``DocumentListing(request.GET, locale).context()``; methods may be called in any order."""

    def __init__(self, params, locale=None):
        params = getattr(params, "GET", params)  # a request is accepted too
        self.params = params
        self.locale = locale or active_locale()
        self.filterset = FilterSet(document_filters(), self.locale)
        self.selection = self.filterset.parse(params)
        self.query, notice = clean_query(params.get("q", ""))
        self.notices = [notice] if notice else []

    @cached_property
    def _searched(self):
        queryset = public_documents()
        if not self.query:
            return queryset, True
        try:
            ids = search_ids(self.query, public_documents())
        except SearchUnavailable:
            return queryset, False
        return queryset.filter(pk__in=ids), True

    @property
    def messages(self):
        messages = list(self.notices)
        if not self._searched[1]:
            messages.append(
                _(
                    "Text search is unavailable right now; the list is filtered "
                    "by your other choices only."
                )
            )
        return messages

    def results(self):
        return (
            self.filterset.apply(self._searched[0], self.selection)
            .select_related("territory", "collection")
            .order_by(F("publication_date").desc(nulls_last=True), "title")
        )

    def facets(self):
        return self.filterset.facets_from_queryset(self._searched[0], self.selection)

    def context(self):
        page = get_page(self.results(), self.selection, PER_PAGE)
        values = self.selection.values
        return {
            "page_obj": page,
            "documents": list(page.object_list),
            "facets": self.facets(),
            "search_query": self.query,
            "unknown_filters": self.selection.unknown,
            "listing_messages": self.messages,
            "is_filtered": bool(values or self.query),
            "selected": {name: value for name, value in self.params.items() if name in values},
            "year": values.get("year"),
        }
