"""The library listing: filters with counts, search, date order, pages; fixed query count."""

from django.db.models import Count
from django.utils.translation import gettext as _

from portal.localization import active_locale
from portal.paging import paginate, parse_int
from portal.search_terms import SearchUnavailable, clean_query, search_ids
from practices.models import TerritoryPage

from .models import DocumentType, PortalDocument

PER_PAGE = 20


def public_documents():
    """Approved documents outside restricted collections (see ``PortalDocument.objects.public``)."""
    return PortalDocument.objects.public()


class DocumentListing:
    def __init__(self, request):
        self.request = request
        self.unknown = []
        self.messages = []
        locale = active_locale()
        territory_titles = {}
        for slug, title, locale_id in TerritoryPage.objects.values_list(
            "slug", "title", "locale_id"
        ):
            if slug not in territory_titles or locale_id == locale.pk:
                territory_titles[slug] = title
        languages = dict(PortalDocument._meta.get_field("language").choices)
        self.filters = [
            ("type", _("Type"), "document_type", dict(DocumentType.choices)),
            ("language", _("Language"), "language", languages),
            ("territory", _("Territory"), "territory__slug", territory_titles),
        ]
        self.selected = {}
        params = request.GET
        for name, label, _lookup, values in self.filters:
            raw = params.get(name, "").strip()
            if raw:
                if raw in values:
                    self.selected[name] = raw
                else:
                    self.unknown.append((label, raw[:80]))
        self.year = None
        raw_year = params.get("year", "").strip()
        if raw_year:
            self.year = parse_int(raw_year, 1900, 2100)
            if self.year is None:
                self.unknown.append((_("Year"), raw_year[:80]))
        self.query, notice = clean_query(params.get("q", ""))
        if notice:
            self.messages.append(notice)

    def _base(self):
        queryset = public_documents()
        if self.query:
            try:
                ids = search_ids(self.query, public_documents())
            except SearchUnavailable:
                self.messages.append(
                    _(
                        "Text search is unavailable right now; the list is filtered "
                        "by your other choices only."
                    )
                )
                return queryset
            queryset = queryset.filter(pk__in=ids)
        return queryset

    def _apply(self, queryset, skip=None):
        for name, _label, lookup, _values in self.filters:
            if name != skip and name in self.selected:
                queryset = queryset.filter(**{lookup: self.selected[name]})
        if skip != "year" and self.year:
            queryset = queryset.filter(publication_date__year=self.year)
        return queryset

    def facets(self, base):
        facets = []
        for name, label, lookup, values in self.filters:
            counts = dict(
                self._apply(base, skip=name)
                .order_by()
                .values_list(lookup)
                .annotate(n=Count("pk"))
                .values_list(lookup, "n")
            )
            options = [
                {
                    "value": value,
                    "label": text,
                    "count": counts.get(value, 0),
                    "selected": self.selected.get(name) == value,
                }
                for value, text in sorted(values.items(), key=lambda item: str(item[1]))
                if counts.get(value) or self.selected.get(name) == value
            ]
            facets.append({"name": name, "label": label, "options": options})
        years = (
            self._apply(base, skip="year")
            .exclude(publication_date__isnull=True)
            .order_by()
            .values_list("publication_date__year")
            .annotate(n=Count("pk"))
        )
        facets.append(
            {
                "name": "year",
                "label": _("Year"),
                "options": [
                    {
                        "value": str(year),
                        "label": str(year),
                        "count": n,
                        "selected": self.year == year,
                    }
                    for year, n in sorted(years, reverse=True)
                ],
            }
        )
        return facets

    def context(self):
        base = self._base()
        documents = (
            self._apply(base)
            .select_related("territory", "collection")
            .order_by("-publication_date", "title")
        )
        raw = self.request.GET.get("page", "")
        page, malformed = paginate(documents, raw, PER_PAGE)
        if malformed:
            self.unknown.append((_("Page"), raw[:40]))
        return {
            "page_obj": page,
            "documents": list(page.object_list),
            "facets": self.facets(base),
            "search_query": self.query,
            "unknown_filters": self.unknown,
            "listing_messages": self.messages,
            "is_filtered": bool(self.selected or self.year or self.query),
            "selected": self.selected,
            "year": self.year,
        }
