"""Compounds in German, Danish and Swedish: split into known words and joined from them.

The word lists (``search/wordlists/<lang>.txt``) are built from the portal's own
vocabulary by ``manage.py build_compound_words``: the words of the content in
that language and the crosswalk's terms. Elasticsearch reads them into a
``dictionary_decompounder`` filter; the database backends use the same lists
here: a compound in a query is also searched as its parts ("stegmodellen" ->
"steg modellen"), adjacent query words as one compound ("trappe model" ->
"trappemodel"), and on SQLite each indexed compound carries its parts.
"""

from functools import lru_cache
from pathlib import Path

from .analysis import fold, stem, words

LANGUAGES = ("de", "da", "sv")
WORDLISTS = Path(__file__).resolve().parent / "wordlists"
MIN_PART = 4  # shorter words ("an", "und", "så") would split almost anything
MIN_WORD = 8  # a word shorter than two parts is not split
LINKS = ("", "s", "e")  # linking letters: Arbeit-s-markt, trapp-e-model


def wordlist_path(code):
    return WORDLISTS / f"{code}.txt"


@lru_cache(maxsize=8)
def vocabulary(code):
    """The folded words of a language's list (empty when the list is missing)."""
    path = wordlist_path(code)
    if code not in LANGUAGES or not path.exists():
        return frozenset()
    return frozenset(fold(line.strip()) for line in path.read_text("utf-8").splitlines() if line)


@lru_cache(maxsize=8)
def _stems(code):
    return frozenset(stem(word, code) for word in vocabulary(code))


def _known(part, code):
    return len(part) >= MIN_PART and (part in vocabulary(code) or stem(part, code) in _stems(code))


def split(word, code):
    """The parts of a compound, longest head first ("trappstegsmodell" -> ["trappsteg", "modell"]),
    or [] when the word is not a compound of known words. The head must be a
    known word (with a linking letter), the rest a known word or a compound."""
    word = fold(word)
    if code not in LANGUAGES or len(word) < MIN_WORD:
        return []
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head, tail = word[:cut], word[cut:]
        for link in LINKS:
            if link and not head.endswith(link):
                continue
            stem_head = head[: len(head) - len(link)] if link else head
            if not _known(stem_head, code):
                continue
            if _known(tail, code):
                return [stem_head, tail]
            rest = split(tail, code)
            if rest:
                return [stem_head, *rest]
    return []


def parts_of_text(text, code):
    """The compound parts of a text's words (for indexing next to the words)."""
    parts = []
    for token in words(text):
        for part in split(token, code):
            if part not in parts:
                parts.append(part)
    return parts


def joined(terms, code):
    """Adjacent query words that are known as one compound ("trappe model" -> "trappemodel")."""
    folded = [fold(term) for term in terms]
    out = []
    for first, second in zip(folded, folded[1:], strict=False):
        for link in LINKS:
            candidate = f"{first}{link}{second}"
            if candidate in vocabulary(code):
                out.append(candidate)
                break
    return out


def query_variants(terms):
    """Other forms of a query for the compound tier, in every compound language:
    each compound replaced by its parts, and adjacent words joined."""
    variants = []
    for code in LANGUAGES:
        split_terms, changed = [], False
        for term in terms:
            parts = split(term, code)
            changed = changed or bool(parts)
            split_terms.extend(parts or [term])
        if changed:
            variants.append(" ".join(split_terms))
        variants.extend(joined(terms, code))
    return list(dict.fromkeys(variant for variant in variants if variant))
