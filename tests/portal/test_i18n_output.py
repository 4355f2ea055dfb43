"""Machine output stays in the C locale; what people read follows their language.

Also: the language switcher keeps the visitor's place, and each home page
greets with its own territories' cases.
"""

import re
from xml.etree import ElementTree

import pytest

LANGUAGES = ["en", "it", "de", "da", "sv"]

# Attributes whose value is one number, a list of numbers, or a transform.
NUMBER = r"-?(\d+(\.\d+)?|\.\d+)"
SINGLE = {
    "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "width", "height",
    "dx", "dy", "font-size", "stroke-width", "refX", "refY", "markerWidth", "markerHeight",
    "opacity", "fill-opacity", "stroke-opacity",
}  # fmt: skip
LISTS = {"viewBox", "points", "stroke-dasharray"}


def _svgs(html):
    return re.findall(r"<svg\b.*?</svg>", html, re.DOTALL)


def _bad_numbers(svg):
    """Every numeric attribute of the SVG that a browser would reject."""
    root = ElementTree.fromstring(svg)
    bad = []
    for element in root.iter():
        for name, value in element.attrib.items():
            name = name.split("}")[-1]
            if (
                name in SINGLE
                and not re.fullmatch(NUMBER + r"(px|%)?", value.strip())
                or name in LISTS
                and not re.fullmatch(rf"{NUMBER}([ ,]+{NUMBER})*", value.strip())
                or name in LISTS
                and name != "points"
                and "," in value
            ):
                bad.append((element.tag, name, value))
            elif name == "points" and any(len(pair.split(",")) != 2 for pair in value.split()):
                # "95,0,136" is a decimal comma, not an x,y pair.
                bad.append((element.tag, name, value))
            elif name == "transform" and not re.fullmatch(
                rf"(translate|scale|rotate)\({NUMBER}([ ,]+{NUMBER})*\)", value.strip()
            ):
                bad.append((element.tag, name, value))
    return bad


def _svg_pages(client):
    from practices.models import PhasePage, PracticePage

    urls = []
    for code in LANGUAGES:
        urls += [f"/{code}/reference-model/", f"/{code}/reference-model/coverage/"]
    urls += [phase.url for phase in PhasePage.objects.live()]
    urls += [case.url for case in PracticePage.objects.live().exclude(slug__startswith="synth")]
    return urls


def test_every_svg_parses_with_c_locale_numbers_in_every_language(client):
    """Each SVG on the reference-model, phase, coverage and case pages, in all five
    languages, is well-formed XML and every numeric attribute is a plain number."""
    urls = _svg_pages(client)
    assert {url.split("/")[1] for url in urls} == set(LANGUAGES)
    seen = 0
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        for svg in _svgs(response.content.decode()):
            seen += 1
            assert _bad_numbers(svg) == [], url
    # The diagram on the five model pages, a chart on the cases with shares (Herlev en, da).
    assert seen >= 7


def test_diagram_coordinates_keep_a_decimal_point_in_italian(client):
    """The model diagram writes its coordinates with a point, never "95,0"."""
    html = client.get("/it/reference-model/").content.decode()
    svg = _svgs(html)[0]
    assert re.search(r'<line x1="\d+(\.\d+)?"', svg)
    assert not re.search(r'x1="\d+,\d+"', svg)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("da", "20. maj 2010"),
        ("en", "20 May 2010"),
    ],
)
def test_indicator_dates_follow_the_language(client, code, expected):
    """Dates people read use the language's own format and month case."""
    html = client.get(f"/{code}/practices/herlev/ip-integration-partnership/").content.decode()
    assert expected in html


def test_italian_months_are_lower_case(client):
    """Italian writes months in lower case: "settembre 2015", not "Settembre 2015"."""
    html = client.get("/it/workshops/").content.decode()
    assert "settembre 2015" in html
    assert "Settembre" not in html


