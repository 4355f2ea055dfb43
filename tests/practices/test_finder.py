"""The methods catalogue as a finder: facets with counts, the guided finder."""

import re

import pytest

from practices.models import MethodIndexPage, MethodPage, TargetGroup

from .factories import MethodPageFactory


def _result_slugs(html, lang):
    results = html.split('class="listing-results"', 1)[1]
    # Methods not yet translated are listed with their English page.
    return set(re.findall(rf'href="/(?:{lang}|en)/methods/([\w-]+)/"', results))


def _facet_count(html, facet, value):
    match = re.search(
        rf'data-facet="{facet}" data-value="{re.escape(value)}">.*?facet__count">(\d+)<', html, re.S
    )
    return int(match.group(1)) if match else None


def _expected(**lookups):
    return set(
        MethodPage.objects.live()
        .filter(locale__language_code="en", **lookups)
        .values_list("slug", flat=True)
    )


def test_phase_filter_narrows_the_catalogue_and_counts_facets(client):
    """/en/methods/?phase=placement shows only placement methods, with counts per value."""
    html = client.get("/en/methods/?phase=placement").content.decode()
    expected = _expected(phases__key="placement")
    assert len(expected) >= 3
    assert _result_slugs(html, "en") == expected
    assert _facet_count(html, "phase", "placement") == len(expected)
    assert _facet_count(html, "phase", "assessment") == len(_expected(phases__key="assessment"))
    assert f"{len(expected)} methods" in html
    # Other facets count within the selected phase.
    group = TargetGroup.objects.get(slug="ethnic-minority-unemployed", locale__language_code="en")
    within = _expected(phases__key="placement", target_groups=group)
    assert 0 < len(within) < len(_expected(target_groups=group))
    assert _facet_count(html, "target_group", str(group.translation_key)) == len(within)
    unfiltered = client.get("/en/methods/").content.decode()
    assert len(_result_slugs(unfiltered, "en")) > len(expected)


@pytest.mark.parametrize("lang", ["it", "de", "sv"])
def test_filter_links_give_the_same_methods_in_every_locale(client, lang):
    group = TargetGroup.objects.get(
        slug="refugees-provisionally-admitted", locale__language_code="en"
    )
    query = f"?target_group={group.translation_key}&phase=assessment"
    english = _result_slugs(client.get(f"/en/methods/{query}").content.decode(), "en")
    other = client.get(f"/{lang}/methods/{query}")
    assert other.status_code == 200
    assert _result_slugs(other.content.decode(), lang) == english
    assert english == _expected(
        phases__key="assessment", target_groups__translation_key=group.translation_key
    )


def test_cost_band_facet_finds_the_costed_method(client):
    html = client.get("/de/methods/?cost=high").content.decode()
    assert _result_slugs(html, "de") == {"continuous-case-management"}
    assert _facet_count(html, "cost", "high") == 1


def test_unknown_filter_values_are_named_and_ignored(client):
    response = client.get("/it/methods/?phase=nowhere&duration=forever")
    assert response.status_code == 200
    html = response.content.decode()
    assert "nowhere" in html and "forever" in html
    assert len(_result_slugs(html, "it")) == len(_expected())


# -- the guided finder ----------------------------------------------------------------
def _answers(html):
    section = html.split('class="finder-answers"', 1)[1]
    return re.findall(r'<li class="finder-result">\s*<h3><a href="/\w+/methods/([\w-]+)/"', section)


def test_finder_form_works_without_javascript(client):
    html = client.get("/en/methods/finder/").content.decode()
    assert re.search(r'<form method="get" action="/en/methods/finder/"', html)
    assert 'name="group"' in html and 'name="phase"' in html and 'name="need"' in html
    assert "finder-answers" not in html


def test_finder_ranks_methods_with_reasons_and_cases(client):
    """Refugees + assessment: methods made for refugees and serving assessment come
    first, each says why, and lists the cases that used it."""
    group = TargetGroup.objects.get(
        slug="refugees-provisionally-admitted", locale__language_code="en"
    )
    response = client.get(f"/en/methods/finder/?group={group.translation_key}&phase=assessment")
    assert response.status_code == 200
    html = response.content.decode()
    answers = _answers(html)
    both = _expected(phases__key="assessment", target_groups__translation_key=group.translation_key)
    assert set(answers[: len(both)]) == both
    assert "continuous-monitoring-forms" in answers
    first = html.split('<li class="finder-result">')[1]
    assert "serves the phase “Employability”" in first
    assert "used with Refugees and provisionally admitted persons in" in first
    assert "Cases that used it:" in first
    # A method for another group and another phase is not an answer.
    assert "health-house" not in answers


def test_finder_needs_change_the_order(client):
    """Asking for known staff and costs lifts the costed method to the top."""
    html = client.get("/en/methods/finder/?phase=intake&need=costs").content.decode()
    answers = _answers(html)
    assert answers[0] == "continuous-case-management"
    assert "staff and costs are reported" in html.split('<li class="finder-result">')[1]
    plain = _answers(client.get("/en/methods/finder/?phase=intake").content.decode())
    assert set(plain) == set(answers)


def test_finder_in_danish_shares_its_answer_by_url(client):
    url = "/da/methods/finder/?phase=placement&need=tried"
    first = client.get(url)
    assert first.status_code == 200
    assert _answers(first.content.decode()) == _answers(client.get(url).content.decode())
    assert _answers(first.content.decode())


@pytest.mark.parametrize(
    "query, message",
    [
        ("group=nobody", "nobody is not one of the available choices"),
        ("phase=%3Cscript%3E", "is not one of the available choices"),
        ("need=cheap", "cheap is not one of the available choices"),
        ("group=&phase=", "Choose who you work with, a phase or what you need."),
    ],
)
def test_finder_bad_answers_get_400_with_a_message(client, query, message):
    response = client.get(f"/en/methods/finder/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_new_method_appears_under_its_facets(client, locales):
    catalogue = MethodIndexPage.objects.get(locale=locales["en"])
    method = MethodPageFactory(parent=catalogue, title="Test job carving")
    method.save_revision().publish()
    method.evidence_level = "proven_effective"
    method.save_revision().publish()
    html = client.get("/en/methods/?evidence=proven_effective").content.decode()
    assert _result_slugs(html, "en") == {method.slug}
    assert _facet_count(html, "evidence", "proven_effective") == 1
