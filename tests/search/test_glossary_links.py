"""The first occurrence of a glossary term in a case's text links to its concept page."""

import re

from django.utils import translation

import pytest

from practices.models import PracticePage
from search.glossary_links import link_terms
from search.models import Concept


def test_only_the_first_occurrence_outside_links_and_headings_is_linked(db):
    concept = Concept.objects.create(key="test-buddy", terms_en="workplace buddy\nbuddy")
    html = (
        "<h2>Workplace buddy</h2><p>A <a href='/x/'>buddy</a> helps.</p>"
        "<p>The workplace buddy meets the new colleague; a buddy also explains.</p>"
    )
    seen = set()
    # Links go to the glossary of the visitor's language (the active one), as on a page.
    with translation.override("en"):
        linked = link_terms(html, "en", seen)
    href = f'href="/en/glossary/{concept.key}/"'
    assert linked.count(href) == 1
    assert f'<a class="glossary-term" {href}>workplace buddy</a> meets' in linked
    assert "<h2>Workplace buddy</h2>" in linked
    assert concept.key in seen
    # A later section of the same page does not link the concept again.
    with translation.override("en"):
        assert href not in link_terms("<p>a buddy</p>", "en", seen)


@pytest.mark.parametrize("code", ["en", "de", "da", "sv", "it"])
def test_a_case_page_links_a_glossary_term_of_its_text_once(client, code):
    """The Herlev case names the case-management concept in every language's text."""
    english = PracticePage.objects.get(
        slug="ip-integration-partnership", locale__language_code="en"
    )
    case = english.get_translation(english.locale.__class__.objects.get(language_code=code))
    html = client.get(case.url).content.decode()
    links = re.findall(r'<a class="glossary-term" href="/' + code + r'/glossary/([\w-]+)/">', html)
    assert links, "no glossary term linked"
    assert len(links) == len(set(links)), "a concept linked twice"
    stored = str(case.problem) + str(case.challenges)
    assert "glossary-term" not in stored
