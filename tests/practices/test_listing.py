"""The case listing: filters, counts, sorting, paging and bad input."""

import re

import pytest


def _cards(html):
    return re.findall(r'<article class="card case-card">.*?<h3><a href="([^"]+)"', html, re.S)


def _facet_counts(html, name):
    section = html.split(f'id="facet-{name}"', 1)[1].split("</section>", 1)[0]
    return {
        value: int(count)
        for value, count in re.findall(
            r'data-value="([^"]+)">.*?class="facet__count">(\d+)<', section, re.S
        )
    }


def test_listing_shows_every_case_from_every_territory(client):
    """/en/practices/ lists the seven cases from the seven territories."""
    html = client.get("/en/practices/").content.decode()
    cards = _cards(html)
    assert len(cards) == 7
    for territory in [
        "herlev",
        "sodertalje",
        "glarus",
        "solothurn",
        "monza-brianza",
        "como",
        "mantova",
    ]:
        assert any(f"/en/practices/{territory}/" in url for url in cards), territory
    assert "7 cases" in html


def test_country_filter_shows_exactly_the_swiss_cases(client):
    """?country=CH gives the Glarus and Solothurn cases and nothing else."""
    html = client.get("/en/practices/?country=CH").content.decode()
    cards = _cards(html)
    assert sorted(url.split("/")[3] for url in cards) == ["glarus", "solothurn"]


def test_country_filter_is_case_insensitive(client):
    """?country=ch works like ?country=CH."""
    assert len(_cards(client.get("/en/practices/?country=ch").content.decode())) == 2


def test_filters_combine(client):
    """Country and target group together narrow the list to their intersection."""
    html = client.get(
        "/en/practices/?country=IT&target_group=persons-with-disabilities"
    ).content.decode()
    assert len(_cards(html)) == 3
    html = client.get(
        "/en/practices/?country=CH&target_group=refugees-provisionally-admitted"
    ).content.decode()
    assert len(_cards(html)) == 2
    html = client.get("/en/practices/?country=DK&method=boston-approach").content.decode()
    assert _cards(html) == []
    assert "No case matches these filters" in html


@pytest.mark.parametrize("language", ["en", "it", "de", "da", "sv"])
def test_a_selected_filter_links_to_the_list_without_it(client, language):
    """Following a selected option (without JavaScript) removes that filter: with the
    last filter removed the link leads to the whole list, not back to the same one."""
    from html import unescape

    start = f"/{language}/practices/?country=IT&target_group=persons-with-disabilities"
    for facet, remaining in (("country", 1), ("target_group", 0)):
        html = client.get(start).content.decode()
        href = re.search(
            rf'<a href="([^"]*)" aria-current="true" class="facet__selected" data-facet="{facet}"',
            html,
        ).group(1)
        # As a browser resolves it (urljoin keeps the old query for a bare "?").
        assert href.startswith("?"), href
        start = start.split("?")[0] + unescape(href)
        assert f"{facet}=" not in start
        assert start.count("=") == remaining, start
    assert len(_cards(client.get(start).content.decode())) == 7


def test_facet_counts_follow_the_other_filters(client):
    """With country=IT the territory facet counts only Italian cases."""
    html = client.get("/en/practices/?country=IT").content.decode()
    territories = _facet_counts(html, "territory")
    assert territories == {"como": 1, "mantova": 1, "monza-brianza": 1}
    countries = _facet_counts(html, "country")
    assert countries["IT"] == 3 and countries["CH"] == 2


def test_method_filter_and_year_filter(client):
    """Cases using a method, and cases running in a given year."""
    html = client.get("/en/practices/?method=segmentation-avos").content.decode()
    assert [url.split("/")[3] for url in _cards(html)] == ["solothurn"]
    html = client.get("/en/practices/?year=2015").content.decode()
    territories = sorted(url.split("/")[3] for url in _cards(html))
    assert territories == ["como", "mantova", "monza-brianza"]


def test_evidence_filter(client):
    """?evidence=indications_of_effect gives the Herlev case."""
    html = client.get("/en/practices/?evidence=indications_of_effect").content.decode()
    assert [url.split("/")[3] for url in _cards(html)] == ["herlev"]


