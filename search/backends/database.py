"""Wagtail's database search backend with per-language analysis.

PostgreSQL: each object is indexed with the text-search configuration of its
language (italian, german, danish, swedish, english) and queries use the
configuration of the active language. SQLite FTS5 has no stemmer, so the
indexed text carries Snowball stems of its words and each query word matches
itself or its stem in the active language or in English (the fallback content).
"""

from django.db import connection


def SearchBackend(params):  # noqa: N802 - Wagtail looks the factory up by this name
    if connection.vendor == "postgresql":
        from .postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.utils import fts5_available

        if fts5_available():
            from .sqlite import StemmingSQLiteSearchBackend

            return StemmingSQLiteSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as DefaultBackend

    return DefaultBackend(params)
