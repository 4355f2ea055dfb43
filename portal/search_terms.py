"""Visitor text made safe for the search backends.

SQLite FTS5 and PostgreSQL tsquery give meaning to quotes, operators and
brackets; a visitor's stray quote must never become a syntax error (a 500).
Only letters, digits and spaces are passed on, and a backend error still
yields no results rather than an error page.
"""

import logging
import re

from django.db import DatabaseError

from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)
_NOT_WORD = re.compile(r"[^\w\s]+", re.UNICODE)


def plain_words(query):
    return " ".join(_NOT_WORD.sub(" ", query.replace("\x00", " ")).split())


def search_ids(query, queryset, limit=2000):
    """Primary keys of ``queryset`` objects matching the visitor's words."""
    words = plain_words(query)
    if not words:
        return []
    try:
        return [obj.pk for obj in get_search_backend().search(words, queryset)[:limit]]
    except DatabaseError:
        logger.warning("Search failed for %r", words, exc_info=True)
        return []
