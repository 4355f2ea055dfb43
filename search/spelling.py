"""'Did you mean': the closest known words, from a vocabulary of the indexed content.

The vocabulary is every word of the live, public pages' searchable text in
the visitor's language and in English, of the public documents (title, summary,
file text), plus the crosswalk's terms. Pages behind a login and documents in
restricted collections are left out: a "did you mean" must not reveal a word
that exists only there. It is cached and dropped whenever a page is published
or unpublished, a document or a view restriction changes, and whenever the portal's
cache generation changes (a collection saved or moved, a snippet changed).
"""

import difflib
import re
from collections import Counter

from django.core.cache import cache

from portal.localization import default_language
from portal.visibility import public_documents, public_pages

from .analysis import fold, words

CACHE_KEY = "search:vocabulary:{language}"
CACHE_SECONDS = 60 * 60
MIN_LENGTH = 4
TAG = re.compile(r"<[^>]+>")


def page_text(page):
    """The searchable text of a specific page, tags removed."""
    from modelsearch.index import SearchField

    parts = []
    for search_field in page.get_search_fields():
        if isinstance(search_field, SearchField):
            value = search_field.get_value(page)
            if isinstance(value, list | tuple):
                value = " ".join(str(item) for item in value)
            if value:
                parts.append(TAG.sub(" ", str(value)))
    return " ".join(parts)


def _build(language):
    from .models import Concept

    counts = Counter()
    originals = {}
    codes = {language, default_language()}

    def add_text(text):
        for word in words(text):
            if len(word) >= MIN_LENGTH and not word.isdigit():
                folded = fold(word)
                counts[folded] += 1
                originals.setdefault(folded, word.lower() if not word.istitle() else word)

    for page in public_pages().filter(locale__language_code__in=codes).specific():
        add_text(page_text(page))
    documents = public_documents().filter(language__in=codes)
    for title, summary, text in documents.values_list("title", "summary", "extracted_text"):
        add_text(" ".join([title, summary, text]))
    for concept in Concept.objects.all():
        for terms in concept.all_terms().values():
            for word in words(" ".join(terms)):
                folded = fold(word)
                counts[folded] += 1
                originals.setdefault(folded, word)
    return {"counts": dict(counts), "originals": originals}


def vocabulary(language):
    from portal.cache import generation

    # Under the portal's generation too: a collection moved under a restricted one (which
    # purges, see portal.cache) takes its documents' words out at once.
    key = f"{CACHE_KEY.format(language=language)}:{generation()}"
    data = cache.get(key)
    if data is None:
        data = _build(language)
        cache.set(key, data, CACHE_SECONDS)
    return data


def forget():
    from django.conf import settings

    from portal.cache import generation

    cache.delete_many(
        [f"{CACHE_KEY.format(language=code)}:{generation()}" for code, _ in settings.LANGUAGES]
    )


def suggest(terms, language):
    """The query with unknown words replaced by the closest known ones; '' if nothing changes."""
    data = vocabulary(language)
    counts, originals = data["counts"], data["originals"]
    changed, corrected = False, []
    for term in terms:
        folded = fold(term)
        if folded in counts or len(folded) < MIN_LENGTH:
            corrected.append(term)
            continue
        candidates = [
            word for word in counts if word[:1] == folded[:1] and abs(len(word) - len(folded)) <= 3
        ]
        matches = difflib.get_close_matches(folded, candidates, n=3, cutoff=0.78)
        if matches:
            best = max(
                matches,
                key=lambda word: (
                    difflib.SequenceMatcher(None, folded, word).ratio(),
                    counts[word],
                ),
            )
            corrected.append(originals[best])
            changed = True
        else:
            corrected.append(term)
    return " ".join(corrected) if changed else ""
