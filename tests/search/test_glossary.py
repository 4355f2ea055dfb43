"""The public glossary: the crosswalk's concepts with terms, definitions and tagged pages."""

import re

import pytest

from practices.models import PracticePage
from search.models import Concept, ConceptTag


@pytest.mark.parametrize(
    ("code", "heading", "definition"),
    [
        ("en", "Glossary", "Days on which the participants meet as a group"),
        ("it", "Glossario", "Giornate in cui i partecipanti si incontrano in gruppo"),
        ("de", "Glossar", "Tage, an denen sich die Teilnehmenden als Gruppe treffen"),
        ("da", "Ordliste", "Dage, hvor deltagerne mødes som gruppe"),
        ("sv", "Ordlista", "Dagar då deltagarna träffas som grupp"),
    ],
)
def test_glossary_lists_concepts_with_terms_in_five_languages(client, code, heading, definition):
    """Each locale lists every concept, its terms marked with their language, its definition."""
    response = client.get(f"/{code}/glossary/")
    assert response.status_code == 200
    html = response.content.decode()
    assert definition in html
    for lang, term in [
        ("en", "common days"),
        ("it", "giornate comuni"),
        ("de", "gemeinsame Tage"),
        ("da", "fællesdage"),
        ("sv", "gemensamma dagar"),
    ]:
        assert f'<span lang="{lang}">{term}</span>' in html
    assert f'href="/{code}/glossary/common-days/"' in html
    assert html.count('class="glossary-entry"') == Concept.objects.count()


@pytest.mark.parametrize("code", ["en", "it", "de", "da", "sv"])
def test_concept_page_links_its_tagged_cases_in_the_visitors_language(client, code):
    response = client.get(f"/{code}/glossary/common-days/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="/{code}/practices/herlev/ip-integration-partnership/"' in html
    assert '<dd lang="sv">Dagar då deltagarna träffas som grupp' in html


def test_concept_page_shows_a_newly_tagged_case_and_english_definition_fallback(client):
    """A tag added by an editor appears; a missing definition falls back to English, marked."""
    concept = Concept.objects.create(
        key="test-concept", terms_en="test concept", definition_en="An English-only definition."
    )
    case = PracticePage.objects.live().filter(locale__language_code="en").first()
    ConceptTag.objects.create(concept=concept, page=case)
    html = client.get("/de/glossary/test-concept/").content.decode()
    german = case.get_translation_or_none(type(case.locale).objects.get(language_code="de"))
    assert f'href="{(german or case).url}"' in html
    assert '<p class="lead" lang="en">An English-only definition.</p>' in html


def test_unknown_concept_is_404(client):
    response = client.get("/en/glossary/no-such-concept/")
    assert response.status_code == 404


def test_search_page_links_to_the_glossary(client):
    html = client.get("/it/search/").content.decode()
    assert 'href="/it/glossary/"' in html


def test_glossary_order_follows_the_visitors_language(client):
    """Labels are sorted in the visitor's language, so Italian starts with an Italian term."""
    html = client.get("/it/glossary/").content.decode()
    labels = re.findall(r'<dt><a href="[^"]+" lang="[a-z]+">([^<]+)</a></dt>', html)
    assert labels == sorted(labels, key=str.casefold)
    assert "giornate comuni" in labels


@pytest.mark.parametrize(("code", "query"), [("en", "step model"), ("da", "trappemodel")])
def test_a_search_that_hits_a_concept_links_its_glossary_entry(client, code, query):
    html = client.get(f"/{code}/search/", {"q": query}).content.decode()
    assert f'<a href="/{code}/glossary/step-model/">' in html
