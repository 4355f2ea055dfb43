"""The one listing layer (portal.listing) as visitors and programs meet it.

Bad values: every listing page names and ignores them (200), the API and the
exports answer 400 naming the parameter. Filters are keyed on translation keys,
so each language's own slug selects the same content. Synthetic benchmark content
stays out of every public route.
"""

import csv
import io
import re

from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

import pytest

from portal.listing import YEAR_MAX, YEAR_MIN
from practices.listing import PracticeListing
from practices.models import MethodPage, PracticePage, TargetGroup

LANGUAGES = ["en", "it", "de", "da", "sv"]

# Listing page -> (address, a filter it has); the methods catalogue has no year filter.
PAGES = {
    "practices": ("/{lang}/practices/", "territory"),
    "methods": ("/{lang}/methods/", "phase"),
    "workshops": ("/{lang}/workshops/", "territory"),
    "library": ("/{lang}/library/", "territory"),
    "search": ("/{lang}/search/?q=placement&", "territory"),
}
HAS_YEAR = {"practices", "workshops", "library", "search"}


def _names(notice, value):
    """The notice quotes the value (each language with its own quotation marks)."""
    return re.search(rf"[^\w-]{re.escape(value)}[^\w-]", notice) is not None


def _notice(html):
    match = re.search(r'<div class="notice" role="status">(.*?)</div>', html, re.S)
    return match.group(1) if match else ""


def _url(page, lang, query):
    address = PAGES[page][0].format(lang=lang)
    return address + ("" if address.endswith("&") else "?") + query


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", list(PAGES))
def test_bad_values_are_named_and_ignored_on_every_listing_page(client, page, lang):
    """?year=abc, ?page=abc, ?year=1800 and an unknown filter value: 200 and a notice
    naming each value, on every listing page in every language."""
    name = PAGES[page][1]
    # A listing without a year filter (the methods catalogue) names the year as unused.
    asked = [("page", "abc"), (name, "nowhere"), ("year", "twenty")]
    response = client.get(_url(page, lang, "&".join(f"{k}={v}" for k, v in asked)))
    assert response.status_code == 200
    notice = _notice(response.content.decode())
    for _name, value in asked:
        assert _names(notice, value), (page, lang, value)
    if page in HAS_YEAR:
        response = client.get(_url(page, lang, f"year={YEAR_MIN - 100}"))
        assert response.status_code == 200
        assert _names(_notice(response.content.decode()), str(YEAR_MIN - 100))


API_CASES = "/api/v2/pages/?type=practices.PracticePage&"
API_DOCUMENTS = "/api/v2/documents/?"
BAD = [
    ("year", "abc"),
    ("year", str(YEAR_MIN - 100)),
    ("year", str(YEAR_MAX + 1)),
    ("territory", "nowhere"),
    ("target_group", "nowhere"),
    ("method", "nowhere"),
]


@pytest.mark.parametrize("name, value", BAD)
def test_bad_values_are_a_400_naming_the_parameter_in_the_api(client, name, value):
    for base in [API_CASES] + ([API_DOCUMENTS] if name in ("year", "territory") else []):
        response = client.get(f"{base}{name}={value}")
        assert response.status_code == 400, (base, name)
        assert f"'{name}'" in response.json()["message"]


