"""SQLite FTS5 search with Snowball stems for the language of each page and query."""

from contextlib import nullcontext

from django.db import connection
from django.db.models import BooleanField, IntegerField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils import translation
from django.utils.functional import cached_property

from modelsearch.backends.database.sqlite.query import (
    MatchExpression,
    SearchQueryExpression,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.index import SearchField
from modelsearch.query import MatchAll, Not, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

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


def _match(backend, query, queryset):
    """The compiler of ``query`` over ``queryset`` and its FTS5 MATCH expression (None when
    the query has no words to match), analysed in the active language."""
    compiler = backend.query_compiler_class(
        queryset, query, operator=getattr(query, "operator", None)
    )
    normalized = normalize(compiler.query)
    if isinstance(normalized, MatchAll | Not):
        return compiler, None
    search_query = compiler.build_search_query(normalized, config=compiler.get_config(backend))
    if search_query is None:
        return compiler, None
    return compiler, MatchExpression(compiler.fields or compiler.FTS_TABLE_FIELDS, search_query)


def _match_text(match):
    """The MATCH string of ``match``: the statement's one parameter that differs by query."""
    compiler = SQLiteFTSIndexEntry.objects.all().query.get_compiler(connection=connection)
    _sql, params = match.as_sql(compiler, connection)
    return params[0]


def _shape(query):
    """What the statement of a query depends on besides its MATCH string: the score's form
    (``build_tsrank``: a plain text is one BM25, an And or Or combines its subqueries')."""
    subqueries = getattr(query, "subqueries", None)
    if subqueries is not None:
        return (type(query).__name__, tuple(_shape(subquery) for subquery in subqueries))
    return (type(query).__name__,)


# Statements by what they are built from (the candidates' SQL and parameters, the
# model, the score's form, the limit): the same for every request with the same
# candidates, so built through the ORM once per process. Only the MATCH string differs.
_TEMPLATES = {}
_TEMPLATES_MAX = 512


def _ranked_sql(backend, query, queryset, limit, candidates=None):
    """SQL and params of the ``limit`` best (score, object pk) of ``query`` over ``queryset``.

    The same match and BM25 score as ``SQLiteSearchQueryCompiler.search``, written from
    the full-text side: the candidates are one subquery and each match is scored once.
    Wagtail's own query scores each matching row again in a correlated subquery, which
    grows with the square of the matches (thousands of synthetic cases). None when the
    query has no words to match.
    """
    compiler, match = _match(backend, query, queryset)
    if match is None:
        return None
    compiler.check()
    config = compiler.get_config(backend)
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
    if candidates is None:
        candidates = queryset.order_by().values("pk").query.sql_with_params()
    sql, params = candidates
    # Each match looks its object up among the candidates (by primary key), rather than
    # ``object_id IN (candidates)``, which SQLite builds into a temporary index of every
    # candidate (6,000 pages at 5,000 cases) for each tier, however few the matches.
    among = RawSQL(
        f'EXISTS (SELECT 1 FROM ({sql}) "candidates" '
        f'WHERE "candidates"."pk" = "wagtailsearch_indexentry"."object_id")',
        params,
        output_field=BooleanField(),
    )
    entries = (
        SQLiteFTSIndexEntry.objects.filter(match)
        .filter(index_entry__content_type__in=get_descendants_content_types_pks(queryset.model))
        .filter(among)
        .annotate(score=rank, object_pk=Cast("index_entry__object_id", IntegerField()))
        .order_by("score", "-object_pk")
        .values_list("score", "object_pk")[:limit]
    )
    return entries.query.sql_with_params()


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = StemmingSQLiteIndex
    query_compiler_class = StemmingSQLiteQueryCompiler
    autocomplete_query_compiler_class = StemmingSQLiteAutocompleteCompiler

    def ranked_pks(self, requests, limit):
        """Object pks, best first, of several searches in one SQL statement.

        ``requests``: (query, queryset, language) with ``language`` the analysis language
        (None: the active one). Returns one list per request, in order; each the same
        ranking as ``search(query, queryset)[:limit]``.
        """
        parts, params = [], []
        # Tiers share their candidates (compiled to SQL once per request) and the
        # statement of a shape of query (built through the ORM once per process, see
        # ``_TEMPLATES``): only the MATCH string differs.
        candidates = {}
        for index, (query, queryset, language) in enumerate(requests):
            if id(queryset) not in candidates:
                sql, sql_params = queryset.order_by().values("pk").query.sql_with_params()
                candidates[id(queryset)] = (sql, tuple(sql_params))
            with translation.override(language) if language else nullcontext():
                _compiler, match = _match(self, query, queryset)
                if match is None:
                    continue
                text = _match_text(match)
                shape = (
                    queryset.model._meta.label_lower,
                    candidates[id(queryset)],
                    _shape(query),
                    limit,
                )
                template = _TEMPLATES.get(shape)
                if template is None:
                    sql, sql_params = _ranked_sql(
                        self, query, queryset, limit, candidates[id(queryset)]
                    )
                    sql_params = list(sql_params)
                    template = (sql, sql_params, sql_params.index(text))
                    if len(_TEMPLATES) >= _TEMPLATES_MAX:
                        _TEMPLATES.clear()
                    _TEMPLATES[shape] = template
            sql, sql_params, at = template
            sql_params = list(sql_params)
            sql_params[at] = text
            parts.append(f"SELECT {index:d} AS request, ranked.* FROM ({sql}) ranked")
            params.extend(sql_params)
        results = [[] for _request in requests]
        if not parts:
            return results
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            rows = cursor.fetchall()
        by_request = [[] for _request in requests]
        for index, score, pk in rows:
            by_request[index].append((score, -pk))
        for index, scored in enumerate(by_request):
            results[index] = [-negated for _score, negated in sorted(scored)]
        return results
