"""Visitor text made safe for the search backends.

SQLite FTS5 and PostgreSQL tsquery give meaning to quotes, operators and
brackets; a visitor's stray quote must never become a syntax error (a 500).
Only letters, digits and spaces are passed on, and a backend error still
yields no results rather than an error page.
"""

import logging
import re

from django.db import DatabaseError
from django.utils.translation import gettext as _

from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)
_NOT_WORD = re.compile(r"[^\w\s]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """What a visitor typed without control characters, squeezed, cut to a sane length,
    and a notice for the page when it had to be cut."""
    query = " ".join(_CONTROL.sub(" ", raw or "").split())
    if len(query) > MAX_QUERY_LENGTH:
        cut = _("Your search was shortened to its first %(n)d characters.")
        return query[:MAX_QUERY_LENGTH], cut % {"n": MAX_QUERY_LENGTH}
    return query, ""


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