def test_a_page_number_is_not_an_api_parameter(client):
    response = client.get(f"{API_CASES}page=abc")
    assert response.status_code == 400
    assert "page" in response.json()["message"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bad_values_are_a_400_naming_the_parameter_in_the_exports(client, lang):
    cases = f"/{lang}/practices/export/csv/?"
    methods = f"/{lang}/methods/export/json/?"
    for url, name, value in [
        (cases, "year", "abc"),
        (cases, "year", str(YEAR_MIN - 100)),
        (cases, "page", "abc"),
        (cases, "territory", "nowhere"),
        (methods, "phase", "nowhere"),
        (methods, "page", "abc"),
    ]:
        response = client.get(f"{url}{name}={value}")
        assert response.status_code == 400, (url, name, value)
        assert f"'{name}'" in response.content.decode()


def test_a_good_year_is_accepted_by_page_api_and_export(client, locales):
    """The same year range everywhere: 2015 narrows each of them to the same cases."""
    listing = PracticeListing(QueryDict("year=2015"), locales["en"])
    expected = {case.pk for case in listing.results()}
    assert (
        0 < len(expected) < PracticePage.objects.live().filter(locale__language_code="en").count()
    )
    items = client.get(f"{API_CASES}locale=en&limit=100&year=2015").json()["items"]
    assert {item["id"] for item in items} == expected
    rows = csv.DictReader(
        io.StringIO(client.get("/en/practices/export/csv/?year=2015").getvalue().decode())
    )
    assert {int(row["case_id"]) for row in rows} == expected


# -- stable identifiers ------------------------------------------------------------
def _own_slug(obj, slug):
    obj.slug = slug
    obj.save()
    return obj


@pytest.fixture
def danish_slugs(locales):
    """A target group and a method used by cases, whose Danish translations get their
    own slugs; returns {filter: (English slug, Danish slug)}."""
    used = PracticePage.objects.live().filter(locale=locales["en"])
    group = next(
        group
        for group in TargetGroup.objects.filter(locale=locales["en"], practices__in=used)
        if TargetGroup.objects.filter(
            translation_key=group.translation_key, locale=locales["da"]
        ).exists()
    )
    method = next(
        method
        for method in MethodPage.objects.live().filter(locale=locales["en"], practices__in=used)
        if MethodPage.objects.live()
        .filter(translation_key=method.translation_key, locale=locales["da"])
        .exists()
    )
    danish_group = TargetGroup.objects.get(
        translation_key=group.translation_key, locale=locales["da"]
    )
    danish_method = MethodPage.objects.get(
        translation_key=method.translation_key, locale=locales["da"]
    )
    _own_slug(danish_group, "dansk-maalgruppe")
    _own_slug(danish_method, "dansk-metode")
    return {
        "target_group": (group.slug, "dansk-maalgruppe"),
        "method": (method.slug, "dansk-metode"),
    }


def _keys(cases):
    return {str(case.translation_key) for case in cases}


@pytest.mark.parametrize("name", ["target_group", "method"])
def test_each_language_own_slug_filters_the_same_cases(client, locales, danish_slugs, name):
    """A Danish target group or method with its own slug filters the same cases as the
    English one, on the listing, in the API and in the export; the English slug still
    works on /da/, and Danish filter links carry the Danish slug."""
    english, danish = danish_slugs[name]
    expected = _keys(PracticeListing(QueryDict(f"{name}={english}"), locales["en"]).results())
    assert expected
    for lang in LANGUAGES:
        for slug in (english, danish):
            listing = PracticeListing(QueryDict(f"{name}={slug}"), locales[lang])
            assert not listing.unknown, (lang, slug)
            assert _keys(listing.results()) == expected, (lang, slug)
    html = client.get(f"/da/practices/?{name}={danish}").content.decode()
    assert not _notice(html)
    assert f'data-facet="{name}" data-value="{danish}"' in html
    assert f"{name}={danish}" in html and f"{name}={english}" not in html
    counts = {
        slug: re.search(r'class="result-count"[^>]*>\s*(\d+)', html_).group(1)
        for slug, html_ in [
            (slug, client.get(f"/en/practices/?{name}={slug}").content.decode())
            for slug in (english, danish)
        ]
    }
    assert counts[english] == counts[danish] == str(len(expected))
    by_api = {
        slug: {
            item["id"]
            for item in client.get(f"{API_CASES}locale=en&limit=100&{name}={slug}").json()["items"]
        }
        for slug in (english, danish)
    }
    assert by_api[english] == by_api[danish] and len(by_api[english]) == len(expected)
    rows = {
        slug: {
            row["case_id"]
            for row in csv.DictReader(
                io.StringIO(
                    client.get(f"/da/practices/export/csv/?{name}={slug}").getvalue().decode()
                )
            )
        }
        for slug in (english, danish)
    }
    assert rows[english] == rows[danish] and len(rows[danish]) == len(expected)


# -- synthetic content ---------------------------------------------------------------
def test_synthetic_content_stays_out_of_every_public_route(client, settings):
    """Benchmark pages (is_synthetic) are in no listing, search, API, export, feed or
    sitemap; the benchmarks' setting shows them, so the checks can see them."""
    from practices import scale

    scale.generate(cases=3, territories=1, methods=1)
    assert PracticePage.objects.filter(is_synthetic=True, live=True).count() == 3
    routes = [
        "/en/practices/?sort=title",
        "/en/methods/",
        "/en/search/?q=synthetic",
        "/api/v2/pages/?type=practices.PracticePage&limit=100&search=synthetic",
        "/api/v2/pages/?type=practices.TerritoryPage&limit=100",
        "/en/practices/export/csv/",
        "/en/practices/feed/atom/",
        "/sitemap.xml",
    ]
    shown = ["/en/practices/export/csv/", "/api/v2/pages/?type=practices.TerritoryPage"]
    _hidden_then_shown(client, settings, "synthetic-", routes, shown)


def test_synthetic_reports_and_documents_stay_out_of_every_public_route(client, settings):
    """The benchmarks' workshop reports and library documents (``manage.py
    generate_scale_content --reports N --documents N``) are in no listing, series,
    search, API, feed or sitemap; the benchmarks' setting shows them."""
    from library import scale as library_scale
    from workshops import scale as workshop_scale
    from workshops.models import WorkshopSeriesPage

    workshop_scale.generate(reports=3)
    library_scale.generate(documents=3)
    series = WorkshopSeriesPage.objects.live().filter(locale__language_code="en").first()
    routes = [
        "/en/workshops/",
        series.url,
        "/en/library/?sort=title",
        "/en/search/?q=synthetic",
        "/api/v2/documents/?limit=100",
        "/api/v2/pages/?type=workshops.WorkshopReportPage&limit=100",
        "/en/workshops/feed/atom/",
        "/sitemap.xml",
    ]
    shown = ["/en/library/?sort=title", "/api/v2/documents/?limit=100", series.url]
    _hidden_then_shown(client, settings, "[Synthetic]", routes, shown)


def _hidden_then_shown(client, settings, mark, routes, shown):
    """``mark`` is on none of ``routes``, then (benchmarks' setting on) on each of ``shown``."""
    for url in routes:
        assert mark not in _body(client.get(url)), url
    settings.PORTAL_INCLUDE_SYNTHETIC = True
    for url in shown:
        assert mark in _body(client.get(url)), url


def _body(response):
    """The text of a response, streamed (the CSV export) or not."""
    return response.getvalue().decode()


# -- queries -------------------------------------------------------------------------
def test_the_case_listing_reads_the_locale_table_a_fixed_small_number_of_times(client):
    """/en/practices/ does not look the locale up again for every filter: the listing
    and its cards share one lookup. Measured 7: the listing 1, the default locale in
    in_locale_or_default 1, the rest in middleware and template tags (home, language
    switcher, open-data link)."""
    client.get("/en/practices/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/practices/?country=CH").status_code == 200
    lookups = [
        q["sql"] for q in queries if re.match(r'SELECT .* FROM "wagtailcore_locale"', q["sql"])
    ]
    assert len(lookups) <= LOCALE_LOOKUPS, lookups


LOCALE_LOOKUPS = 7
