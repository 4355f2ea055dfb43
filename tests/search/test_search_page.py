"""The search page as a visitor uses it, in five languages."""

import re

from django.utils.html import escape

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from practices.models import MethodPage, PracticePage
from search.models import Concept, SearchTermVisitor

from .conftest import refresh_index


def result_links(response):
    return re.findall(r'<h2><a href="([^"]+)">', response.content.decode())


def test_boston_ranks_the_method_it_names_then_the_sodertalje_case(client):
    """The title tier puts the page the query names ("The Boston approach") first;
    the case that applies it follows."""
    response = client.get("/en/search/", {"q": "Boston"})
    assert response.status_code == 200
    links = result_links(response)
    assert links[0] == "/en/methods/boston-approach/"
    assert "/en/practices/sodertalje/mia-multi-agency-team/" in links[1:3]


def test_sprogundervisning_finds_herlev_in_english_and_in_danish(client):
    english = result_links(client.get("/en/search/", {"q": "sprogundervisning"}))
    danish = result_links(client.get("/da/search/", {"q": "sprogundervisning"}))
    assert "/en/practices/herlev/ip-integration-partnership/" in english[:5]
    assert "/da/practices/herlev/ip-integration-partnership/" in danish[:3]


def test_inserimento_lavorativo_finds_italian_cases_and_others_through_the_crosswalk(client):
    response = client.get("/it/search/", {"q": "inserimento lavorativo"})
    links = result_links(response)
    # Every case has an Italian version now: the top results are cases, read in Italian,
    # led by the placement model of Monza e Brianza.
    assert links[0] == "/it/practices/monza-brianza/servizi-in-rete/"
    # Every top result is read in Italian; cases lead (on Elasticsearch the Italian model
    # document, whose title is the query, also ranks high).
    assert all(link.startswith("/it/") for link in links[:5]), links[:5]
    assert sum(link.startswith("/it/practices/") for link in links[:5]) >= 2, links[:5]
    html = response.content.decode()
    all_links = links + [
        link
        for number in (2, 3, 4)
        for link in result_links(
            client.get("/it/search/", {"q": "inserimento lavorativo", "page": number})
        )
    ]
    others = ["ip-integration-partnership", "mia-multi-agency-team"]
    assert any(link.endswith(f"/{slug}/") for link in all_links for slug in others)
    danish = client.get("/it/search/", {"q": "inserimento lavorativo", "country": "DK"})
    assert "/it/practices/herlev/ip-integration-partnership/" in result_links(danish)
    assert "Also searched:" in html or "Cercato anche" in html
    assert "virksomhedspraktik" in html


def test_misspelt_potenzialabklarung_still_finds_solothurn(client):
    for query in ["Potenzialabklarung", "Potenzialabklärng"]:
        links = result_links(client.get("/de/search/", {"q": query}))
        assert "/de/practices/solothurn/continuous-case-management-pilot/" in links[:5], query


def test_did_you_mean_offers_the_corrected_query(client):
    html = client.get("/de/search/", {"q": "Potenzialabklärng"}).content.decode()
    assert "search-did-you-mean" in html
    assert "Potenzialabklärung" in html


def test_results_show_type_territory_and_highlighted_snippet(client):
    html = client.get("/en/search/", {"q": "Boston"}).content.decode()
    case = next(
        result
        for result in html.split('class="search-result"')[1:]
        if "mia-multi-agency-team" in result
    )
    assert "Case" in case and "Södertälje" in case
    assert "<mark>Boston</mark>" in case


def test_facets_count_and_narrow_the_results(client):
    response = client.get("/it/search/", {"q": "inserimento lavorativo"})
    html = response.content.decode()
    for facet in ["facet-type", "facet-territory", "facet-country", "facet-language"]:
        assert f'id="{facet}"' in html
    narrowed = client.get("/it/search/", {"q": "inserimento lavorativo", "country": "DK"})
    links = result_links(narrowed)
    assert "/it/practices/herlev/ip-integration-partnership/" in links
    assert not any("servizi-in-rete" in link or "/como/" in link for link in links)
    cases = client.get("/it/search/", {"q": "inserimento lavorativo", "type": "case"})
    assert all("/practices/" in link for link in result_links(cases))


def test_concepts_are_a_facet(client):
    html = client.get("/en/search/", {"q": "placement"}).content.decode()
    assert 'id="facet-concept"' in html
    narrowed = client.get("/en/search/", {"q": "placement", "concept": "disability"})
    assert all("/practices/" in link for link in result_links(narrowed))


