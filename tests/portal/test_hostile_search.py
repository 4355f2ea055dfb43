"""Text boxes never turn a visitor's stray quote or operator into an error."""

import pytest

HOSTILE = [
    '"unbalanced',
    "AND OR NOT",
    "*",
    "NEAR(",
    "'; DROP TABLE x; --",
    "🙂 עברית",
    "a\x00b",
    "(((",
    "x" * 5000,
]


@pytest.mark.parametrize("url", ["/en/practices/", "/en/library/", "/en/search/"])
@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_answer_200(client, url, query):
    """Every text search answers 200 whatever is typed."""
    assert client.get(url, {"q": query}).status_code == 200


def test_words_still_match_after_cleaning(client):
    """Quotes around a word do not stop it from matching."""
    html = client.get("/en/practices/", {"q": '"computer'}).content.decode()
    assert "/en/practices/glarus/" in html
