"""The workshops index: series and latest reports, filterable by territory and year.

Filters are declared on the portal's listing layer (``portal.listing``): the
territory is keyed on its translation key, so each language's own slug works.
A fixed number of queries, whatever the number of series.
"""

from functools import reduce
from operator import or_

from django.db.models import F, Q
from django.utils.translation import gettext_lazy

from portal.listing import Filter, FilterSet, YearFilter, page_vocabulary
from portal.localization import active_locale, in_locale_or_default
from portal.visibility import public_pages
from practices.models import TerritoryPage

from .models import WorkshopReportPage, WorkshopSeriesPage

LATEST = 10


def workshop_filters():
    return [
        Filter(
            "territory",
            gettext_lazy("Territory"),
            "territory__translation_key",
            lambda locale: page_vocabulary(TerritoryPage, locale),
        ),
        YearFilter("year", gettext_lazy("Year"), "date__year"),
    ]


def _series_in_year(series, year):
    return (series.start_date is None or series.start_date.year <= year) and (
        series.end_date is None or series.end_date.year >= year
    )


class WorkshopListing:
    """``WorkshopListing(request.GET, locale).context()``."""

    def __init__(self, params, locale=None):
        params = getattr(params, "GET", params)  # a request is accepted too
        self.locale = locale or active_locale()
        self.filterset = FilterSet(workshop_filters(), self.locale)
        self.selection = self.filterset.parse(params)

    def context(self):
        values = self.selection.values
        vocabulary = self.filterset.vocabularies["territory"]
        all_series = list(
            in_locale_or_default(public_pages(WorkshopSeriesPage.objects.all()), self.locale)
            .select_related("territory", "locale")
            .order_by(F("start_date").desc(nulls_last=True), "title")
        )
        present = {str(item.territory.translation_key) for item in all_series if item.territory}
        territory = values.get("territory")
        series = [
            item
            for item in all_series
            if territory is None
            or (item.territory and str(item.territory.translation_key) == territory)
        ]
        reports = in_locale_or_default(public_pages(WorkshopReportPage.objects.all()), self.locale)
        years = sorted({day.year for day in reports.dates("date", "year")}, reverse=True)
        if territory is not None:
            # Reports live below their series: one path condition per series, no query each.
            reports = reports.filter(
                reduce(or_, (Q(path__startswith=item.path) for item in series), Q(pk__in=[]))
            )
        year = values.get("year")
        if year is not None:
            reports = reports.filter(date__year=year)
            series = [item for item in series if _series_in_year(item, year)]
        return {
            "series_list": series,
            "latest_reports": list(
                reports.order_by(F("date").desc(nulls_last=True), "path")[:LATEST]
            ),
            "territory_options": [
                (vocabulary.value(key), vocabulary.label(key))
                for key in vocabulary.entries
                if key in present
            ],
            "year_options": years,
            "selected_territory": vocabulary.value(territory) if territory else "",
            "selected_year": year,
            "unknown_filters": self.selection.unknown,
        }


def workshop_listing(index, request):
    """The context of the workshops index (kept for callers of the earlier function)."""
    return WorkshopListing(request.GET).context()
