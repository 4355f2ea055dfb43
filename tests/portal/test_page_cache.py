"""The anonymous page cache (portal/cache.py): hits make no queries, and every
change a visitor could see purges it."""

import socket

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

import pytest

from practices.models import Organisation, PracticePage

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def page_cache():
    cache.clear()
    with override_settings(PORTAL_PAGE_CACHE_SECONDS=300):
        yield
    cache.clear()


def _queries(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


@pytest.mark.parametrize(
    "url",
    ["/en/practices/", "/it/practices/?country=IT", "/de/methods/", "/da/", "/sv/reference-model/"],
)
def test_repeated_anonymous_request_makes_no_query(client, url):
    """The second anonymous request of a page is answered from the cache with no SQL."""
    first, first_queries = _queries(client, url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    assert first_queries > 0
    second, second_queries = _queries(client, url)
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert second_queries == 0
    assert second.content == first.content


def test_query_string_is_part_of_the_key(client):
    """A filtered listing is not answered with the unfiltered one."""
    everything = client.get("/en/practices/")
    swiss = client.get("/en/practices/?country=CH")
    assert swiss["X-Page-Cache"] == "miss"
    assert swiss.content != everything.content


def test_publishing_a_change_shows_at_once(client):
    """Publishing purges: the next anonymous request sees the new title."""
    case = PracticePage.objects.live().filter(locale__language_code="en").first()
    url = case.url
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    case.title = "A freshly published title"
    case.save_revision().publish()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "A freshly published title" in response.content.decode()
    listing = client.get("/en/practices/")
    assert "A freshly published title" in listing.content.decode()


def test_unpublishing_removes_the_case_from_the_cached_listing(client):
    case = PracticePage.objects.live().filter(locale__language_code="en").first()
    assert case.title in client.get("/en/practices/").content.decode()
    case.unpublish()
    assert case.title not in client.get("/en/practices/").content.decode()


def test_a_draft_save_does_not_purge(client):
    """Editors saving drafts leave the public cache alone (nothing public changed)."""
    case = PracticePage.objects.live().filter(locale__language_code="en").first()
    client.get(case.url)
    case.title = "Draft only"
    case.save_revision()
    response = client.get(case.url)
    assert response["X-Page-Cache"] == "hit"
    assert "Draft only" not in response.content.decode()


def test_snippet_change_purges(client):
    """Renaming an organisation (a snippet shown on case pages) shows at once."""
    case = (
        PracticePage.objects.live()
        .filter(locale__language_code="en", organisation_roles__isnull=False)
        .distinct()
        .first()
    )
    organisation = case.organisation_roles.first().organisation
    client.get(case.url)
    organisation.name = "Renamed Organisation Ltd"
    organisation.save()
    assert "Renamed Organisation Ltd" in client.get(case.url).content.decode()
    assert Organisation.objects.filter(name="Renamed Organisation Ltd").exists()


def test_logged_in_editor_always_gets_a_fresh_page(client):
    """A session cookie bypasses the cache both ways: nothing served, nothing stored."""
    user = get_user_model().objects.create_superuser("cache-editor", "e@example.org", "pw")
    client.get("/en/practices/")
    client.force_login(user)
    response, queries = _queries(client, "/en/practices/")
    assert "X-Page-Cache" not in response
    assert queries > 0
    client.logout()


def test_form_pages_and_search_are_not_cached(client):
    """A page with a CSRF token is personal; search counts each query."""
    form = client.get("/en/practices/propose/")
    assert form.status_code == 200
    assert form.get("X-Page-Cache") != "hit"
    assert client.get("/en/practices/propose/").get("X-Page-Cache") != "hit"
    client.get("/en/search/?q=Boston")
    assert "X-Page-Cache" not in client.get("/en/search/?q=Boston")


def test_errors_are_not_cached(client):
    assert client.get("/en/practices/no-such-territory/").status_code == 404
    response = client.get("/en/practices/no-such-territory/")
    assert "X-Page-Cache" not in response


def test_cache_is_off_without_seconds(client):
    with override_settings(PORTAL_PAGE_CACHE_SECONDS=0):
        client.get("/en/practices/")
        response, queries = _queries(client, "/en/practices/")
    assert "X-Page-Cache" not in response
    assert queries > 0


def _closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when the block ends


def test_an_unreachable_redis_serves_pages_uncached(client):
    """CACHE_URL pointing at a closed port: every page still answers 200, uncached."""
    from portal.settings.base import cache_from_url

    config = cache_from_url(f"redis://127.0.0.1:{_closed_port()}/0")
    case = PracticePage.objects.live().filter(locale__language_code="en").first()
    with override_settings(CACHES={"default": config}):
        for url in ("/en/", "/it/practices/?country=IT", case.url, "/de/methods/"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert response["X-Page-Cache"] == "miss"
            assert client.get(url)["X-Page-Cache"] == "miss"
