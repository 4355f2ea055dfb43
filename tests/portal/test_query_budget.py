"""The query budget (issue 18): every public page type and API list costs an
anonymous visitor at most 12 SQL queries, in every locale, with the initial 7
cases and with 30 more.

Counted on the second request of a URL: the first fills the shared fragment
cache (navigation, language links, breadcrumbs, footer), as the first visitor
after a publish does in production. The page cache itself is off in tests.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify

from wagtail.models import Locale

import pytest

from library.models import LibraryPage
from opendata.models import OpenDataPage
from portal.models import HomePage, PortalSettings
from portal.visibility import public_documents
from practices import scale
from practices.models import (
    MethodIndexPage,
    MethodPage,
    PhasePage,
    PracticeIndexPage,
    PracticePage,
    ReferenceModelPage,
    TerritoryPage,
)
from workshops.models import WorkshopIndexPage, WorkshopReportPage, WorkshopSeriesPage

BUDGET = 12
LANGUAGES = ["en", "it", "de", "da", "sv"]

# Pages still above the budget: kind -> {language: queries measured on 2026-11-30}.
# The search layer and some page types are being reworked in parallel (issue 18).
# Strict: a mark fails as soon as its page fits, so it cannot outlive the fix.
OVER_BUDGET = {}

PAGE_MODELS = {
    "home": HomePage,
    "listing": PracticeIndexPage,
    "territory": TerritoryPage,
    "case": PracticePage,
    "methods": MethodIndexPage,
    "method": MethodPage,
    "reference model": ReferenceModelPage,
    "phase": PhasePage,
    "workshops": WorkshopIndexPage,
    "series": WorkshopSeriesPage,
    "report": WorkshopReportPage,
    "library": LibraryPage,
    "open data": OpenDataPage,
}
KINDS = [
    *PAGE_MODELS,
    "listing with filters",
    "coverage",
    "document",
    "search",
    "search with a crosswalk hit",
    "compare",
    "API cases",
    "API documents",
]


def _page(model, language):
    """A live page of ``model`` in ``language``, the English one where it has none."""
    pages = model.objects.live().public().order_by("path")
    return (
        pages.filter(locale__language_code=language).first()
        or pages.filter(locale=Locale.get_default()).first()
    )


def _url(kind, language):
    if kind in PAGE_MODELS:
        return _page(PAGE_MODELS[kind], language).url
    if kind == "listing with filters":
        return _page(PracticeIndexPage, language).url + (
            "?country=IT&target_group=persons-with-disabilities&sort=title"
        )
    if kind == "coverage":
        return _page(ReferenceModelPage, language).url + "coverage/"
    if kind == "document":
        document = public_documents().order_by("pk").first()
        return f"{_page(LibraryPage, language).url}{document.pk}/{slugify(document.title)}/"
    if kind == "search":
        return f"/{language}/search/?q=Boston"
    if kind == "search with a crosswalk hit":
        # Italian words for job placement: the crosswalk expands them in every language.
        return f"/{language}/search/?q=inserimento+lavorativo"
    if kind == "compare":
        slugs = PracticePage.objects.live().filter(locale__language_code="en")
        slugs = ",".join(slugs.order_by("path").values_list("slug", flat=True)[:3])
        return f"/{language}/compare/?practices={slugs}"
    if kind == "API cases":
        return "/api/v2/pages/?type=practices.PracticePage&fields=*&locale=" + language
    if kind == "API documents":
        return "/api/v2/documents/?fields=*"
    raise AssertionError(kind)


def _count(client, url):
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), [query["sql"] for query in queries.captured_queries]


def _params():
    for kind in KINDS:
        for language in LANGUAGES:
            measured = OVER_BUDGET.get(kind, {}).get(language)
            marks = []
            if measured:
                reason = f"{measured} queries on 2026-11-30 (issue 18)"
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            yield pytest.param(kind, language, marks=marks, id=f"{kind}-{language}")


@pytest.mark.parametrize("size", ["7 cases", "37 cases"])
@pytest.mark.parametrize(("kind", "language"), list(_params()))
def test_public_page_fits_the_query_budget(client, kind, language, size):
    """An anonymous visitor's page costs at most 12 queries, whatever the content size."""
    if size == "37 cases":
        scale.generate(cases=30, territories=2, methods=2)
    url = _url(kind, language)
    count, queries = _count(client, url)
    assert count <= BUDGET, f"{url}: {count} queries\n" + "\n".join(q[:200] for q in queries)


