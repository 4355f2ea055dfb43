"""Query counts on the listing, a case page and the compare page stay flat as content grows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices import scale

URLS = [
    "/en/practices/",
    "/en/practices/?country=IT&target_group=persons-with-disabilities",
    "/it/practices/?sort=title&page=2",
    "/en/practices/herlev/ip-integration-partnership/",
    "/en/compare/?practices=ip-integration-partnership,servizi-in-rete,cm-t-continuous-monitoring",
    "/en/methods/",
    "/en/methods/step-model/",
    "/en/practices/herlev/",
]


def _count(client, url):
    client.get(url)  # warm caches (site root paths, locales)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_query_counts_do_not_grow_with_content(client, settings):
    """The same pages cost the same number of queries with 7 and with 67+ cases
    (the synthetic cases shown as if real, as in the benchmarks)."""
    settings.PORTAL_INCLUDE_SYNTHETIC = True
    small = {url: _count(client, url) for url in URLS}
    scale.generate(cases=60, territories=6, methods=12)
    large = {url: _count(client, url) for url in URLS}
    assert large == small
    # Measured 8 on the case and compare pages, 9-10 on the listing, 12 on the method
    # page (2026-11-30): every one within the budget of tests/portal/test_query_budget.py.
    assert max(small.values()) <= 12, small
