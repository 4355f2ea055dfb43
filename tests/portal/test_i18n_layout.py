"""Pages that work on phones and forms that help, in every language.

What a person sees in the HTML: results before the filters, filters folded
into a <details> that needs no JavaScript, wide content in its own scrolling
box, an error summary that names and links every field, a favicon and a web
app manifest; English text on another language's page marked as English.
"""

import re

import pytest

PROPOSE = "/{code}/practices/propose/"
MANAGEMENT = {
    "indicators-TOTAL_FORMS": "3",
    "indicators-INITIAL_FORMS": "0",
    "indicators-MIN_NUM_FORMS": "0",
    "indicators-MAX_NUM_FORMS": "3",
}


@pytest.mark.parametrize(
    ("url", "result"),
    [
        ("/en/practices/?country=IT", 'class="card case-card'),
        ("/it/practices/", 'class="card case-card'),
        ("/de/library/", "<table"),
        ("/it/search/?q=inserimento+lavorativo", 'class="search-result"'),
        ("/da/search/?q=job", 'class="search-result"'),
    ],
)
def test_results_come_before_the_filters(client, url, result):
    """The first result is in the page before the filters, which fold into a
    <details> whose summary counts the chosen filters."""
    html = client.get(url).content.decode()
    assert result in html, url
    details = html.index('<details class="filters')
    assert html.index(result) < details
    summary = re.search(r'<summary class="filters__toggle">([^<]*)</summary>', html)
    assert summary, url
    chosen = 1 if "country=IT" in url else 0
    assert summary.group(1).strip().endswith(f"({chosen})")


def test_filters_label_is_translated(client):
    """The filters button speaks the page language."""
    html = client.get("/de/practices/?country=CH").content.decode()
    assert re.search(r'filters__toggle">Filter \(1\)<', html)
    html = client.get("/it/practices/").content.decode()
    assert re.search(r'filters__toggle">Filtri \(0\)<', html)


@pytest.mark.parametrize(
    "url",
    [
        "/en/practices/herlev/ip-integration-partnership/",
        "/it/reference-model/",
        "/de/reference-model/coverage/",
        "/sv/library/",
        "/en/compare/?practices=ip-integration-partnership,mia-multi-agency-team",
    ],
)
def test_wide_content_scrolls_in_a_focusable_box(client, url):
    """Every table and drawing sits in its own keyboard-reachable scrolling region."""
    html = client.get(url).content.decode()
    wide = len(re.findall(r"<table\b|<svg\b", html))
    assert wide, url
    boxes = re.findall(
        r'<div class="(?:table|diagram|chart)-scroll" role="region" tabindex="0" aria-label="[^"]+">',
        html,
    )
    assert len(boxes) == wide, url


def test_favicon_and_manifest(client):
    """/favicon.ico answers with an icon; pages link an SVG icon and a web app manifest."""
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert (
        b"".join(response.streaming_content if response.streaming else [response.content])[:4]
        == b"\x00\x00\x01\x00"
    )
    html = client.get("/it/").content.decode()
    assert re.search(r'<link rel="icon" href="[^"]+favicon\.svg" type="image/svg\+xml">', html)
    manifest = re.search(r'<link rel="manifest" href="([^"]+)">', html).group(1)
    from django.contrib.staticfiles import finders

    assert finders.find(manifest.removeprefix("/static/"))


def _invalid_post(client, code, **data):
    from practices.models import TerritoryPage

    territory = TerritoryPage.objects.get(slug="solothurn", locale__language_code="en")
    data = {"title": "", "territory": "", "website": "", **MANAGEMENT, **data}
    data.setdefault("territory", territory.pk)
    return client.post(PROPOSE.format(code=code), data)


