"""Each search feature earns its place: a query it serves, and the same query without it.

The figures behind the choice (the relevance set with each feature switched off)
are in docs/search.md; these are single queries from that set (and from the
cross-language checks) whose result changes when the feature is off.
"""

from django.utils import translation

import pytest

from search import engine
from search.features import without
from search.relevance.measure import labelled

from .conftest import on_elasticsearch


def rank(query, language, expected):
    """1-based rank of the expected (type, slug) among the results, or None."""
    with translation.override(language):
        outcome = engine.run(query, language)
        found = labelled(outcome.keys, outcome.pages)
    return found.index(expected) + 1 if expected in found else None


CASES = [
    # feature, query, language, expected page, best rank with the feature
    ("any-word", "Prix sozialinfo award", "en", ("case", "cm-t-continuous-monitoring"), 5),
    (
        "crosswalk",
        "Nachbetreuung nach der Integration",
        "de",
        ("method", "six-month-follow-up"),
        5,
    ),
    ("decompounding", "stegmodellen", "sv", ("method", "step-model"), 5),
    # The municipal department is named among the case's organisations, not in its text.
    ("names", "Arbete och försörjning", "sv", ("case", "mia-multi-agency-team"), 1),
    ("every-language", "förbundschefen", "en", ("case", "mia-multi-agency-team"), 3),
    # A misspelt Danish word: only the corrected query ("sprogundervisning") finds Herlev.
    ("spelling", "sprogundervisnig", "da", ("case", "ip-integration-partnership"), 3),
    # A method named outright ranks above the case whose longer title mentions it.
    ("exact-title", "myndighetsgemensamma team", "sv", ("method", "multi-agency-team"), 1),
    # Seven cases are tagged "work placement": on the Swedish site the Swedish one comes first.
    ("home-territory", "arbetsträning", "sv", ("case", "mia-multi-agency-team"), 5),
]


@pytest.mark.parametrize(("feature", "query", "language", "expected", "best"), CASES)
def test_switching_a_feature_off_loses_a_result_it_finds(feature, query, language, expected, best):
    if feature == "crosswalk" and on_elasticsearch():
        pytest.skip(
            "on Elasticsearch this query finds the method at rank 2 without the crosswalk too "
            "(measured 2026-11-30, after the synonym filter left the search analyser)"
        )
    found = rank(query, language, expected)
    assert found is not None and found <= best, (feature, found)
    with without(feature):
        lost = rank(query, language, expected)
    assert lost is None or lost > best, (feature, lost)
