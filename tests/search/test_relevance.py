"""The relevance set holds its measured figures on each engine, overall and per language.

Thresholds sit 0.03 below the figures measured on the shipped content
(``manage.py search_relevance``; the table is in docs/search.md). Since the third
round every language reaches the issue's target (recall@5 >= 0.95 and MRR >= 0.85)
on every engine; German MRR on PostgreSQL is the closest (0.865).
"""

from django.db import connection

from search.relevance.measure import evaluate, summary
from search.relevance.queries import QUERIES

from .conftest import on_elasticsearch

MARGIN = 0.03
# engine -> {language or "all": (recall@5, MRR)} as measured on 2026-11-30.
MEASURED = {
    "sqlite": {
        # manage.py search_relevance on a fresh database, 2026-11-30 (third session).
        "all": (0.990, 0.891),
        "da": (1.000, 0.890),
        "de": (1.000, 0.905),
        "en": (1.000, 0.917),
        "it": (0.982, 0.859),
        "sv": (0.974, 0.886),
    },
    "postgresql": {
        "all": (0.985, 0.904),
        "da": (1.000, 0.893),
        "de": (1.000, 0.865),
        "en": (1.000, 0.942),
        "it": (0.956, 0.912),
        "sv": (0.974, 0.895),
    },
    "elasticsearch": {
        "all": (0.990, 0.909),
        "da": (1.000, 0.899),
        "de": (1.000, 0.891),
        "en": (1.000, 0.942),
        "it": (0.982, 0.910),
        "sv": (0.974, 0.895),
    },
}


def engine_name():
    return "elasticsearch" if on_elasticsearch() else connection.vendor


def test_relevance_set_has_120_queries_in_five_languages():
    assert len(QUERIES) >= 120
    assert {query["language"] for query in QUERIES} == {"en", "it", "de", "da", "sv"}
    for code in ("en", "it", "de", "da", "sv"):
        assert sum(query["language"] == code for query in QUERIES) >= 20, code


def test_relevance_holds_the_measured_figures_on_this_engine():
    recall, mrr, scores = evaluate()
    figures = {"all": (recall, mrr)}
    figures.update({code: (r, m) for code, (_n, r, m) in summary(scores).items()})
    print(engine_name(), {code: (round(r, 3), round(m, 3)) for code, (r, m) in figures.items()})
    measured = MEASURED[engine_name()]
    misses = [(s.query["language"], s.query["q"]) for s in scores if s.recall < 1]
    for code, (want_recall, want_mrr) in measured.items():
        got_recall, got_mrr = figures[code]
        assert got_recall >= want_recall - MARGIN, (code, got_recall, misses)
        assert got_mrr >= want_mrr - MARGIN, (code, got_mrr)
