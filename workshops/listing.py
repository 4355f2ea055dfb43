"""The workshops index: series and latest reports, filterable by territory and year."""

from django.db.models import F
from django.utils.translation import gettext as _

from portal.localization import active_locale, in_locale_or_default
from portal.paging import parse_int
from portal.visibility import public_pages

from .models import WorkshopReportPage, WorkshopSeriesPage

LATEST = 10


def workshop_listing(index, request):
    locale = active_locale()
    series = list(
        in_locale_or_default(public_pages(WorkshopSeriesPage.objects.all()), locale)
        .select_related("territory", "locale")
        .order_by("-start_date", "title")
    )
    territories = {item.territory.slug: item.territory.title for item in series if item.territory}
    reports = in_locale_or_default(public_pages(WorkshopReportPage.objects.all()), locale)
    years = sorted({r.year for r in reports.dates("date", "year")}, reverse=True)
    unknown = []
    territory = request.GET.get("territory", "").strip()
    if territory and territory not in territories:
        unknown.append((_("Territory"), territory[:80]))
        territory = ""
    raw_year = request.GET.get("year", "").strip()
    year = None
    if raw_year:
        year = parse_int(raw_year)
        if year not in years:
            year = None
            unknown.append((_("Year"), raw_year[:80]))
    if territory:
        series = [item for item in series if item.territory and item.territory.slug == territory]
        reports = reports.filter(
            pk__in=[
                page.pk
                for item in series
                for page in WorkshopReportPage.objects.descendant_of(item).only("pk")
            ]
        )
    if year:
        reports = reports.filter(date__year=year)
        series = [
            item
            for item in series
            if (item.start_date is None or item.start_date.year <= year)
            and (item.end_date is None or item.end_date.year >= year)
        ]
    return {
        "series_list": series,
        "latest_reports": list(reports.order_by(F("date").desc(nulls_last=True), "path")[:LATEST]),
        "territory_options": sorted(territories.items(), key=lambda item: item[1]),
        "year_options": years,
        "selected_territory": territory,
        "selected_year": year,
        "unknown_filters": unknown,
    }
