"""What a case page shows of the workshops: the series and reports that discussed it."""

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("workshops/includes/discussed_in.html")
def discussed_in(practice):
    """Series and reports whose "cases discussed" include this case, in the case's language
    where translated, else in the default one.

    Relations point at the English original, which shares the case's translation key: one
    query, whatever the number of workshops, so the case page's cost stays flat.
    """
    from workshops.models import WorkshopReportPage, WorkshopSeriesPage

    key = practice.translation_key
    pages = (
        Page.objects.live()
        .public()
        .filter(
            Q(workshopseriespage__cases__translation_key=key)
            | Q(workshopreportpage__cases__translation_key=key)
        )
        .select_related("locale")
        .distinct()
        .order_by("path")
    )
    chosen = {}
    for page in pages:
        if page.locale_id == practice.locale_id:
            chosen[page.translation_key] = page
        elif page.locale.language_code == settings.LANGUAGE_CODE:
            chosen.setdefault(page.translation_key, page)
    series_type = ContentType.objects.get_for_model(WorkshopSeriesPage).pk
    report_type = ContentType.objects.get_for_model(WorkshopReportPage).pk
    ordered = sorted(chosen.values(), key=lambda page: page.path)
    return {
        "series_list": [page for page in ordered if page.content_type_id == series_type],
        "reports": [page for page in ordered if page.content_type_id == report_type],
    }