def test_unknown_filter_value_is_named_and_ignored(client):
    """As on every listing: 200, the value named in a notice, the results unfiltered."""
    response = client.get("/en/search/", {"q": "Boston", "territory": "atlantis"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "“atlantis” is not a known value for Territory" in html
    assert result_links(response) == result_links(client.get("/en/search/", {"q": "Boston"}))
    response = client.get("/en/search/", {"q": "x", "year": "20x5"})
    assert response.status_code == 200
    assert "“20x5” is not a known value for Year" in response.content.decode()


def test_absurd_page_numbers_show_the_last_page(client):
    response = client.get("/en/search/", {"q": "placement", "page": "999999999999"})
    assert response.status_code == 200
    assert result_links(response)


def test_fallback_to_english_content_where_no_translation_exists(client):
    """Without a Swedish version of the Herlev case, a Swedish search shows the English one."""
    PracticePage.objects.get(slug="ip-integration-partnership", locale__language_code="sv").delete()
    refresh_index()
    links = result_links(client.get("/sv/search/", {"q": "sprogundervisning"}))
    assert "/en/practices/herlev/ip-integration-partnership/" in links


def test_documents_are_searched_with_the_text_of_their_files(client):
    from library.models import PortalDocument

    document = PortalDocument.objects.exclude(extracted_text="").first()
    if document is None:
        pytest.skip("no document with extracted text in the initial content")
    word = max(re.findall(r"\w{9,}", document.extracted_text), key=len)
    html = client.get("/en/search/", {"q": word}).content.decode()
    # The title is HTML-escaped on the page ("l'inserimento" -> "l&#x27;inserimento").
    assert escape(document.title) in html


def test_editors_picks_are_shown_and_queries_counted(client):
    method = MethodPage.objects.get(slug="step-model", locale__language_code="en")
    SearchPromotion.objects.create(query=Query.get("trappe"), page=method, description="Start here")
    html = client.get("/en/search/", {"q": "trappe"}).content.decode()
    assert "Recommended" in html and "Start here" in html
    # Queries that return results are counted per distinct visitor (search.popular).
    client.get("/en/search/", {"q": "Step model"})
    assert SearchTermVisitor.objects.filter(term__query_string="step model").count() == 1


def test_popular_searches_are_listed_on_the_empty_search_page(client):
    for visitor in range(3):
        client.get("/en/search/", {"q": "segmentation"}, REMOTE_ADDR=f"192.0.2.{visitor}")
    html = client.get("/en/search/").content.decode()
    assert "Popular searches" in html and "segmentation" in html


def test_suggestions_complete_titles_and_method_names(client):
    data = client.get("/en/search/suggest/", {"q": "bost"}).json()
    titles = [item["title"] for item in data["suggestions"]]
    assert "The Boston approach" in titles
    assert client.get("/en/search/suggest/", {"q": "\x00"}).json() == {"suggestions": []}


def test_an_edited_concept_expands_queries_at_once(client):
    Concept.objects.create(key="test-concept", terms_en="zebrafication", terms_sv="Boston")
    html = client.get("/en/search/", {"q": "zebrafication"}).content.decode()
    assert "/en/practices/sodertalje/mia-multi-agency-team/" in html


def test_query_count_does_not_grow_with_the_number_of_cases(client, django_assert_max_num_queries):
    """A result page costs the same number of queries with 12 more matching cases
    (each counted on the second request, the fragment cache filled by the first)."""
    from tests.practices.factories import PracticePageFactory

    parent = PracticePage.objects.get(
        slug="servizi-in-rete", locale__language_code="en"
    ).get_parent()
    client.get("/en/search/", {"q": "placement"})
    with django_assert_max_num_queries(100) as queries:
        assert client.get("/en/search/", {"q": "placement"}).status_code == 200
    # Counted now: the captured list is a view of the connection's log, which the next
    # request clears.
    baseline = len(queries)
    assert baseline > 0
    for number in range(12):
        PracticePageFactory(
            parent=parent, title=f"Placement study {number}", listing_summary="placement"
        )
    refresh_index()
    # Publishing starts a new cache generation: the first search after it fills the
    # fragment cache (concepts, names, facets of the results), as in production.
    client.get("/en/search/", {"q": "placement"})
    with django_assert_max_num_queries(baseline + 2):
        response = client.get("/en/search/", {"q": "placement"})
    assert "Placement study" in response.content.decode()
