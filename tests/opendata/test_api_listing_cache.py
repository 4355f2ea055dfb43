"""The API listings' fast path (``opendata.api``): the ids of a page in one query, the
items' serialised forms from the fragment cache, the public pages by a cached condition.
What a consumer gets must be byte for byte what Wagtail's own listing gives, for every
visitor, and change as soon as the content does."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import PageViewRestriction

import pytest

from opendata import api
from practices.models import PracticePage

URLS = [
    "/api/v2/pages/",
    "/api/v2/pages/?type=practices.PracticePage",
    "/api/v2/pages/?type=practices.PracticePage&locale=en&limit=3&offset=2",
    "/api/v2/pages/?type=practices.PracticePage&locale=it&fields=*",
    "/api/v2/pages/?type=practices.PracticePage&fields=territory(*),target_groups",
    "/api/v2/pages/?type=practices.PracticePage&fields=_,id&order=-title",
    "/api/v2/pages/?type=practices.PracticePage&country=DK&locale=en&fields=-title",
    "/api/v2/pages/?type=practices.PracticePage,practices.MethodPage&locale=de",
    "/api/v2/pages/?type=practices.MethodPage&fields=*&locale=sv",
    "/api/v2/pages/?locale=da&offset=5&limit=7",
    "/api/v2/pages/?locale=en&child_of=3",
    "/api/v2/pages/?child_of=3&fields=*",
    "/api/v2/documents/",
    "/api/v2/documents/?fields=*&limit=4&offset=1",
]


def _wagtail_listing(self, queryset):
    """Wagtail's own listing: the page of objects with their relations, serialised."""
    queryset = api._with_related(queryset, self.related_fields)
    page = self.paginate_queryset(queryset)
    return self.get_paginated_response(self.get_serializer(page, many=True).data)


def _wagtail_public_pages(monkeypatch):
    """Wagtail's own listing and public pages (its ``pk IN (public pages)`` for a type)."""
    monkeypatch.setattr(api.CheckedAPIMixin, "_listing_from_item_cache", _wagtail_listing)
    monkeypatch.setattr(
        api.PortalPagesAPIViewSet,
        "get_base_queryset",
        lambda self: get_public_pages_queryset(self.request),
    )
    monkeypatch.setattr(
        api.PortalPagesAPIViewSet,
        "_typed_queryset",
        lambda self: PagesAPIViewSet.get_queryset(self),
    )


def _restricted_cases():
    """One English case behind a login, one behind a password; the password one's
    restriction is returned (a visitor can pass it)."""
    cases = PracticePage.objects.live().filter(locale__language_code="en").order_by("pk")
    PageViewRestriction.objects.create(page=cases[0], restriction_type=PageViewRestriction.LOGIN)
    return cases[1], PageViewRestriction.objects.create(
        page=cases[1], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


def _passed(client, restriction):
    session = client.session
    session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()


def _bodies(client, urls):
    bodies = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        bodies.append(response.content)
    return bodies


@pytest.mark.parametrize("visitor", ["anonymous", "passed the password"])
def test_listings_are_byte_identical_to_wagtails_own(client, monkeypatch, visitor):
    """Cold (items serialised) and warm (items from the cache), each listing is the bytes
    Wagtail's own listing gives, restricted cases hidden or shown as for this visitor."""
    _case, restriction = _restricted_cases()
    if visitor != "anonymous":
        _passed(client, restriction)
    cold = _bodies(client, URLS)
    warm = _bodies(client, URLS)
    with monkeypatch.context() as patch:
        _wagtail_public_pages(patch)
        wagtail = _bodies(client, URLS)
    for url, mine, again, theirs in zip(URLS, cold, warm, wagtail, strict=True):
        assert mine == theirs, url
        assert again == theirs, url


def test_many_hidden_pages_are_excluded_by_their_paths(client, monkeypatch):
    """More hidden live pages than ``MAX_HIDDEN_IDS``: the same listing, by tree paths."""
    _restricted_cases()
    url = "/api/v2/pages/?type=practices.PracticePage&locale=en"
    by_id = client.get(url).content
    monkeypatch.setattr(api, "MAX_HIDDEN_IDS", 0)
    from portal.cache import purge

    purge()
    assert client.get(url).content == by_id


def test_a_visitor_who_passed_a_password_does_not_open_it_for_others(client):
    """The case a visitor unlocked is in their listing, never in the anonymous one that
    follows (nor the unlocked visitor's list in theirs)."""
    from django.test import Client

    case, restriction = _restricted_cases()
    url = "/api/v2/pages/?type=practices.PracticePage&locale=en&limit=20"

    def listed(visitor):
        return {item["id"] for item in visitor.get(url).json()["items"]}

    unlocked = Client()
    _passed(unlocked, restriction)
    assert case.pk in listed(unlocked)
    anonymous = listed(client)
    assert case.pk not in anonymous
    assert listed(Client()) == anonymous
    assert listed(unlocked) == anonymous | {case.pk}


def test_a_published_change_shows_in_the_next_listing(client):
    """The cached items belong to the cache generation: a publish shows at once."""
    url = "/api/v2/pages/?type=practices.PracticePage&locale=en&limit=20"
    case = PracticePage.objects.live().get(
        slug="ip-integration-partnership", locale__language_code="en"
    )
    client.get(url)
    case.title = "A title published just now"
    case.save_revision().publish()
    titles = {item["title"] for item in client.get(url).json()["items"]}
    assert "A title published just now" in titles
    PageViewRestriction.objects.create(page=case, restriction_type=PageViewRestriction.LOGIN)
    assert case.pk not in {item["id"] for item in client.get(url).json()["items"]}


def _count(client, url):
    connection.queries_log.clear()  # a full log (9,000 entries) would capture nothing
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return len(queries), response.json(), [q["sql"][:150] for q in queries]


@pytest.mark.parametrize(
    "url, short",
    [
        ("/api/v2/pages/?type=practices.PracticePage&locale=en&limit=3", False),
        ("/api/v2/pages/?type=practices.PracticePage&locale=en&limit=3&fields=*", False),
        ("/api/v2/pages/?type=practices.PracticePage&locale=en&limit=20&fields=*", True),
        ("/api/v2/pages/?limit=20", False),
        ("/api/v2/documents/?limit=2&fields=*", False),
    ],
)
def test_a_listing_seen_before_reads_its_ids_and_total_only(client, url, short):
    """Once its items are cached, a listing costs the page's ids and, for a full page, its
    total: no restriction, locale, relation or object query. The first time, each
    relation asked for costs one query for the whole page."""
    client.get("/api/v2/pages/?limit=1&locale=en")  # the site root paths and locales
    cold, body, sql = _count(client, url)
    warm, again, _sql = _count(client, url)
    assert again == body
    assert warm == (1 if short else 2)
    if "fields=*" in url:
        assert cold >= warm + (2 if "documents" in url else 5)
    else:
        assert cold == warm + 1, sql
