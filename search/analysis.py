"""Language analysis shared by every engine: tokens, stop words and Snowball stems.

Elasticsearch and PostgreSQL bring their own per-language analysers; SQLite's
FTS5 has none, so the database backend indexes and queries stems made here,
and the highlighter and the crosswalk use the same rules to find matches.
"""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

from portal.localization import base_language, language_setting

from .stopwords import STOP_WORDS

WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


# A Snowball stemmer keeps the word it works on in its own attributes, so one
# instance must never serve two threads at once (gunicorn's threaded workers
# raised IndexError deep inside the Swedish stemmer): one instance per thread.
_local = threading.local()


def _stemmer(code):
    language = language_setting("snowball", base_language(code))
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(language)
    return stemmers[language]


@lru_cache(maxsize=65536)
def fold(word):
    """Lower case without diacritics: 'Södertälje' -> 'sodertalje'."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    """Word tokens of a text; underscores and digits-only tokens are kept as words."""
    return [token for token in WORD.findall(text or "") if token.strip("_")]


@lru_cache(maxsize=65536)
def stem(word, code):
    # Pure-Python Snowball is the hot path of highlighting and the crosswalk: memoised.
    return fold(_stemmer(code).stemWord(word.casefold()))


def is_stop_word(word, code):
    return word.casefold() in STOP_WORDS.get(base_language(code), frozenset())


def content_words(terms, code):
    """The terms that are not stop words of the language, or all of them when every one is:
    what PostgreSQL's and Elasticsearch's analysers keep of a query ("scambio di buone
    pratiche" -> "scambio buone pratiche")."""
    kept = [term for term in terms if not is_stop_word(term, code)]
    return kept or list(terms)


def query_terms(text, code):
    """The searchable words of a query, at most MAX_TERMS.

    Stop words are kept: dropping them from the query moved no relevance figure
    on any engine (docs/search.md), and the engines' own analysers ignore them
    where they matter. The crosswalk still ignores them when it compares terms.
    """
    return words(text)[:MAX_TERMS]


def stems_of(text, code):
    """Stems of a text's words, for indexing alongside the words themselves."""
    seen, stems = set(), []
    for token in words(text):
        stemmed = stem(token, code)
        if stemmed != fold(token) and stemmed not in seen:
            seen.add(stemmed)
            stems.append(stemmed)
    return stems
