"""Filtering, facet counts, sorting and paging of the case listing.

Every filter is a plain GET parameter (shareable URLs, no JavaScript), declared
once in ``case_filters`` on the portal's listing layer (``portal.listing``): the
listing page, its exports and the API's case filters read the same declaration.
The number of queries is fixed whatever the number of cases: one for every
facet's counts and the number of results (kept in the fragment cache until the
next publish), one for the ids of the page asked for, one for those cases.
"""

import uuid
from dataclasses import replace
from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import Case, CharField, Count, F, IntegerField, Q, Value, When
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.cache import fragment
from portal.listing import (
    Filter,
    FilterSet,
    YearFilter,
    code_page_vocabulary,
    code_vocabulary,
    page_vocabulary,
    snippet_vocabulary,
)
from portal.localization import active_locale, in_locale_or_default
from portal.search_terms import SearchUnavailable, clean_query, search_ids
from portal.visibility import public_pages

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
_TOTAL = "_total"  # the branch of the count query that counts the results
SORTS = {"newest", "title"}


def year_q(year, prefix=""):
    """Cases whose period covers ``year``: start and end, start only (that year, or
    every later one while ongoing), or end only (that year)."""

    def q(**kwargs):
        return Q(**{prefix + name: value for name, value in kwargs.items()})

    return q(start_year__lte=year) & (
        q(end_year__gte=year) | q(ongoing=True) | q(end_year__isnull=True, start_year=year)
    ) | q(start_year__isnull=True, end_year=year)


def _cached(name, locale, compute):
    """A vocabulary read from the fragment cache: it changes only with a publish,
    unpublish, move, delete or snippet change, which all start a new generation."""
    return fragment("vocabulary", (name, locale.pk), compute)


def territory_vocabulary(locale):
    return _cached("territory", locale, lambda: page_vocabulary(TerritoryPage, locale))


def target_group_vocabulary(locale):
    return _cached("target_group", locale, lambda: snippet_vocabulary(TargetGroup, locale))


def method_vocabulary(locale):
    return _cached("method", locale, lambda: page_vocabulary(MethodPage, locale))


def phase_vocabulary(locale):
    # Phase keys are codes, the same in every language.
    return _cached("phase", locale, lambda: code_page_vocabulary(PhasePage, locale))


def country_vocabulary(locale):
    return code_vocabulary(Country.choices, upper=True)


def evidence_vocabulary(locale):
    return code_vocabulary(EvidenceLevel.choices)


def case_filters(prefix=""):
    """The case filters; ``prefix`` for a model that reaches cases through a relation."""
    return [
        Filter(
            "territory",
            gettext_lazy("Territory"),
            prefix + "territory__translation_key",
            territory_vocabulary,
        ),
        Filter(
            "country", gettext_lazy("Country"), prefix + "territory__country", country_vocabulary
        ),
        Filter(
            "target_group",
            gettext_lazy("Target group"),
            prefix + "target_groups__translation_key",
            target_group_vocabulary,
        ),
        Filter(
            "method",
            gettext_lazy("Method"),
            prefix + "methods__translation_key",
            method_vocabulary,
        ),
        Filter("phase", gettext_lazy("Phase"), prefix + "phases__key", phase_vocabulary),
        Filter(
            "evidence", gettext_lazy("Evidence"), prefix + "evidence_level", evidence_vocabulary
        ),
        YearFilter("year", gettext_lazy("Year"), covers=lambda year: year_q(year, prefix)),
    ]


def year_counts(periods):
    """Year -> cases whose period covers it (a period counts in each of its years).

    ``periods``: (start, end, ongoing, number of cases) rows, or a queryset of cases.
    An ongoing period runs to the latest year any of the periods reaches."""
    if not isinstance(periods, list):
        periods = [(*row, 1) for row in periods.values_list("start_year", "end_year", "ongoing")]
    counts = {}
    last_year = max((row[1] or row[0] or 0 for row in periods), default=0)
    for start, end, ongoing, n in periods:
        start = start or end  # a period known only by its end covers that year
        if not start:
            continue
        stop = end or (max(last_year, start) if ongoing else start)
        for year in range(start, stop + 1):
            counts[year] = counts.get(year, 0) + n
    return counts


