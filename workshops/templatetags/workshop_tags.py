"""What a case page shows of the workshops: the series and reports that discussed it."""

from django import template

from wagtail.models import Locale

from portal.localization import localize

register = template.Library()


@register.inclusion_tag("workshops/includes/discussed_in.html")
def discussed_in(practice):
    """Series and reports whose "cases discussed" include this case (relations point at
    the English original), shown in the visitor's language where translated."""
    from workshops.models import WorkshopReportPage, WorkshopSeriesPage

    original = practice
    default = Locale.get_default()
    if practice.locale_id != default.pk:
        original = practice.get_translation_or_none(default) or practice
    series = (
        WorkshopSeriesPage.objects.live()
        .public()
        .filter(cases=original, locale=default)
        .order_by("-start_date", "title")
    )
    reports = (
        WorkshopReportPage.objects.live()
        .public()
        .filter(cases=original, locale=default)
        .order_by("date", "path")
    )
    return {"series_list": localize(series), "reports": localize(reports)}
