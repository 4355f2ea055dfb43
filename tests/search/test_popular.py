"""'Popular searches' never publishes a visitor's text unreviewed."""

import re

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from search.models import SearchTerm

SCAM = "boston scam call 0800123"


def _popular(client, language="en"):
    html = client.get(f"/{language}/search/").content.decode()
    match = re.search(r'<section aria-labelledby="popular-heading".*?</section>', html, re.S)
    return re.findall(r"<li><a [^>]*>([^<]+)</a></li>", match.group(0)) if match else []


def _search(client, query, visitor):
    response = client.get("/en/search/", {"q": query}, REMOTE_ADDR=f"198.51.100.{visitor}")
    assert response.status_code == 200


@pytest.mark.parametrize("visitors", [1, 25])
def test_a_planted_query_is_never_listed(client, visitors):
    """25 searches of a made-up phrase, from one address or from 25, never show it:
    it returns results (through "boston") but matches no title or crosswalk term."""
    for number in range(25):
        _search(client, SCAM, number % visitors)
    for language in ("en", "it", "sv"):
        assert not any("0800123" in item or "scam" in item for item in _popular(client, language))


def test_a_real_query_is_listed_once_three_visitors_searched_it(client):
    """A title searched by two visitors is not listed; by three (the threshold) it is."""
    for _ in range(10):
        _search(client, "Boston approach", 1)
    _search(client, "boston  APPROACH!", 2)
    assert "boston approach" not in _popular(client)
    _search(client, "Boston approach", 3)
    assert "boston approach" in _popular(client)
    assert "boston approach" in _popular(client, "da")


def test_threshold_is_configurable(client, settings):
    settings.POPULAR_SEARCH_MIN_VISITORS = 5
    for visitor in range(4):
        _search(client, "Boston approach", visitor)
    assert "boston approach" not in _popular(client)
    _search(client, "Boston approach", 4)
    assert "boston approach" in _popular(client)


def test_a_query_without_results_is_not_recorded(client):
    for visitor in range(5):
        _search(client, "qqqxxyz", visitor)
    assert not SearchTerm.objects.filter(query_string__contains="qqqxxyz").exists()


def test_editors_hide_an_entry_in_the_admin(client):
    for visitor in range(3):
        _search(client, "Boston approach", visitor)
    assert "boston approach" in _popular(client)
    term = SearchTerm.objects.get(query_string="boston approach")
    admin = get_user_model().objects.create_superuser("editor-hides", "e@example.org", "pw")
    client.force_login(admin)
    listing = client.get(reverse("wagtailsnippets_search_searchterm:list"))
    assert listing.status_code == 200 and "boston approach" in listing.content.decode()
    edit_url = reverse("wagtailsnippets_search_searchterm:edit", args=[term.pk])
    response = client.post(edit_url, {"hidden": "on"})
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    term.refresh_from_db()
    assert term.hidden
    assert "boston approach" not in _popular(client)
