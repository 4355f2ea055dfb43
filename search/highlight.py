"""A short passage of a result where the query's words occur, with those words marked."""

import re
from bisect import bisect_left
from itertools import islice

from django.utils.html import escape
from django.utils.safestring import mark_safe

from portal.localization import default_language

from .analysis import fold, stem, words

TOKEN = re.compile(r"\w+", re.UNICODE)
WINDOW = 32  # words in a snippet


def _forms(terms, languages):
    forms = set()
    for term in terms:
        for word in words(term):
            forms.add(fold(word))
            forms.update(stem(word, code) for code in languages)
    return forms


def _is_match(token, forms, languages):
    folded = fold(token)
    return folded in forms or any(stem(token, code) in forms for code in languages)


# {(forms, languages): {word: whether it matches}}: a pure function of its key, kept for
# the last few queries of the process.
_MATCHES = {}
_MATCHES_MAX = 32
_WORDS_MAX = 20000


def _matches_for(forms, languages):
    key = (frozenset(forms), tuple(languages))
    known = _MATCHES.get(key)
    if known is None or len(known) > _WORDS_MAX:
        if len(_MATCHES) >= _MATCHES_MAX:
            _MATCHES.clear()
        known = _MATCHES[key] = {}
    return known


def snippet(text, terms, languages=None):
    """Escaped HTML: the densest window of ``text`` with matching words in <mark>."""
    languages = languages or (default_language(),)
    text = " ".join((text or "").split())
    if not text:
        return ""
    all_words = TOKEN.findall(text)
    forms = _forms(terms, languages)
    # A word recurs (in a text and across the results): each distinct one is folded and
    # stemmed once for a set of forms.
    known = _matches_for(forms, languages)
    matching = set()
    for word in set(all_words):
        found = known.get(word)
        if found is None:
            found = known[word] = _is_match(word, forms, languages)
        if found:
            matching.add(word)
    hits = [index for index, word in enumerate(all_words) if word in matching]
    if not hits:
        start, end = 0, min(len(all_words), WINDOW)
    else:
        # The first hit that starts the window holding the most hits.
        best, most = hits[0], 0
        for position, first in enumerate(hits):
            count = bisect_left(hits, first + WINDOW, position) - position
            if count > most:
                best, most = first, count
        start = max(0, best - 6)
        end = min(len(all_words), start + WINDOW)
    if not all_words:
        return escape(text[:240])
    # Positions only for the tokens up to the window's end.
    tokens = list(islice(TOKEN.finditer(text), end))
    begin = tokens[start].start()
    finish = tokens[end - 1].end() if end > 0 else len(text)
    hit_set = set(hits)
    parts, cursor = [], begin
    for index in range(start, end):
        token = tokens[index]
        parts.append(escape(text[cursor : token.start()]))
        word = escape(token.group())
        parts.append(f"<mark>{word}</mark>" if index in hit_set else word)
        cursor = token.end()
    parts.append(escape(text[cursor:finish]))
    prefix = "… " if begin > 0 else ""
    suffix = " …" if finish < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every piece escaped above
