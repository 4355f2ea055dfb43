"""SQLite FTS5 search with Snowball stems for the language of each page and query."""

from django.db.models import Value
from django.utils.functional import cached_property

from modelsearch.backends.database.sqlite.query import SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.index import SearchField
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk

from portal.localization import default_language

from ..analysis import content_words, fold, stem, stems_of, words
from ..decompound import parts_of_text
from . import active_language, language_of


class StemmingObjectIndexer(ObjectIndexer):
    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.language = language_of(obj)

    def _with_stems(self, text):
        """The text, the stems of its words and the parts of its compounds (with their stems)."""
        parts = parts_of_text(text, self.language)
        extra = stems_of(" ".join([text, *parts]), self.language)
        extra = list(dict.fromkeys([*parts, *extra]))
        return f"{text} {' '.join(extra)}" if extra else text

    @cached_property
    def title(self):
        """The page's own title fields only: a related object's ``title`` (a cited
        source's) is body text, not a second page title."""
        texts = []
        for field in self.search_fields:
            if isinstance(field, SearchField) and field.field_name == "title":
                texts.append(self.prepare_value(field.get_value(self.obj)))
        return " ".join(texts)

    @property
    def stemmed_title(self):
        return self._with_stems(self.title)

    @property
    def stemmed_body(self):
        return self._with_stems(self.body)


class StemmingSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        indexers = [StemmingObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        data = {
            indexer.id: {
                "title": indexer.stemmed_title,
                "autocomplete": indexer.autocomplete,
                "body": indexer.stemmed_body,
            }
            for indexer in indexers
        }
        entries = self.entries.filter(content_type_id=get_content_type_pk(model))
        existing = set(entries.filter(object_id__in=data).values_list("object_id", flat=True))
        for object_id in existing:
            entries.filter(object_id=object_id).update(**data[object_id])
        self.entries.bulk_create(
            [
                self.entries.model(
                    content_type_id=get_content_type_pk(model), object_id=object_id, **fields
                )
                for object_id, fields in data.items()
                if object_id not in existing
            ]
        )
        self._refresh_title_norms()


class RawMatch(Value):
    """An FTS5 query string built from word tokens only (no user punctuation reaches FTS5)."""

    def as_sql(self, compiler, connection):
        return "%s", [self.value]


def _quoted(token, prefix=False):
    return f'"{token}"*' if prefix else f'"{token}"'


class StemmingQueryMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = active_language()

    def _term_group(self, token, prefix=False):
        forms = [fold(token)]
        for code in (self.language, default_language()):
            stemmed = stem(token, code)
            if stemmed and stemmed not in forms:
                forms.append(stemmed)
        alternatives = [_quoted(forms[0], prefix)] + [_quoted(form) for form in forms[1:]]
        return "(" + " OR ".join(alternatives) + ")"

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            # Stop words dropped as PostgreSQL's and Elasticsearch's analysers do: FTS5 has
            # none, and "di" or "på" in an any-word query matched every page.
            tokens = content_words(words(query.query_string), self.language)
            if not tokens:
                return None
            groups = [self._term_group(token) for token in tokens[:-1]]
            groups.append(self._term_group(tokens[-1], prefix=self.LAST_TERM_IS_PREFIX))
            connector = " AND " if query.operator.lower() == "and" else " OR "
            return SearchQueryExpression(RawMatch(connector.join(groups)))
        return super().build_search_query_content(query, config=config)


class StemmingSQLiteQueryCompiler(StemmingQueryMixin, SQLiteSearchQueryCompiler):
    pass


class StemmingSQLiteAutocompleteCompiler(SQLiteAutocompleteQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            tokens = [fold(token) for token in words(query.query_string)]
            if not tokens:
                return None
            raw = " AND ".join(
                _quoted(token, prefix=index == len(tokens) - 1)
                for index, token in enumerate(tokens)
            )
            return SearchQueryExpression(RawMatch(raw))
        return super().build_search_query_content(query, config=config)


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = StemmingSQLiteIndex
    query_compiler_class = StemmingSQLiteQueryCompiler
    autocomplete_query_compiler_class = StemmingSQLiteAutocompleteCompiler
