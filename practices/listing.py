"""Filtering, facet counts, sorting and paging of the case listing.

Every filter is a plain GET parameter (shareable URLs, no JavaScript).
Unknown or malformed values are reported back and ignored, never an error.
The number of queries is fixed: one per facet plus the page of results,
whatever the number of cases.
"""

from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, Q
from django.utils.translation import gettext as _

from portal.localization import active_locale, in_locale_or_default
from portal.search_terms import clean_query, search_ids

from .models import (
    Country,
    EvidenceLevel,
    MethodPage,
    PhasePage,
    PracticePage,
    TargetGroup,
    TerritoryPage,
)

PER_PAGE = 12
YEAR_RANGE = range(1950, 2101)
SORTS = {"newest", "title"}


@dataclass
class Filter:
    name: str
    label: str
    lookup: str  # field path used for counts
    values: dict = field(default_factory=dict)  # value -> display label


def _filters(locale):
    """The filter dimensions with their vocabularies (value -> label in the locale)."""
    territories = in_locale_or_default(TerritoryPage.objects.live(), locale).values_list(
        "slug", "title"
    )
    groups = {}
    for slug, name, locale_id in TargetGroup.objects.values_list("slug", "name", "locale_id"):
        if slug not in groups or locale_id == locale.pk:
            groups[slug] = name
    methods = in_locale_or_default(MethodPage.objects.live(), locale).values_list("slug", "title")
    phases = (
        in_locale_or_default(PhasePage.objects.live(), locale)
        .order_by("sort_order")
        .values_list("key", "title")
    )
    return [
        Filter("territory", _("Territory"), "territory__slug", dict(territories)),
        Filter("country", _("Country"), "territory__country", dict(Country.choices)),
        Filter("target_group", _("Target group"), "target_groups__slug", groups),
        Filter("method", _("Method"), "methods__slug", dict(methods)),
        Filter("phase", _("Phase"), "phases__key", dict(phases)),
        Filter("evidence", _("Evidence"), "evidence_level", dict(EvidenceLevel.choices)),
    ]


def _year_q(year):
    """Cases whose period covers ``year``: start and end, start only (that year, or
    every later one while ongoing), or end only (that year)."""
    return Q(start_year__lte=year) & (
        Q(end_year__gte=year) | Q(ongoing=True) | Q(end_year__isnull=True, start_year=year)
    ) | Q(start_year__isnull=True, end_year=year)


class PracticeListing:
    def __init__(self, request):
        self.request = request
        self.locale = active_locale()
        self.messages = []
        self.unknown = []
        self.filters = _filters(self.locale)
        self.selected = {}
        self.year = None
        self.query = ""
        self.sort = "newest"
        self._parse(request.GET)

    # -- parsing -------------------------------------------------------------
    def _parse(self, params):
        for filt in self.filters:
            raw = params.get(filt.name, "").strip()
            if not raw:
                continue
            value = raw.upper() if filt.name == "country" else raw
            if value in filt.values:
                self.selected[filt.name] = value
            else:
                self.unknown.append((filt.label, raw[:80]))
        raw_year = params.get("year", "").strip()
        if raw_year:
            if raw_year.isdigit() and int(raw_year) in YEAR_RANGE:
                self.year = int(raw_year)
            else:
                self.unknown.append((_("Year"), raw_year[:80]))
        self.query, notice = clean_query(params.get("q", ""))
        if notice:
            self.messages.append(notice)
        sort = params.get("sort", "newest")
        if sort in SORTS:
            self.sort = sort
        else:
            self.unknown.append((_("Sort order"), sort[:80]))

    # -- querying ------------------------------------------------------------
    def base_queryset(self):
        queryset = in_locale_or_default(PracticePage.objects.live().public(), self.locale)
        if self.query:
            queryset = queryset.filter(pk__in=search_ids(self.query, PracticePage.objects.live()))
        return queryset

    def _apply(self, queryset, skip=None):
        for filt in self.filters:
            if filt.name != skip and filt.name in self.selected:
                queryset = queryset.filter(**{filt.lookup: self.selected[filt.name]})
        if skip != "year" and self.year:
            queryset = queryset.filter(_year_q(self.year))
        return queryset

    def results(self):
        queryset = self._apply(self._base).distinct()
        if self.sort == "title":
            queryset = queryset.order_by("title")
        else:
            queryset = queryset.order_by(
                F("start_year").desc(nulls_last=True), "-first_published_at", "title"
            )
        return queryset.select_related("territory", "locale").prefetch_related("target_groups")

    def facets(self):
        """Each filter's values with the number of cases they would give, taking the
        other filters into account."""
        facets = []
        for filt in self.filters:
            counts = dict(
                self._apply(self._base, skip=filt.name)
                .order_by()
                .values_list(filt.lookup)
                .annotate(n=Count("pk", distinct=True))
                .values_list(filt.lookup, "n")
            )
            options = [
                {
                    "value": value,
                    "label": label,
                    "count": counts.get(value, 0),
                    "selected": self.selected.get(filt.name) == value,
                }
                for value, label in sorted(filt.values.items(), key=lambda item: str(item[1]))
                if counts.get(value) or self.selected.get(filt.name) == value
            ]
            facets.append({"name": filt.name, "label": filt.label, "options": options})
        facets.append(self._year_facet())
        return facets

    def _year_facet(self):
        counts = {}
        rows = self._apply(self._base, skip="year").values_list("start_year", "end_year", "ongoing")
        last_year = max((row[1] or row[0] or 0 for row in rows), default=0)
        for start, end, ongoing in rows:
            start = start or end  # a period known only by its end covers that year
            if not start:
                continue
            stop = end or (max(last_year, start) if ongoing else start)
            for year in range(start, stop + 1):
                counts[year] = counts.get(year, 0) + 1
        options = [
            {
                "value": str(year),
                "label": str(year),
                "count": count,
                "selected": self.year == year,
            }
            for year, count in sorted(counts.items(), reverse=True)
        ]
        return {"name": "year", "label": _("Year"), "options": options}

    def all_results(self):
        """Every case the filters select, in listing order: what an export holds."""
        self._base = self.base_queryset()
        return self.results()

    def export_query(self):
        """The listing's query string without the page number, for the export links."""
        params = self.request.GET.copy()
        params.pop("page", None)
        return params.urlencode()

    def page(self):
        self._base = self.base_queryset()
        paginator = Paginator(self.results(), PER_PAGE)
        raw = self.request.GET.get("page", "1")
        try:
            return paginator.page(raw)
        except PageNotAnInteger:
            self.unknown.append((_("Page"), raw[:40]))
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    def context(self):
        page = self.page()
        return {
            "page_obj": page,
            "practices": list(page.object_list),
            "facets": self.facets(),
            "selected": self.selected,
            "year": self.year,
            "search_query": self.query,
            "sort": self.sort,
            "unknown_filters": self.unknown,
            "listing_messages": self.messages,
            "is_filtered": bool(self.selected or self.year or self.query),
            "export_query": self.export_query(),
        }
