"""The language switcher and translated interface strings."""

import re


def _switcher(html):
    return html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]


def test_switcher_links_to_same_page_in_other_locales(client):
    """On a section page, each language link goes to that section's translation."""
    switcher = _switcher(client.get("/en/methods/").content.decode())
    for code in ["it", "de", "da", "sv"]:
        assert f'href="/{code}/methods/"' in switcher
    assert 'aria-current="true" lang="en"' in switcher


def test_switcher_falls_back_to_english_page_without_translation(client, home_in, locales):
    """A page with no Italian translation links to its English original, marked, not
    to the Italian home."""
    from practices.models import MethodIndexPage

    italian = MethodIndexPage.objects.get(locale=locales["it"])
    italian.unpublish()
    switcher = _switcher(client.get("/en/methods/").content.decode())
    assert 'href="/it/"' not in switcher
    assert 'href="/it/methods/"' not in switcher
    assert switcher.count('href="/en/methods/"') == 1
    assert "language-switcher__fallback" in switcher


def test_switcher_on_a_view_swaps_the_prefix(client):
    """On the search view, the links keep the path and query with another prefix."""
    switcher = _switcher(client.get("/en/search/?q=lavoro").content.decode())
    assert 'href="/de/search/?q=lavoro"' in switcher


def test_interface_strings_are_translated(client):
    """The skip link, footer headings and search label follow the page language."""
    cases = {
        "it": ["Vai al contenuto principale", "Contatti", "Territori partner"],
        "de": ["Zum Hauptinhalt springen", "Kontakt", "Partnerregionen"],
        "da": ["Gå til hovedindhold", "Kontakt", "Partnerområder"],
        "sv": ["Hoppa till huvudinnehållet", "Kontakt", "Partnerområden"],
    }
    for code, strings in cases.items():
        html = client.get(f"/{code}/").content.decode()
        for text in strings:
            assert text in html, (code, text)


def test_language_names_are_native(client):
    """Language links are named in their own language for screen readers."""
    switcher = _switcher(client.get("/en/").content.decode())
    for name in ["Italiano", "Deutsch", "dansk", "svenska"]:
        assert re.search(rf">{name}<", switcher, re.IGNORECASE), name


def test_case_listing_interface_is_translated(client):
    """The case listing's filters and counts speak the page language."""
    html = client.get("/it/practices/").content.decode()
    assert "Filtra i casi" in html and "7 casi" in html
    html = client.get("/de/practices/").content.decode()
    assert "Praxisbeispiele filtern" in html and "Neueste zuerst" in html
    html = client.get("/da/reference-model/").content.decode()
    assert "Kritiske overgange" in html
    html = client.get("/sv/practices/evidence-levels/").content.decode()
    assert "Bevisad effekt" in html
