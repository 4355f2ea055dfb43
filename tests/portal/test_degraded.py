"""Failing parts degrade: an unreachable search engine and a read-only media volume
cost a feature, never a 500."""

import json
import re
import socket

from django.core.files.storage import default_storage

import pytest

from practices.models import PracticePage

UNAVAILABLE = "Search is unavailable right now"
TEXT_SEARCH_OFF = "Text search is unavailable right now"


def _closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # released on close: nothing listens there


@pytest.fixture
def search_down(settings):
    """Elasticsearch configured at a loopback port where nothing listens."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch8",
            "URLS": [f"http://127.0.0.1:{_closed_port()}"],
            "INDEX_PREFIX": "unreachable_",
            "TIMEOUT": 2,
            "OPTIONS": {"max_retries": 0},
        }
    }


@pytest.mark.parametrize("language", ["en", "de", "sv"])
def test_search_page_says_search_is_unavailable(client, search_down, language):
    """The search page answers 503 in the site's layout, saying why there are no results."""
    response = client.get(f"/{language}/search/", {"q": "job coach"})
    assert response.status_code == 503
    assert response["Retry-After"]
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert "<footer" in html and 'name="q"' in html
    if language == "en":
        assert UNAVAILABLE in html
    assert 'role="alert"' in html


def test_suggestions_answer_with_an_empty_list(client, search_down):
    response = client.get("/en/search/suggest/", {"q": "bost"})
    assert response.status_code == 503
    assert response.json()["suggestions"] == []


def _case_links(html):
    links = re.findall(r'href="/en/practices/([\w-]+)/([\w-]+)/"', html)
    return {link for link in links if link[0] not in ("feed", "export")}


def test_case_listing_filters_by_fields_and_says_words_are_ignored(client, search_down):
    """?q= with search down: the other filters still apply, with a visible notice."""
    response = client.get("/en/practices/", {"q": "coach", "country": "CH"})
    assert response.status_code == 200
    html = response.content.decode()
    assert TEXT_SEARCH_OFF in html
    swiss = set(
        PracticePage.objects.live()
        .filter(locale__language_code="en", territory__country="CH")
        .values_list("territory__slug", "slug")
    )
    assert swiss and _case_links(html) == swiss


def test_library_filters_by_fields_and_says_words_are_ignored(client, search_down):
    response = client.get("/en/library/", {"q": "report", "language": "it"})
    assert response.status_code == 200
    html = response.content.decode()
    assert TEXT_SEARCH_OFF in html
    plain = client.get("/en/library/", {"language": "it"}).content.decode()
    listed = re.findall(r'href="(/en/library/\d+/[\w-]+/)"', plain)
    assert listed and set(listed) == set(re.findall(r'href="(/en/library/\d+/[\w-]+/)"', html))


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_with_words_refuses_rather_than_ignoring_them(client, search_down, fmt):
    """A file filtered without its words would be silently wrong: 503 with a message."""
    response = client.get(f"/en/practices/export/{fmt}/", {"q": "coach"})
    assert response.status_code == 503
    assert TEXT_SEARCH_OFF in response.content.decode()
    assert client.get(f"/en/practices/export/{fmt}/", {"country": "CH"}).status_code == 200


@pytest.mark.parametrize("endpoint", ["pages", "documents", "images"])
def test_api_search_answers_503(client, search_down, endpoint):
    response = client.get(f"/api/v2/{endpoint}/", {"search": "coach"})
    assert response.status_code == 503
    assert "unavailable" in json.loads(response.content)["message"]
    assert client.get(f"/api/v2/{endpoint}/").status_code == 200


def test_reference_model_pdf_is_served_when_media_is_read_only(client, monkeypatch):
    """The PDF is rendered and served even when caching it to the media volume fails."""
    cached = (
        default_storage.listdir("reference-model")[1]
        if default_storage.exists("reference-model")
        else []
    )
    for name in cached:
        default_storage.delete(f"reference-model/{name}")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(default_storage, "save", refuse)
    response = client.get("/en/reference-model/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
