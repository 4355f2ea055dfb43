"""Links from a case's text to the glossary: the first occurrence of each concept's term.

Applied when the page is rendered (the stored text is never changed): text
outside links, headings and code is scanned for the concept terms of the text's
language, longest first, and the first occurrence of each concept on the page
becomes a link to its glossary entry.
"""

import re

from django.urls import reverse
from django.utils.html import escape

from .models import Concept

TAG = re.compile(r"(<[^>]*>)")
SKIPPED = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "button"}
MIN_TERM_LENGTH = 4


def _term_patterns(language):
    """(regex, concept key) for every term of the language, longest term first."""
    patterns = []
    for concept in Concept.objects.all():
        for term in concept.terms(language):
            if len(term) < MIN_TERM_LENGTH:
                continue
            words = [re.escape(escape(word)) for word in term.split()]
            pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
            patterns.append((len(term), pattern, concept.key))
    patterns.sort(key=lambda item: -item[0])
    return [(pattern, key) for _length, pattern, key in patterns]


def link_terms(html, language, seen, patterns=None):
    """``html`` with the first occurrence of each concept not in ``seen`` linked.

    ``seen`` (a set of concept keys) is updated, so that a concept is linked
    once across the sections of a page.
    """
    patterns = _term_patterns(language) if patterns is None else patterns
    parts = TAG.split(str(html))
    skipped_depth = 0
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            match = re.match(r"<\s*(/)?\s*([a-zA-Z0-9]+)", part)
            if match and match.group(2).lower() in SKIPPED and not part.endswith("/>"):
                skipped_depth += -1 if match.group(1) else 1
                skipped_depth = max(skipped_depth, 0)
            continue
        if skipped_depth or not part.strip():
            continue
        parts[index] = _link_in_text(part, patterns, seen)
    return "".join(parts)


def _link_in_text(text, patterns, seen):
    # Spans already linked in this text segment must not be linked twice.
    taken = []
    links = []
    for pattern, key in patterns:
        if key in seen:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            taken.append((start, end))
            links.append((start, end, key))
            seen.add(key)
            break
    for start, end, key in sorted(links, reverse=True):
        href = reverse("glossary_concept", args=[key])
        text = f'{text[:start]}<a class="glossary-term" href="{href}">{text[start:end]}</a>{text[end:]}'
    return text