@pytest.mark.parametrize(
    "query",
    [
        "territory=nowhere&page=abc",
        "country=XX",
        "year=abc",
        "year=99999",
        "target_group=%3Cscript%3E",
        "sort=random",
        "page=-1",
        "phase=%00",
    ],
)
def test_bad_filter_values_are_named_and_ignored(client, query):
    """Unknown values answer 200, are named on the page, and do not narrow the list."""
    response = client.get(f"/en/practices/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert len(_cards(html)) == 7
    assert "<script>" not in html.split("<main", 1)[1]


def test_unknown_territory_is_reported(client):
    """The message names the unknown value."""
    html = client.get("/en/practices/?territory=nowhere&page=abc").content.decode()
    assert "“nowhere” is not a known value for Territory" in html
    assert "“abc” is not a known value for Page" in html


def test_out_of_range_page_shows_the_last_page(client, settings):
    """?page=999 shows the last page instead of an error."""
    from practices import scale

    settings.PORTAL_INCLUDE_SYNTHETIC = True
    scale.generate(cases=20, territories=2, methods=2)
    html = client.get("/en/practices/?page=999").content.decode()
    assert "Page 3 of 3" in html
    assert len(_cards(html)) == 27 - 24


def test_listing_paginates_by_twelve(client, settings):
    """With more than twelve cases, the first page shows twelve and a next link."""
    from practices import scale

    settings.PORTAL_INCLUDE_SYNTHETIC = True
    scale.generate(cases=10, territories=1, methods=1)
    html = client.get("/en/practices/").content.decode()
    assert len(_cards(html)) == 12
    assert 'rel="next"' in html


def test_sort_by_title(client):
    """?sort=title orders the cards alphabetically."""
    html = client.get("/en/practices/?sort=title").content.decode()
    titles = re.findall(r'<h3><a href="[^"]+">([^<]+)</a>', html)
    assert titles == sorted(titles)


def test_text_filter(client):
    """?q= narrows the listing to cases mentioning the words."""
    html = client.get("/en/practices/?q=computer").content.decode()
    territories = [url.split("/")[3] for url in _cards(html)]
    # Glarus's case is about a computer application; Herlev's German version mentions
    # "Computerunterricht", which decompounding finds where the engine splits compounds.
    assert "glarus" in territories
    assert set(territories) <= {"glarus", "herlev"}


def test_italian_listing_shows_italian_versions_and_english_fallbacks(client):
    """/it/practices/ shows cases in Italian and a case without an Italian version in
    English, marked. (Every shipped case is translated, so one translation is removed.)"""
    from practices.models import PracticePage

    PracticePage.objects.get(slug="ip-integration-partnership", locale__language_code="it").delete()
    html = client.get("/it/practices/").content.decode()
    cards = _cards(html)
    assert len(cards) == 7
    assert all(url.startswith("/it/") or url.startswith("/en/") for url in cards)
    assert "/it/practices/como/como-taking-in-charge/" in cards
    assert "/it/practices/glarus/cm-t-continuous-monitoring/" in cards
    assert "/en/practices/herlev/ip-integration-partnership/" in cards
    assert "Per ora solo in inglese" in html


def test_compare_checkboxes_build_the_compare_url(client):
    """Each card has a compare checkbox inside a GET form that targets /compare/."""
    html = client.get("/en/practices/").content.decode()
    assert '<form id="compare-form" method="get" action="/en/compare/">' in html
    assert 'name="practices" value="ip-integration-partnership"' in html


@pytest.mark.parametrize("language", ["de", "sv"])
def test_cached_cards_and_filter_panel_follow_a_publish(client, language):
    """Cards and the filter panel come from the fragment cache: a renamed case, a new
    case and an unpublished one show on the next visit, in the panel's counts too."""
    from practices.models import PracticePage, TerritoryPage

    from .factories import PracticePageFactory

    url = f"/{language}/practices/?country=CH"
    html = client.get(url).content.decode()
    assert client.get(url).content.decode().count("case-card") == html.count("case-card")
    before = _facet_counts(html, "country")["CH"]
    cards = len(_cards(html))
    cases = PracticePage.objects.live().filter(slug="cm-t-continuous-monitoring")
    case = cases.filter(locale__language_code=language).first() or cases.get(
        locale__language_code="en"
    )
    case.title = "Renamed for the card cache"
    case.save_revision().publish()
    assert "Renamed for the card cache" in client.get(url).content.decode()
    territory = TerritoryPage.objects.get(slug="glarus", locale__language_code="en")
    new = PracticePageFactory(parent=territory, title="A new Glarus case")
    new.save_revision().publish()
    html = client.get(url).content.decode()
    assert _facet_counts(html, "country")["CH"] == before + 1
    assert len(_cards(html)) == cards + 1
    new.unpublish()
    html = client.get(url).content.decode()
    assert _facet_counts(html, "country")["CH"] == before
    assert len(_cards(html)) == cards


@pytest.mark.parametrize("language", ["en", "it", "da"])
def test_a_warm_listing_reads_only_its_page_of_ids(client, language, django_assert_num_queries):
    """Counts, filter panel and cards come from the fragment cache once seen: the
    page's case ids are the only query, the cases themselves are not read again."""
    url = f"/{language}/practices/?target_group=persons-with-disabilities"
    cold = client.get(url).content.decode()
    with django_assert_num_queries(1):
        warm = client.get(url).content.decode()
    assert _cards(warm) == _cards(cold) and len(_cards(warm)) > 1
