"""Where to go from a search with no results: close glossary concepts, the most
used filter values of the cases, and the listings to browse.

A query with no hit is often a word the portal spells differently, or a concept
named in another language; the glossary entries whose terms look like the query
words (same stem, a shared beginning, or a small edit distance) say what the
portal calls it.
"""

import difflib

from django.urls import reverse

from portal.localization import active_locale, default_language, in_locale_or_default
from portal.visibility import public_pages

from .analysis import fold, stem, words
from .crosswalk import all_concepts

MIN_PREFIX = 5
MIN_RATIO = 0.75
CONCEPTS_SHOWN = 5
VALUES_SHOWN = 5
# The filters worth offering on an empty page: where and for whom the cases are.
POPULAR_FACETS = ("territory", "target_group", "method")


def _similarity(query_word, term_word, codes):
    """How close a query word is to a word of a term (0 when not close at all)."""
    if len(query_word) < 3 or len(term_word) < 3:
        return 1.0 if query_word == term_word else 0.0
    if query_word == term_word:
        return 1.0
    if any(stem(query_word, code) == stem(term_word, code) for code in codes):
        return 0.95
    shorter = min(len(query_word), len(term_word))
    if shorter >= MIN_PREFIX and query_word[:shorter] == term_word[:shorter]:
        return 0.9
    common = 0
    for a, b in zip(query_word, term_word, strict=False):
        if a != b:
            break
        common += 1
    if common >= MIN_PREFIX:
        return 0.85
    ratio = difflib.SequenceMatcher(None, query_word, term_word).ratio()
    return ratio if ratio >= MIN_RATIO else 0.0


def closest_concepts(query, language, limit=CONCEPTS_SHOWN):
    """Glossary concepts whose terms look like the query's words, closest first."""
    query_words = [fold(word) for word in words(query) if len(word) >= 3]
    if not query_words:
        return []
    scored = []
    for concept in all_concepts():
        best = 0.0
        for code, terms in concept.all_terms().items():
            for term in terms:
                for term_word in words(term):
                    folded = fold(term_word)
                    for query_word in query_words:
                        best = max(best, _similarity(query_word, folded, (code, language)))
        if best:
            scored.append((best, concept))
    scored.sort(key=lambda item: (-item[0], item[1].label(language).casefold()))
    return [
        {
            "key": concept.key,
            "label": concept.label(language),
            "label_language": language if concept.terms(language) else default_language(),
            "definition": concept.definition(language)[0],
            "definition_language": concept.definition(language)[1],
        }
        for _score, concept in scored[:limit]
    ]


def _index_page(model):
    """The visitor's-language listing page of a type, else the default language's."""
    pages = in_locale_or_default(public_pages(model.objects.all()), active_locale())
    return pages.order_by("path").first()


def browse_links():
    """The practices listing, the methods catalogue and the reference model, if published."""
    from practices.models import MethodIndexPage, PracticeIndexPage, ReferenceModelPage

    links = []
    for model in (PracticeIndexPage, MethodIndexPage, ReferenceModelPage):
        page = _index_page(model)
        if page is not None:
            links.append({"kind": model._meta.model_name, "title": page.title, "url": page.url})
    return links


def popular_filters(language):
    """The filter values most cases carry, with counts, linking the filtered cases listing.

    Counted by the cases listing itself (``practices.listing``), so a link gives
    exactly the number it shows, with the visitor locale's own slugs."""
    from django.http import QueryDict

    from practices.listing import PracticeListing
    from practices.models import PracticeIndexPage

    listing = _index_page(PracticeIndexPage)
    base_url = listing.url if listing is not None else reverse("search")
    groups = []
    for facet in PracticeListing(QueryDict(), active_locale()).facets():
        if facet["name"] not in POPULAR_FACETS or not facet["options"]:
            continue
        ranked = sorted(facet["options"], key=lambda option: (-option["count"], option["label"]))
        groups.append(
            {
                "name": facet["name"],
                "label": facet["label"],
                "options": [
                    {
                        "label": option["label"],
                        "count": option["count"],
                        "url": f"{base_url}?{option['query'].urlencode()}",
                    }
                    for option in ranked[:VALUES_SHOWN]
                ],
            }
        )
    return groups
