"""Search backends: Wagtail's database and Elasticsearch 8 backends, made language-aware.

``search.backends.database`` is the embedded default (SQLite FTS5 or PostgreSQL
full-text search); ``search.backends.elasticsearch8`` is chosen when SEARCH_URL
is set. Both analyse each page in the language of its locale and each query in
the language of the visitor.
"""

from django.utils import translation

from ..analysis import base_language


def language_of(obj):
    """The language an indexed object is written in: its locale's, else its own field,
    else the default language."""
    locale = getattr(obj, "locale", None) if getattr(obj, "locale_id", None) else None
    if locale is not None:
        return base_language(locale.language_code)
    return base_language(getattr(obj, "language", None))


def active_language():
    return base_language(translation.get_language())
