"""PostgreSQL full-text search with the text-search configuration of each language."""

from collections import defaultdict

from modelsearch.backends.database.postgres import postgres as modelsearch_postgres
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from portal.localization import language_settings

from .. import features
from ..decompound import parts_of_text
from . import active_language, language_of

# PostgreSQL's text-search configurations carry the Snowball stemmers' names.
POSTGRES_CONFIGS = language_settings("snowball")


class _ConfiguredBackend:
    """What the indexer reads from its backend, with one language's configuration."""

    def __init__(self, backend, config):
        self.config = config
        self.autocomplete_config = backend.autocomplete_config


class CompoundObjectIndexer(ObjectIndexer):
    """Title and body texts carry the parts of their compounds (German, Danish, Swedish), as
    on SQLite and in Elasticsearch's index analyser: "Stufenmodell" is also found by "Modell"
    and by the query split into "stufen modell"."""

    def as_vector(self, texts, for_autocomplete=False):
        if not for_autocomplete:
            language = language_of(self.obj)
            texts = [
                (
                    f"{text} {' '.join(parts)}"
                    if (parts := parts_of_text(text, language))
                    else text,
                    weight,
                )
                for text, weight in texts
            ]
        return super().as_vector(texts, for_autocomplete=for_autocomplete)


# Wagtail's PostgresIndex.add_items builds its indexers from this module-level name; it has
# no hook for the indexer class, so the compound-aware one is put in its place.
modelsearch_postgres.ObjectIndexer = CompoundObjectIndexer


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        groups = defaultdict(list)
        for obj in objs:
            groups[POSTGRES_CONFIGS[language_of(obj)]].append(obj)
        backend = self.backend
        try:
            for config, group in groups.items():
                self.backend = _ConfiguredBackend(backend, config)
                super().add_items(model, group)
        finally:
            self.backend = backend


class LanguageQueryMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Captured now: the results are evaluated later, maybe outside the request's language.
        self.language_config = POSTGRES_CONFIGS[active_language()]

    def get_config(self, backend):
        return self.language_config

    def build_tsquery(self, query, config=None):
        """The query stemmed as the visitor's language and as every other content language.

        Each object is indexed with the configuration of its own language, so an
        Italian document is stored with Italian stems; searching it from the
        English site must stem the words the Italian way too.
        """
        if config != self.language_config or not features.on("every-language"):
            return super().build_tsquery(query, config=config)
        configs = [config] + [other for other in POSTGRES_CONFIGS.values() if other != config]
        combined = None
        for each in configs:
            part = super().build_tsquery(query, config=each)
            if part is not None:
                combined = part if combined is None else combined | part
        return combined


class LanguagePostgresQueryCompiler(LanguageQueryMixin, PostgresSearchQueryCompiler):
    pass


class LanguagePostgresAutocompleteCompiler(PostgresAutocompleteQueryCompiler):
    pass


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex
    query_compiler_class = LanguagePostgresQueryCompiler
    autocomplete_query_compiler_class = LanguagePostgresAutocompleteCompiler
