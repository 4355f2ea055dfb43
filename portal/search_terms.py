"""Visitor text made safe for the search backends, and the one place where an
unreachable search engine is recognised.

SQLite FTS5 and PostgreSQL tsquery give meaning to quotes, operators and
brackets; a visitor's stray quote must never become a syntax error (a 500).
Only letters, digits and spaces are passed on. Every search entry point (the
site search, its suggestions, the listings' ``q``, the API's ``search`` and
``search_operator``) cleans its input here.

When the engine (Elasticsearch) cannot be reached, its transport errors are
turned into ``SearchUnavailable`` by ``engine_guard``; each entry point then
degrades in its own way (a 503 page, a notice, an empty list) instead of a 500.
"""

import logging
import re
from contextlib import contextmanager
from functools import cache

from django.db import DatabaseError
from django.utils.translation import gettext as _

from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)
_NOT_WORD = re.compile(r"[^\w\s]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
MAX_QUERY_LENGTH = 200
OPERATORS = ("and", "or")


class SearchUnavailable(Exception):
    """The search engine cannot answer right now (unreachable, timed out, index missing)."""


@cache
def engine_errors():
    """The exception classes that mean the engine, not the query, failed."""
    errors = []
    try:
        from elastic_transport import TransportError

        errors.append(TransportError)
    except ImportError:  # pragma: no cover - the client is always installed here
        pass
    try:
        from elasticsearch import ApiError

        errors.append(ApiError)
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def is_engine_error(exc):
    return isinstance(exc, (SearchUnavailable, *engine_errors()))


@contextmanager
def engine_guard():
    """Turn the engine's connection and transport errors into ``SearchUnavailable``."""
    try:
        yield
    except SearchUnavailable:
        raise
    except Exception as exc:
        if not is_engine_error(exc):
            raise
        logger.warning("Search engine unavailable: %s", exc)
        raise SearchUnavailable(str(exc)) from exc


def clean_query(raw):
    """What a visitor typed without control characters, squeezed, cut to a sane length,
    and a notice for the page when it had to be cut."""
    if not isinstance(raw, str):
        raw = ""
    query = " ".join(_CONTROL.sub(" ", raw).split())
    if len(query) > MAX_QUERY_LENGTH:
        cut = _("Your search was shortened to its first %(n)d characters.")
        return query[:MAX_QUERY_LENGTH], cut % {"n": MAX_QUERY_LENGTH}
    return query, ""


def plain_words(query):
    """Only the words (letters and digits) of a cleaned query, for the backends."""
    return " ".join(_NOT_WORD.sub(" ", (query or "").replace("\x00", " ")).split())


def clean_operator(raw):
    """``and``/``or`` (any case), None when not given; ValueError for anything else."""
    if raw is None or raw == "":
        return None
    operator = str(raw).strip().lower()
    if operator not in OPERATORS:
        raise ValueError(raw)
    return operator


def search_ids(query, queryset, limit=2000):
    """Primary keys of ``queryset`` objects matching the visitor's words.

    Raises ``SearchUnavailable`` when the engine cannot be reached, so a listing
    can still show its other filters and say that text search is unavailable.
    """
    words = plain_words(query)
    if not words:
        return []
    try:
        with engine_guard():
            return [obj.pk for obj in get_search_backend().search(words, queryset)[:limit]]
    except DatabaseError:
        logger.warning("Search failed for %r", words, exc_info=True)
        return []
