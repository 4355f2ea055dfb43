"""A search with no results offers close glossary entries, frequent filters and listings."""

import re

import pytest

NO_HIT = "Potenzialabklärungsverfahrenxyz"


def starting_points(html):
    match = re.search(r'<div class="search-starting-points">(.*?)</div>', html, re.S)
    return match.group(1) if match else ""


@pytest.mark.parametrize(
    ("code", "label"),
    [("en", "potential assessment"), ("de", "Potenzialabklärung"), ("sv", "kompetenskartläggning")],
)
def test_no_results_offers_the_closest_glossary_entry(client, code, label):
    response = client.get(f"/{code}/search/", {"q": NO_HIT})
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'class="search-count">\s*0 ', html)
    section = starting_points(html)
    assert f'href="/{code}/glossary/potential-assessment/" lang="{code}">{label}</a>' in section


@pytest.mark.parametrize("code", ["it", "en", "da"])
def test_no_results_offers_frequent_filters_and_listings_to_browse(client, code):
    html = client.get(f"/{code}/search/", {"q": NO_HIT}).content.decode()
    section = starting_points(html)
    # Every territory has at least one case; Monza e Brianza's listing filter is offered.
    assert re.search(
        rf'href="/{code}/practices/\?territory=[a-z-]+">[^<]+</a> <span class="count">\(\d+\)',
        section,
    )
    assert f'href="/{code}/practices/"' in section
    assert f'href="/{code}/glossary/"' in section
    browse = re.search(r'id="browse-heading".*?</ul>', section, re.S).group(0)
    # The practices listing, the methods catalogue, the reference model and the glossary.
    assert browse.count("<li><a href=") == 4


def test_a_search_with_results_shows_no_starting_points(client):
    html = client.get("/en/search/", {"q": "Boston"}).content.decode()
    assert 'class="search-starting-points"' not in html
