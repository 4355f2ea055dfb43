"""What a practitioner reads on case, method, territory and compare pages."""

import re

import pytest

from practices.models import MethodIndexPage, MethodPage, PracticePage, TargetGroup
from practices.presentation import related_cases

from .factories import MethodPageFactory, PracticePageFactory


def test_herlev_case_shows_indicators_with_computed_share(client):
    """93 citizens, 17 into jobs, and 18% computed from the denominator."""
    html = client.get("/en/practices/herlev/ip-integration-partnership/").content.decode()
    table = html.split('class="indicators"', 1)[1].split("</table>", 1)[0]
    assert re.search(r"Citizens who took part</th>\s*<td[^>]*>93 citizens", table)
    row = table.split("Into jobs</th>", 1)[1].split("</tr>", 1)[0]
    assert "17 citizens" in row and ">93<" in row and "18%" in row
    chart = html.split('class="indicator-chart"', 1)[1].split("</figure>", 1)[0]
    assert 'role="img"' in chart and "<title" in chart and "<desc" in chart
    assert "Into jobs: 18% (17 / 93)" in chart


def test_case_page_links_its_taxonomy(client):
    """Methods, target groups, organisations and territory link to their listings."""
    html = client.get("/en/practices/herlev/ip-integration-partnership/").content.decode()
    assert 'href="/en/methods/workplace-buddy/"' in html
    assert 'href="/en/practices/?target_group=ethnic-minority-unemployed"' in html
    assert 'href="/en/practices/?territory=herlev"' in html
    assert 'href="/en/practices/herlev/"' in html
    assert "ISS Jobudviklingscenter" in html and "Private company" in html
    assert "Indications of effect" in html
    assert 'href="/en/practices/evidence-levels/"' in html


def test_case_page_shows_related_cases(client):
    """Cases sharing target groups or methods are offered as related."""
    html = client.get("/en/practices/como/como-taking-in-charge/").content.decode()
    related = html.split('id="related"', 1)[1]
    assert "/en/practices/monza-brianza/servizi-in-rete/" in related


def test_related_cases_are_ranked_by_what_they_share(locales):
    """A case sharing a method and a target group ranks above one sharing only the
    method; a case sharing nothing is not related at all."""
    en = locales["en"]
    territory = PracticePage.objects.get(slug="servizi-in-rete", locale=en).get_parent()
    method = MethodPageFactory(parent=MethodIndexPage.objects.get(locale=en))
    group = TargetGroup.objects.create(name="Test group", slug="test-related-group", locale=en)
    cases = {}
    # Created in reverse order of relatedness, so an unsorted result comes out wrong.
    for name, methods, groups in (
        ("nothing", [], []),
        ("method-only", [method], []),
        ("method-and-group", [method], [group]),
        ("subject", [method], [group]),
    ):
        case = PracticePageFactory(parent=territory, slug=f"related-{name}")
        case.methods.set(methods)
        case.target_groups.set(groups)
        case.save_revision().publish()
        cases[name] = case
    related = related_cases(cases["subject"], en)
    assert [case.slug for case in related] == ["related-method-and-group", "related-method-only"]


def test_case_stories_are_anonymous(client):
    """The Herlev stories are told without names."""
    html = client.get("/en/practices/herlev/ip-integration-partnership/").content.decode()
    assert "Three placements to a permanent job" in html
    assert "Baraka" not in html


def test_translation_is_linked_and_in_its_language(client):
    """The Danish version answers at /da/ and the switcher links the two."""
    response = client.get("/da/practices/herlev/ip-integration-partnership/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="da">' in html
    assert "et tværfagligt integrationspartnerskab" in html
    english = client.get("/en/practices/herlev/ip-integration-partnership/").content.decode()
    assert 'href="/da/practices/herlev/ip-integration-partnership/"' in english


def test_glarus_case_shows_its_award(client):
    """The Prix sozialinfo.ch 2020 is listed with its rank."""
    html = client.get("/en/practices/glarus/cm-t-continuous-monitoring/").content.decode()
    assert "Prix sozialinfo.ch 2020" in html and "2nd place" in html


def test_every_method_page_lists_its_cases(client, locales):
    """Each method used by a case shows that case; counts match the catalogue."""
    catalogue = client.get("/en/methods/").content.decode()
    for method in MethodPage.objects.live().filter(locale=locales["en"]):
        html = client.get(method.url).content.decode()
        section = html.split('id="cases"', 1)[1]
        expected = method.practices.live().values("translation_key").distinct().count()
        if expected:
            assert section.count('class="card case-card"') == expected, method.slug
        else:
            assert "No published case uses this method yet." in section
        assert method.title in catalogue


def test_method_page_shows_origin_and_evidence(client):
    """A method names its origin territory and its evidence maturity."""
    html = client.get("/en/methods/segmentation-avos/").content.decode()
    assert 'href="/en/practices/solothurn/"' in html
    assert "Described" in html
    assert "/en/practices/solothurn/continuous-case-management-pilot/" in html


def test_territory_page_lists_organisations_and_cases(client):
    """A territory shows its profile, organisations and cases."""
    html = client.get("/en/practices/solothurn/").content.decode()
    assert "Sozialregion Untergäu" in html
    assert "/en/practices/solothurn/continuous-case-management-pilot/" in html
    assert "Switzerland" in html


def test_evidence_scale_is_explained(client):
    """The explanation page lists the four steps in order."""
    html = client.get("/en/practices/evidence-levels/").content.decode()
    positions = [
        html.find(label)
        for label in [
            "Described",
            "Theoretically grounded",
            "Indications of effect",
            "Proven effective",
        ]
    ]
    assert all(p > 0 for p in positions) and positions == sorted(positions)


def test_compare_shows_cases_side_by_side(client):
    """Two cases appear as columns with territory, methods, results and evidence rows."""
    response = client.get(
        "/en/compare/?practices=ip-integration-partnership,continuous-case-management-pilot"
    )
    assert response.status_code == 200
    html = response.content.decode()
    table = html.split('<table class="compare">', 1)[1].split("</table>", 1)[0]
    assert table.count('<th scope="col">') == 2
    for row in [
        "Territory",
        "Target groups",
        "Methods",
        "Phases",
        "Period",
        "Results",
        "Evidence maturity",
    ]:
        assert f'<th scope="row">{row}</th>' in table
    assert "Herlev (Denmark)" in table and "Solothurn (Switzerland)" in table
    assert "Into jobs: 17 citizens (18%)" in table


def test_compare_accepts_repeated_parameters_from_the_listing_form(client):
    """The listing's checkboxes submit ?practices=a&practices=b."""
    html = client.get(
        "/en/compare/?practices=servizi-in-rete&practices=como-taking-in-charge"
    ).content.decode()
    assert html.count('<th scope="col">') == 2


@pytest.mark.parametrize(
    "query,message",
    [
        ("", "Choose at least two cases"),
        ("?practices=ip-integration-partnership", "Choose at least two cases"),
        ("?practices=nope,ip-integration-partnership", "No published case has the address nope"),
        ("?practices=a,b,c,d,e,f", "At most 4 cases can be compared"),
        ("?practices=%3Cscript%3E,%00", "No published case has the address"),
    ],
)
def test_compare_explains_bad_or_missing_slugs(client, query, message):
    """Bad input gives a clear message and a 200, never an error."""
    response = client.get(f"/en/compare/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "<script>" not in html.split("<main", 1)[1]