def test_period_column_has_no_brackets(client):
    """The Period column shows the date plainly, without an empty "(...)"."""
    html = client.get("/en/practices/herlev/ip-integration-partnership/").content.decode()
    table = html.split('class="indicators"', 1)[1].split("</table>", 1)[0]
    assert "20 May 2010" in table
    assert "(20 May 2010)" not in table


def test_unit_agrees_with_the_value(client):
    """One citizen is a citizen: "1 citizen" / "1 borger", "17 citizens" / "17 borgere"."""
    html = client.get("/en/practices/herlev/ip-integration-partnership/").content.decode()
    assert "1 citizen<" in html and "1 citizens" not in html
    assert "17 citizens<" in html
    html = client.get("/da/practices/herlev/ip-integration-partnership/").content.decode()
    assert "1 borger<" in html and "1 borgere" not in html
    assert "17 borgere<" in html


def test_numbers_for_people_use_the_visitors_separators(rf):
    """Thousands are grouped the way each language writes them."""
    from decimal import Decimal

    from django.utils import translation

    from portal.templatetags.portal_tags import people_number

    expected = {"en": "12,345.5", "it": "12.345,5", "de": "12.345,5", "sv": "12\xa0345,5"}
    for code, text in expected.items():
        with translation.override(code):
            assert people_number(Decimal("12345.50")) == text
            assert people_number(Decimal("93.00")) == "93"


def _switcher(html):
    return html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]


def test_switcher_keeps_the_filters(client):
    """From a filtered listing, the Italian link leads to the Italian listing with the same filter."""
    switcher = _switcher(client.get("/en/practices/?country=IT").content.decode())
    assert 'href="/it/practices/?country=IT"' in switcher
    assert 'href="/de/practices/?country=IT"' in switcher


def test_switcher_keeps_a_document_page(client):
    """A document page of the library leads to the same document in the other language."""
    listing = client.get("/en/library/").content.decode()
    path = re.search(r'href="(/en/library/\d+/[\w-]+/)"', listing).group(1)
    response = client.get(path)
    assert response.status_code == 200
    switcher = _switcher(response.content.decode())
    for code in ["it", "de", "da", "sv"]:
        assert f'href="{path.replace("/en/", f"/{code}/", 1)}"' in switcher


def test_switcher_leads_to_the_english_page_marked_without_a_translation(client, locales):
    """A case without an Italian version: the Italian link is the English case,
    marked as English, not the Italian home page."""
    from practices.models import PracticePage

    case = PracticePage.objects.get(slug="ip-integration-partnership", locale=locales["en"])
    # Every shipped case is translated: take the Italian version offline.
    for page in case.get_translations().filter(locale=locales["it"]):
        page.unpublish()
    assert not case.get_translations().filter(locale=locales["it"]).live().exists()
    switcher = _switcher(client.get(case.url).content.decode())
    link = re.search(r'<a href="([^"]*)"[^>]*>(?:(?!</a>).)*lang="it"', switcher, re.DOTALL)
    assert link, switcher
    assert link.group(1) == case.url
    assert "language-switcher__fallback" in link.group(0)
    assert 'href="/it/"' not in switcher


@pytest.mark.parametrize(
    ("code", "territories"),
    [
        ("de", {"Glarus", "Solothurn"}),
        ("da", {"Herlev"}),
        ("sv", {"Södertälje"}),
        ("it", {"Monza e Brianza", "Como", "Mantova"}),
    ],
)
def test_home_shows_its_own_territories_first(client, code, territories):
    """Each home page's latest cases start with the territories that work in its language."""
    html = client.get(f"/{code}/").content.decode()
    cards = re.findall(
        r'<article class="card case-card".*?<p class="eyebrow">([^<·]*)', html, re.DOTALL
    )
    assert cards, html
    own = [name.strip() for name in cards[: len(territories)]]
    if code == "it":
        assert all(name in territories for name in own), own
    else:
        assert set(own) == territories, own
