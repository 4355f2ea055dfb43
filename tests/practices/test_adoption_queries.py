"""The catalogue with facets, the finder and the evidence map make the same number
of queries however many cases there are."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import MethodPage, PhasePage, PracticePage, TerritoryPage

URLS = [
    "/en/methods/?phase=placement",
    "/de/methods/finder/?phase=placement&need=tried&need=costs",
    "/en/evidence-map/",
]


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_cases(client, locales):
    before = {url: _count(client, url) for url in URLS}
    territory = TerritoryPage.objects.get(slug="herlev", locale=locales["en"])
    methods = list(MethodPage.objects.filter(locale=locales["en"])[:4])
    phases = list(PhasePage.objects.filter(locale=locales["en"]))
    for number in range(12):
        case = PracticePage(title=f"Bulk adoption case {number}", slug=f"bulk-adoption-{number}")
        territory.add_child(instance=case)
        case.methods.set(methods)
        case.phases.set(phases)
        case.save_revision().publish()
    after = {url: _count(client, url) for url in URLS}
    assert after == before
