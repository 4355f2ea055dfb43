"""Query expansion through the concept crosswalk.

A concept matches when one of its terms occurs in the query (compared word by
word on stems in the term's own language, so "inserimenti lavorativi" hits
"inserimento lavorativo"). The query is then also run with the concept's terms
in the other languages.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from portal.localization import content_languages

from .analysis import is_stop_word, stem, words

MAX_EXTRA_TERMS = 16


@lru_cache(maxsize=4096)
def _stems(text, code):
    return tuple(stem(token, code) for token in words(text) if not is_stop_word(token, code))


@lru_cache(maxsize=1024)
def _terms_of(texts):
    """``{language code: [terms]}`` of a concept's ``((code, terms text), ...)``, as
    ``Concept.all_terms`` gives them; split once per process (read-only)."""
    from .models.crosswalk import split_terms

    terms = ((code, split_terms(text)) for code, text in texts)
    return {code: values for code, values in terms if values}


def _all_terms(concept):
    return _terms_of(
        tuple((code, getattr(concept, f"terms_{code}", "")) for code in content_languages())
    )


def _contains(haystack, needle):
    if not needle or len(needle) > len(haystack):
        return False
    return any(
        haystack[start : start + len(needle)] == needle
        for start in range(len(haystack) - len(needle) + 1)
    )


@dataclass
class Expansion:
    concepts: list = field(default_factory=list)
    terms: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.terms)


def all_concepts():
    """Every concept of the crosswalk, from the fragment cache, read once per request."""
    from .fragments import concepts

    return concepts()


def expand(query, concepts=None):
    """The concepts a query hits and the other-language terms to search as well."""
    concepts = all_concepts() if concepts is None else concepts
    query_stems = {}
    matched, extra = [], []
    for concept in concepts:
        all_terms = _all_terms(concept)
        hit_terms = set()
        for code, terms in all_terms.items():
            if code not in query_stems:
                query_stems[code] = _stems(query, code)
            for term in terms:
                if _contains(query_stems[code], _stems(term, code)):
                    hit_terms.add(term.casefold())
        if not hit_terms:
            continue
        matched.append((concept, all_terms, hit_terms))
    # Preferred terms of every matched concept first, then the second terms, and so on.
    depth = max(
        (len(terms) for _c, all_terms, _h in matched for terms in all_terms.values()), default=0
    )
    for rank in range(depth):
        for _concept, all_terms, hit_terms in matched:
            for terms in all_terms.values():
                term = terms[rank] if rank < len(terms) else None
                if term and term.casefold() not in hit_terms and term not in extra:
                    extra.append(term)
    return Expansion(concepts=[item[0] for item in matched], terms=extra[:MAX_EXTRA_TERMS])
