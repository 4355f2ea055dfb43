"""Routing a page address the first time after a publish (issue 18).

``portal.request_memo._route_in_one_query`` finds the page Wagtail's routing would
settle on with one query for the whole path (Wagtail's ``Page.route`` makes two per
tree level). It must agree with Wagtail's own routing on every address a visitor can
ask for: every live page in every language, the routable pages' sub-routes (which win
over a child page with the same slug), draft pages, missing slugs, and a language
whose home page is not live.
"""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Page

import pytest

from portal.memo import close_memo, open_memo
from portal.request_memo import _WAGTAIL, _route_in_one_query
from practices.models import PracticeIndexPage, PracticePage, TerritoryPage

LANGUAGES = ["en", "it", "de", "da", "sv"]


def _wagtail(site, path):
    """The page Wagtail's routing settles on (before the sub-route), or None."""
    request = RequestFactory().get(path)
    request._wagtail_site = site
    result = Page.route_for_request(request, path)
    return None if result is None else result[0].pk


def _ours(site, path):
    found = _route_in_one_query(site, [part for part in path.split("/") if part])
    return None if found is None else found.pk


def _paths(language):
    """Every page's address below the language's home, plus sub-routes and misses."""
    home = Page.objects.get(depth=2, locale__language_code=language)
    paths = ["/"]
    for page in Page.objects.descendant_of(home).order_by("path"):
        relative = page.url_path[len(home.url_path) :]
        paths += [f"/{relative}", f"/{relative}no-such-page/", f"/{relative}feed/rss/"]
    paths += [
        "/practices/export/csv/",
        "/practices/propose/",
        "/practices/monza-brianza/servizi-in-rete/case-sheet/",
        "/practices/no-such-territory/no-such-case/case-sheet/",
        "/reference-model/coverage/",
        "/reference-model/coverage/csv/",
        "/library/1/any-slug/",
        "/library/not-a-number/any-slug/",
        "/methods/finder/",
        "/workshops/calendar/",
        "/no-such-section/",
        "/no-such-section/deeper/still/",
    ]
    return paths


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_address_routes_as_wagtail_does(site, language):
    checked = 0
    with translation.override(language):
        for path in _paths(language):
            assert _ours(site, path) == _wagtail(site, path), path
            checked += 1
    assert checked > 60


def test_drafts_and_a_sub_route_over_a_child_with_the_same_slug(site):
    """A draft case is a 404 and so is anything below it; a draft territory still
    leads to its live cases, as in Wagtail; a routable page's own route wins over a
    child page whose slug is the route's first segment."""
    case = PracticePage.objects.live().filter(locale__language_code="en").first()
    territory = case.get_parent().specific
    case.unpublish()
    territory.unpublish()
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    child = TerritoryPage(title="Export", slug="export", country="IT", main_language="it")
    index.add_child(instance=child)
    child.save_revision().publish()
    home = index.get_parent()
    with translation.override("en"):
        for page in (case, territory, child):
            relative = Page.objects.get(pk=page.pk).url_path[len(home.url_path) :]
            for path in (f"/{relative}", f"/{relative}deeper/"):
                assert _ours(site, path) == _wagtail(site, path), path
        assert _ours(site, "/practices/export/csv/") == index.pk
        assert _ours(site, "/practices/export/") == child.pk
        assert _ours(site, f"/{case.url_path[len(home.url_path) :]}") is None


def test_a_language_whose_home_is_not_live_routes_from_the_default_home(site, home_in):
    home_in("da").unpublish()
    with translation.override("da"):
        for path in ["/", "/practices/", "/practices/monza-brianza/", "/no-such-page/"]:
            assert _ours(site, path) == _wagtail(site, path), path


def test_a_deep_address_costs_one_query(site):
    """The localized home comes from the fragment cache; every level of the path
    from one query, however deep the page."""
    case = PracticePage.objects.live().filter(locale__language_code="it").first()
    home = Page.objects.get(depth=2, locale__language_code="it")
    path = "/" + case.url_path[len(home.url_path) :]
    token = open_memo()  # as in a request: the locales are read once for it
    try:
        with translation.override("it"):
            _ours(site, "/")  # the site's homes in every language: one fragment
            with CaptureQueriesContext(connection) as queries:
                assert _ours(site, path) == case.pk
    finally:
        close_memo(token)
    assert len(queries) == 1, [query["sql"] for query in queries.captured_queries]


def test_a_hostile_deep_address_is_routed_level_by_level(site, client):
    """A path of hundreds of segments is not turned into hundreds of candidates:
    Wagtail's routing stops at the first missing slug, and the visitor gets a 404."""
    path = "/" + "a/" * 400
    with translation.override("en"):
        assert _route_in_one_query(site, [part for part in path.split("/") if part]) is _WAGTAIL
    assert client.get("/en/").status_code == 200  # the header, as after any visitor
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en" + path).status_code == 404
    assert len(queries) <= 4, [query["sql"][:200] for query in queries.captured_queries]