def test_navigation_and_breadcrumbs_show_a_published_title_at_once(client):
    """The cached header and breadcrumbs follow a publish: the renamed case listing
    shows in the menu and the breadcrumb trail on the next render."""
    index = PracticeIndexPage.objects.live().get(locale__language_code="en")
    case = PracticePage.objects.live().filter(locale__language_code="en").first()
    assert index.title in client.get(case.url).content.decode()  # fills the fragment cache
    index.title = "Cases, freshly renamed"
    index.save_revision().publish()
    html = client.get(case.url).content.decode()
    assert html.count("Cases, freshly renamed") == 2, "menu and breadcrumb"


def test_footer_shows_a_changed_setting_at_once(client, site):
    """The cached footer follows a change of the portal settings."""
    client.get("/it/")  # fills the fragment cache
    settings = PortalSettings.for_site(site)
    settings.contact_name = "Ufficio di coordinamento rinominato"
    settings.save()
    assert "Ufficio di coordinamento rinominato" in client.get("/it/").content.decode()


def test_a_moved_route_is_not_served_from_the_cache(client):
    """The primed route follows a slug change: the old address is a 404, the new one answers."""
    case = PracticePage.objects.live().filter(locale__language_code="en").first()
    old_url = case.url
    assert client.get(old_url).status_code == 200  # caches the route
    case.slug = "renamed-for-the-route-cache"
    case.save_revision().publish()
    assert client.get(old_url).status_code == 404
    case.refresh_from_db()  # publish saved the new url_path on a copy of the page
    assert case.url != old_url
    assert client.get(case.url).status_code == 200


# The first request of an address after a publish, once a visitor has seen the home
# page of the language: what a page-cache miss costs in production (each publish
# starts a new generation of the page cache and of the fragments). It also fills
# the page's own fragments, so it is above the budget for the richer pages; these
# are the counts measured on 2026-11-30 (the most of the five languages), so that
# a change that adds queries to that path fails here.
FIRST_REQUEST = {
    "home": 11,
    "listing": 12,
    "territory": 9,
    "case": 23,
    "methods": 12,
    "method": 11,
    "reference model": 13,
    "phase": 11,
    "workshops": 8,
    "series": 10,
    "report": 13,
    "library": 13,
    "open data": 13,
    "listing with filters": 12,
    "coverage": 11,
    "document": 10,
    "search": 47,
    "search with a crosswalk hit": 39,
    "compare": 41,
    "API cases": 13,
    "API documents": 5,
}
# PostgreSQL runs each search tier as a query of its own (SQLite ranks them in one).
FIRST_REQUEST_POSTGRESQL = {"search": 52, "search with a crosswalk hit": 46}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_first_request_after_a_publish(client, kind, language):
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    from portal.cache import purge

    ContentType.objects.get_for_models(*apps.get_models())  # as in a running worker
    url = _url(kind, language)
    purge()
    home = f"/{language}/"
    assert client.get(home if url != home else f"{home}workshops/").status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200, url
    limit = FIRST_REQUEST[kind]
    if connection.vendor == "postgresql":
        limit = FIRST_REQUEST_POSTGRESQL.get(kind, limit)
    assert len(queries) <= limit, f"{url}: {len(queries)} queries\n" + "\n".join(
        query["sql"][:200] for query in queries.captured_queries
    )
