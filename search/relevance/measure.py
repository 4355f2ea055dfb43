"""Recall@5 and mean reciprocal rank of the relevance set, on the configured engine."""

from dataclasses import dataclass

from django.utils import translation

from wagtail.models import Page

from .. import engine, facets
from .queries import QUERIES

TOP = 5


@dataclass
class Score:
    query: dict
    found: list  # (type, slug) of the top results
    recall: float
    reciprocal_rank: float


def labelled(keys, pages):
    """(type, slug) of each result key; documents and nodes keep their kind and id."""
    profiles = facets.profiles_for(keys, pages)
    page_ids = [pk for kind, pk in keys if kind == "page"]
    slugs = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "slug"))
    labels = []
    for key in keys:
        kind, pk = key
        if kind == "page":
            labels.append((next(iter(profiles[key]["type"])), slugs.get(pk)))
        else:
            labels.append((kind, str(pk)))
    return labels


def score(query):
    with translation.override(query["language"]):
        outcome = engine.run(query["q"], query["language"])
        found = labelled(outcome.keys, outcome.pages)
    expected = [tuple(item) for item in query["expect"]]
    top = found[:TOP]
    recall = sum(1 for item in expected if item in top) / len(expected)
    ranks = [found.index(item) + 1 for item in expected if item in found]
    return Score(query, top, recall, 1 / min(ranks) if ranks else 0.0)


def evaluate(queries=QUERIES):
    scores = [score(query) for query in queries]
    recall = sum(item.recall for item in scores) / len(scores)
    mrr = sum(item.reciprocal_rank for item in scores) / len(scores)
    return recall, mrr, scores


def summary(scores):
    """{language: (queries, recall@5, MRR)}, in the order of the language codes."""
    by_language = {}
    for item in scores:
        by_language.setdefault(item.query["language"], []).append(item)
    return {
        code: (
            len(items),
            sum(item.recall for item in items) / len(items),
            sum(item.reciprocal_rank for item in items) / len(items),
        )
        for code, items in sorted(by_language.items())
    }