def test_error_summary_names_and_links_every_field(client):
    """After an invalid proposal, each entry of the summary starts with the field's
    label, links to an element that exists, and the summary takes the focus."""
    response = _invalid_post(client, "en", territory="")
    assert response.status_code == 400
    html = response.content.decode()
    summary = html.split('id="error-summary"', 1)[1].split("</div>", 1)[0]
    assert "autofocus" in html.split('id="error-summary"', 1)[1].split(">", 1)[0]
    assert "error-summary.js" in html
    entries = re.findall(r"<li>(.*?)</li>", summary, re.DOTALL)
    assert len(entries) >= 8
    for entry in entries:
        link = re.fullmatch(r'<a href="#([\w-]+)">([^<]+)</a>', entry.strip())
        assert link, entry
        assert f'id="{link.group(1)}"' in html, link.group(1)
    texts = [re.sub(r"<[^>]+>", "", entry).strip() for entry in entries]
    assert "Territory: This field is required." in texts
    assert "Name of the case: This field is required." in texts
    assert any(text.startswith("Target groups: ") for text in texts)


def test_error_summary_in_german(client):
    """The field names in the summary are the German labels."""
    html = _invalid_post(client, "de", territory="").content.decode()
    summary = html.split('id="error-summary"', 1)[1].split("</div>", 1)[0]
    assert re.search(r">Region: [^<]+</a>", summary), summary


def test_untranslated_method_text_is_marked_english(client, locales):
    """A method's text still in English on the German page sits in lang="en" with a
    visible "In English" marker; translated text does not."""
    from practices.models import MethodPage

    german, english = next(
        (page, page.get_translation(locales["en"]))
        for page in MethodPage.objects.live().filter(locale=locales["de"])
        if page.get_translation(locales["en"]).when_to_use
    )
    german.what_it_is = english.what_it_is
    german.when_to_use = ""
    german.save_revision().publish()
    html = client.get(german.url).content.decode()
    what = html.split('id="what"', 1)[1].split("</section>", 1)[0]
    assert 'lang="en" class="in-english"' in what
    assert "Auf Englisch" in what
    when = html.split('id="when"', 1)[1].split("</section>", 1)[0]
    assert 'lang="en"' in when and english.when_to_use[:40] in when.replace("&#x27;", "'")
    html = client.get(english.url).content.decode()
    assert 'class="in-english"' not in html


def test_english_fallback_card_is_marked(client, locales):
    """On the Swedish listing, a case shown in English carries lang="en" on its title
    and summary and the marker "In English only for now"."""
    from practices.models import PracticePage

    # Every shipped case is translated: take one Swedish version offline.
    case = PracticePage.objects.get(slug="ip-integration-partnership", locale=locales["en"])
    for page in case.get_translations().filter(locale=locales["sv"]):
        page.unpublish()
    html = client.get("/sv/practices/").content.decode()
    cards = re.findall(r'<article class="card case-card">.*?</article>', html, re.DOTALL)
    english = [card for card in cards if 'href="/en/' in card]
    assert english and len(english) < len(cards)
    for card in english:
        assert re.search(r'<a href="/en/[^"]+" hreflang="en" lang="en">', card)
        assert "Än så länge bara på engelska" in card
    for card in cards:
        if card not in english:
            assert 'lang="en"' not in card


def test_english_fallback_method_card_is_marked(client, locales):
    """On the Swedish catalogue, a method still in English is marked lang="en" and
    "In English only for now"; a Swedish method is not."""
    from practices.models import MethodPage

    # Every shipped method is translated: take one Swedish version offline.
    MethodPage.objects.live().filter(locale=locales["sv"]).last().unpublish()
    swedish = MethodPage.objects.live().filter(locale=locales["sv"]).first()
    html = client.get("/sv/methods/").content.decode()
    cards = re.findall(
        r'<article class="card method-card( in-english)?">(.*?)</article>', html, re.DOTALL
    )
    english = [body for marked, body in cards if marked]
    assert english
    for body in english:
        assert re.search(r'<a href="/en/methods/[^"]+" hreflang="en" lang="en">', body)
        assert "Än så länge bara på engelska" in body
    own = [body for marked, body in cards if not marked]
    assert any(swedish.title in body for body in own)
