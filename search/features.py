"""The search features that can be switched off, to measure what each one earns.

Every feature is on in production. ``manage.py search_relevance --without NAME``
and the tests switch one off (``with without("crosswalk"): ...``) to show that
the relevance figures drop without it; docs/search.md records the figures.
"""

import threading
from contextlib import contextmanager

FEATURES = {
    "spelling": "'did you mean': a corrected query searched when the words give few results",
    "any-word": "a weaker tier matching any of the query's words",
    "crosswalk": "the concept crosswalk: other languages' terms and the pages tagged with a concept",
    "decompounding": "German, Danish and Swedish compounds split into and joined from known words",
    "every-language": "the query matched against every locale's content in that locale's language",
    "names": "organisation names lead to the cases they took part in",
    "exact-title": "a page whose title the query names outright ranks first",
    "home-territory": "of the cases tagged with a concept, those from the visitor's language area first",
}

_state = threading.local()


def _off():
    if not hasattr(_state, "off"):
        _state.off = set()
    return _state.off


def on(name):
    assert name in FEATURES, name
    return name not in _off()


@contextmanager
def without(*names):
    unknown = set(names) - set(FEATURES)
    if unknown:
        raise ValueError(f"unknown search features: {', '.join(sorted(unknown))}")
    previous = set(_off())
    _off().update(names)
    try:
        yield
    finally:
        _state.off = previous