class PracticeListing:
    """``PracticeListing(request.GET, locale).context()``; ``strict=True`` (exports)
    raises ``portal.listing.BadParameter`` for a bad value instead of ignoring it.

    Each method depends only on the parsed parameters: call them in any order."""

    def __init__(self, params, locale=None, strict=False):
        params = getattr(params, "GET", params)  # a request is accepted too
        self.params = params
        self.locale = locale or active_locale()
        self.filterset = FilterSet(case_filters(), self.locale)
        self.selection = self.filterset.parse(params, strict=strict)
        self.query, notice = clean_query(params.get("q", ""))
        self.notices = [notice] if notice else []
        self.sort = params.get("sort", "newest")
        self.unknown = list(self.selection.unknown)
        if self.sort not in SORTS:
            self.unknown.append((_("Sort order"), self.sort[:80]))
            self.sort = "newest"

    @cached_property
    def _searched(self):
        """(queryset of public cases in the locale narrowed by the words, search worked)."""
        queryset = in_locale_or_default(public_pages(PracticePage.objects.all()), self.locale)
        if not self.query:
            return queryset, True
        try:
            ids = search_ids(self.query, public_pages(PracticePage.objects.all()))
        except SearchUnavailable:
            return queryset, False
        return queryset.filter(pk__in=ids), True

    def base_queryset(self):
        return self._searched[0]

    @property
    def search_unavailable(self):
        return not self._searched[1]

    @property
    def messages(self):
        messages = list(self.notices)
        if self.search_unavailable:
            # The other filters still work; the page says why the words were ignored.
            messages.append(
                _(
                    "Text search is unavailable right now; the list is filtered "
                    "by your other choices only."
                )
            )
        return messages

    def results(self):
        """Every case the filters select, in listing order: what an export holds."""
        base = self.base_queryset()
        queryset = self.filterset.apply(base, self.selection)
        if any(self._joins_many(name) for name in self.selection.values):
            # A filter on a many-to-many relation joins its rows, so a case could come
            # twice: select the cases by id rather than DISTINCT over every column of
            # every case (which the count of the pages would repeat).
            queryset = PracticePage.objects.filter(pk__in=queryset.order_by().values("pk"))
        if self.sort == "title":
            queryset = queryset.order_by("title")
        else:
            queryset = queryset.order_by(
                F("start_year").desc(nulls_last=True), "-first_published_at", "title"
            )
        return queryset.select_related("territory", "locale").prefetch_related("target_groups")

    all_results = results

    def _joins_many(self, name):
        filt = next((filt for filt in self.filterset.filters if filt.name == name), None)
        if filt is None or not filt.lookup:
            return False
        return PracticePage._meta.get_field(filt.lookup.split("__", 1)[0]).many_to_many

    def facets(self):
        """Each filter's values with the number of cases they would give, taking the
        other filters into account."""
        counts = self._counts()["facets"]
        return [
            self.filterset.facet(filt, self.selection, counts[filt.name])
            for filt in self.filterset.filters
        ]

    def _counts(self):
        """{"facets": {filter name: {identifier or year: cases}}, "total": cases}.

        Counted in the database in one query, whatever the number of cases: one
        GROUP BY branch per filter (the other filters applied, as
        ``FilterSet.facets_from_queryset`` does in one query per filter) and one for
        the number of results, united with UNION ALL. The year branch counts the
        cases per distinct period (start, end, ongoing); ``year_counts`` spreads those
        over the years they cover, so the work in Python grows with the number of
        distinct periods, not of cases.

        Kept in the fragment cache: the counts change only with a publish, unpublish,
        move, delete or snippet change, which all start a new generation. Counts of a
        text search whose backend failed are not kept."""
        if "counts" not in self.__dict__:
            searched, search_worked = self._searched
            parts = (self.locale.pk, sorted(self.selection.values.items()), self.query)
            if search_worked:
                self.__dict__["counts"] = fragment("case-counts", parts, self._count_rows)
            else:
                self.__dict__["counts"] = self._count_rows()
        return self.__dict__["counts"]

    def _count_rows(self):
        counts = {filt.name: {} for filt in self.filterset.filters}
        periods, total = [], 0
        for kind, value, start, end, n in self._facet_rows():
            if kind == "year":
                periods.append((start, end, value == "1", n))
            elif kind == _TOTAL:
                total = n
            elif value is not None:
                counts[kind][self._identifier(kind, value)] = n
        for filt in self.filterset.filters:
            if filt.kind == "year":
                counts[filt.name] = year_counts(periods)
        return {"facets": counts, "total": total}

    # The filters whose identifiers are translation keys (UUIDs): the database gives
    # them as text, in its own spelling; the vocabularies use uuid.UUID's.
    _UUID_FILTERS = {"territory", "target_group", "method"}

    def _identifier(self, kind, value):
        return str(uuid.UUID(value)) if kind in self._UUID_FILTERS else str(value)

    def _facet_rows(self):
        """(filter name, value as text, start year, end year, number of cases): one
        query. A year row carries a period (value "1" when ongoing) and its cases."""
        base = self.base_queryset().order_by()
        no_year = Cast(Value(None), IntegerField())
        branches = []
        for filt in self.filterset.filters:
            queryset = self.filterset.apply(base, self.selection, skip=filt.name)
            if filt.kind == "year":
                columns = {
                    "kind": Value(filt.name, output_field=CharField()),
                    "value": Case(
                        When(ongoing=True, then=Value("1")),
                        default=Value("0"),
                        output_field=CharField(),
                    ),
                    "start": Cast("start_year", IntegerField()),
                    "end": Cast("end_year", IntegerField()),
                }
            else:
                columns = {
                    "kind": Value(filt.name, output_field=CharField()),
                    "value": Cast(filt.lookup, CharField()),
                    "start": no_year,
                    "end": no_year,
                }
            branches.append(
                queryset.values(**columns)
                .annotate(n=Count("pk", distinct=True))
                .values_list("kind", "value", "start", "end", "n")
            )
        # The number of results: every filter applied.
        branches.append(
            self.filterset.apply(base, self.selection)
            .values(
                kind=Value(_TOTAL, output_field=CharField()),
                value=Cast(Value(None), CharField()),
                start=no_year,
                end=no_year,
            )
            .annotate(n=Count("pk", distinct=True))
            .values_list("kind", "value", "start", "end", "n")
        )
        return list(branches[0].union(*branches[1:], all=True))

    def page(self, number=None, lazy=False):
        """The page ``number`` (default: the one asked for in the parameters). With
        ``lazy``, its ``object_list`` holds the cases' ids only (``cases()`` reads them)."""
        selection = self.selection if number is None else replace(self.selection, page=number)
        results = self.results()
        # The ids of the page first, sorted on the few columns of the order (not on
        # whole cases), then those cases; the number of results is counted with the
        # facets.
        paginator = Paginator(results.values_list("pk", flat=True), PER_PAGE)
        paginator.count = self._counts()["total"]
        page = paginator.get_page(selection.page)
        ids = list(page.object_list)
        if lazy:
            page.object_list = ids
            return page
        cases = self.cases(ids)
        page.object_list = [cases[pk] for pk in ids if pk in cases]
        return page

    @staticmethod
    def cases(ids):
        """``{id: case}`` with what a card shows (territory, locale, target groups)."""
        return {
            case.pk: case
            for case in PracticePage.objects.filter(pk__in=ids)
            .select_related("territory", "locale")
            .prefetch_related("target_groups")
        }

    def chosen(self):
        """(name, value for a URL, filter label, value label) of each filter in use."""
        result = []
        for filt in self.filterset.filters:
            if filt.name not in self.selection.values:
                continue
            value = self.selection.values[filt.name]
            vocabulary = self.filterset.vocabularies.get(filt.name)
            if vocabulary is None:
                result.append((filt.name, value, filt.label, str(value)))
            else:
                result.append(
                    (filt.name, vocabulary.value(value), filt.label, vocabulary.label(value))
                )
        return result

    def export_query(self):
        """The listing's query string without the page number, for the export links."""
        params = self.params.copy()
        params.pop("page", None)
        return params.urlencode()

    def context(self):
        """The template's context. ``practices`` holds the page's case ids: the cards
        come from the fragment cache, and only the cases of missing cards are read
        (``practices.presentation.LazyCards``)."""
        page = self.page(lazy=True)
        values = self.selection.values
        return {
            "page_obj": page,
            "practices": list(page.object_list),
            # Called by the template only when the filter panel is not in the fragment
            # cache (a Django template calls a callable it is given).
            "facets": self.facets,
            "selected": {name: value for name, value in self.params.items() if name in values},
            "year": values.get("year"),
            "search_query": self.query,
            "sort": self.sort,
            "unknown_filters": self.unknown,
            "listing_messages": self.messages,
            "is_filtered": bool(values or self.query),
            "export_query": self.export_query(),
        }
