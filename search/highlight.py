"""A short passage of a result where the query's words occur, with those words marked."""

import re

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


def snippet(text, terms, languages=None):
    """Escaped HTML: the densest window of ``text`` with matching words in <mark>."""
    languages = languages or (default_language(),)
    text = " ".join((text or "").split())
    if not text:
        return ""
    tokens = list(TOKEN.finditer(text))
    forms = _forms(terms, languages)
    hits = [
        index for index, token in enumerate(tokens) if _is_match(token.group(), forms, languages)
    ]
    if not hits:
        start, end = 0, min(len(tokens), WINDOW)
    else:
        best = max(hits, key=lambda first: sum(1 for hit in hits if first <= hit < first + WINDOW))
        start = max(0, best - 6)
        end = min(len(tokens), start + WINDOW)
    if not tokens:
        return escape(text[:240])
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
