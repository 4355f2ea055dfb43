"""What the open-data page shows: endpoints, filters with real values, downloads."""

from django.urls import reverse

from portal.localization import active_locale, in_locale_or_default
from portal.visibility import public_pages
from practices.models import (
    Country,
    MethodIndexPage,
    MethodPage,
    PhasePage,
    PracticeIndexPage,
    ReferenceModelPage,
    TargetGroup,
    TerritoryPage,
)
from workshops.models import WorkshopIndexPage


def _first(model, locale):
    return in_locale_or_default(model.objects.live().public(), locale).first()


def _absolute(page, request):
    url = page.get_url(request)
    return request.build_absolute_uri(url) if request else url


def documentation(request):
    locale = active_locale()
    api = reverse("wagtailapi:pages:listing").rsplit("pages/", 1)[0]
    root = request.build_absolute_uri(api) if request else api
    code = locale.language_code
    territories = [
        (slug, f"{title}, {country}")
        for slug, title, country in in_locale_or_default(
            public_pages(TerritoryPage.objects.all()), locale
        )
        .order_by("title")
        .values_list("slug", "title", "country")
    ]
    target_groups = {}
    for slug, name, locale_id in TargetGroup.objects.order_by("sort_order").values_list(
        "slug", "name", "locale_id"
    ):
        if slug not in target_groups or locale_id == locale.pk:
            target_groups[slug] = name
    methods = list(
        in_locale_or_default(public_pages(MethodPage.objects.all()), locale)
        .order_by("title")
        .values_list("slug", "title")
    )
    phases = list(
        in_locale_or_default(public_pages(PhasePage.objects.all()), locale)
        .order_by("sort_order")
        .values_list("key", "title")
    )
    practices = _first(PracticeIndexPage, locale)
    catalogue = _first(MethodIndexPage, locale)
    model = _first(ReferenceModelPage, locale)
    workshops = _first(WorkshopIndexPage, locale)
    examples = [
        f"{root}pages/?type=practices.PracticePage&locale={code}",
        f"{root}pages/?type=practices.PracticePage&fields=*&locale={code}",
        f"{root}pages/?type=practices.PracticePage&country=CH&fields=territory,indicators",
        f"{root}pages/?type=practices.MethodPage&fields=what_it_is,phases&locale={code}",
        f"{root}pages/?type=practices.PhasePage&fields=key,objectives,typical_duration",
        f"{root}pages/?type=workshops.WorkshopReportPage&fields=date,critical_nodes",
        f"{root}documents/?fields=document_type,language,territory,summary",
        f"{root}images/",
    ]
    downloads = []
    if practices:
        base = _absolute(practices, request)
        downloads.append(("cases", base + "export/csv/", base + "export/json/"))
        downloads.append(("cases_ch", base + "export/csv/?country=CH", None))
    if catalogue:
        base = _absolute(catalogue, request)
        downloads.append(("methods", base + "export/csv/", base + "export/json/"))
    if model:
        base = _absolute(model, request)
        downloads.append(("coverage", base + "coverage/csv/", base + "coverage/json/"))
    evidence_map = [reverse("evidence_map_export", args=[fmt]) for fmt in ("csv", "json")]
    if request is not None:
        evidence_map = [request.build_absolute_uri(url) for url in evidence_map]
    downloads.append(("evidence_map", *evidence_map))
    feeds = []
    if practices:
        feeds.append(("cases", _absolute(practices, request) + "feed/atom/"))
    if workshops:
        feeds.append(("reports", _absolute(workshops, request) + "feed/atom/"))
    return {
        "api_root": root,
        "api_examples": examples,
        "filter_values": {
            "territory": territories,
            "country": list(Country.choices),
            "target_group": list(target_groups.items()),
            "method": methods,
            "phase": phases,
        },
        "downloads": downloads,
        "feeds": feeds,
        "sitemap_url": request.build_absolute_uri("/sitemap.xml") if request else "/sitemap.xml",
    }
