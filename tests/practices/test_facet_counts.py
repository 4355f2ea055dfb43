"""The case listing's facet counts, counted in SQL in one query, against the same
counts computed case by case in Python from the cases' own relations."""

from django.http import QueryDict

import pytest

from portal.listing import YEAR_MIN
from practices import scale
from practices.listing import PracticeListing
from practices.models import PracticePage


def _covers(case, year):
    """The listing's rule, restated: a period covers a year from its start to its end
    (every later year while ongoing); a period known by one year covers that year."""
    start, end = case["start"], case["end"]
    if start is None:
        return end == year
    if end is None:
        return start <= year if case["ongoing"] else start == year
    return start <= year <= end or (case["ongoing"] and start <= year)


def _cases(listing):
    cases = []
    for page in listing.base_queryset().select_related("territory"):
        cases.append(
            {
                "territory": {str(page.territory.translation_key)},
                "country": {page.territory.country},
                "evidence": {page.evidence_level},
                "target_group": {str(g.translation_key) for g in page.target_groups.all()},
                "method": {str(m.translation_key) for m in page.methods.all()},
                "phase": {p.key for p in page.phases.all()},
                "start": page.start_year,
                "end": page.end_year,
                "ongoing": page.ongoing,
            }
        )
    return cases


def _expected(listing):
    """{facet: {value in URLs: count}} computed case by case."""
    cases = _cases(listing)
    chosen = listing.selection.values

    def matches(case, skip):
        for name, value in chosen.items():
            if name == skip:
                continue
            if name == "year" and not _covers(case, value):
                return False
            if name != "year" and value not in case[name]:
                return False
        return True

    expected = {}
    for filt in listing.filterset.filters:
        others = [case for case in cases if matches(case, filt.name)]
        if filt.kind == "year":
            # Years up to the latest one a period of these cases names.
            last = max((case["end"] or case["start"] or 0 for case in others), default=0)
            counts = {
                year: sum(_covers(case, year) for case in others)
                for year in range(YEAR_MIN, last + 1)
            }
            expected[filt.name] = {str(year): n for year, n in counts.items() if n}
            continue
        vocabulary = listing.filterset.vocabularies[filt.name]
        expected[filt.name] = {
            vocabulary.value(key): sum(key in case[filt.name] for case in others)
            for key in vocabulary.entries
        }
        expected[filt.name] = {
            value: n
            for (key, (value, _label)), n in zip(
                vocabulary.entries.items(), expected[filt.name].values(), strict=True
            )
            if n or chosen.get(filt.name) == key
        }
    return expected


def _shown(listing):
    return {
        facet["name"]: {option["value"]: option["count"] for option in facet["options"]}
        for facet in listing.facets()
    }


@pytest.fixture
def varied_cases(settings, locales):
    """The seven real cases plus synthetic ones shown as if real: several methods and
    phases per case, and periods of every shape (closed, ongoing, one year only)."""
    settings.PORTAL_INCLUDE_SYNTHETIC = True
    scale.generate(cases=24, territories=4, methods=5, seed=7)
    synthetic = list(
        PracticePage.objects.filter(is_synthetic=True).order_by("pk").values_list("pk", flat=True)
    )
    PracticePage.objects.filter(pk__in=synthetic[0:3]).update(end_year=None, ongoing=True)
    PracticePage.objects.filter(pk__in=synthetic[3:5]).update(end_year=None, ongoing=False)
    PracticePage.objects.filter(pk__in=synthetic[5:7]).update(start_year=None, ongoing=False)
    PracticePage.objects.filter(pk__in=synthetic[7:8]).update(start_year=None, end_year=None)
    return synthetic


def _pick(listing, name, rank=0):
    """The URL value of a facet's ``rank``-th most frequent option."""
    facet = next(facet for facet in listing.facets() if facet["name"] == name)
    options = sorted(facet["options"], key=lambda option: (-option["count"], option["value"]))
    return options[min(rank, len(options) - 1)]["value"]


def test_sql_facet_counts_equal_the_counts_case_by_case(varied_cases, locales):
    everything = PracticeListing(QueryDict(""), locales["en"])
    method = _pick(everything, "method")
    other_method = _pick(everything, "method", rank=1)
    year = _pick(everything, "year")
    combinations = [
        "",
        "country=IT",
        f"method={method}",
        f"method={method}&year={year}",
        f"year={year}",
        f"year=2030&method={other_method}",
        f"target_group={_pick(everything, 'target_group')}&phase={_pick(everything, 'phase')}",
        f"evidence={_pick(everything, 'evidence')}&year={_pick(everything, 'year', rank=3)}",
        f"territory={_pick(everything, 'territory')}&method={other_method}",
        "country=DK&method=boston-approach",  # nothing matches both
    ]
    # A case linked to several methods counts under each of them.
    assert any(len(case["method"]) >= 2 for case in _cases(everything)), (
        "the data should hold a case with several methods"
    )
    for query in combinations:
        for lang in ("en", "it"):
            listing = PracticeListing(QueryDict(query), locales[lang])
            assert not listing.unknown, (query, listing.unknown)
            assert _shown(listing) == _expected(listing), (lang, query)
    # The ongoing cases reach the latest year any period names; filtered to one
    # year, the year facet still counts every year of the other filters' cases.
    shown = _shown(PracticeListing(QueryDict(f"year={year}"), locales["en"]))["year"]
    assert len(shown) > 5 and shown[year] > 0


def test_kept_counts_follow_a_publish_and_an_unpublish(client, locales):
    """The counts come from the fragment cache until content changes: a new case, then
    its unpublishing, shows in the facets and the number of results at once."""
    from practices.models import TerritoryPage

    from .factories import PracticePageFactory

    def counts():
        listing = PracticeListing(QueryDict("country=CH"), locales["en"])
        shown = _shown(listing)
        return shown["country"], shown["year"], listing.page().paginator.count

    countries, years, total = counts()
    assert counts() == (countries, years, total)  # read again, from the cache
    territory = TerritoryPage.objects.get(slug="glarus", locale__language_code="en")
    case = PracticePageFactory(parent=territory, title="A new Glarus case", start_year=1999)
    case.save_revision().publish()
    after = counts()
    assert after[0] == {**countries, "CH": countries["CH"] + 1}
    assert after[1] == {**years, "1999": 1}
    assert after[2] == total + 1
    case.unpublish()
    assert counts() == (countries, years, total)
