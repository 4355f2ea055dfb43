"""Source 000 (de): news item of 28 December 2020, Prix sozialinfo.ch 2020 for CM-T (Glarus).

Each key fact of the source, with its figures, must be readable on the public case
pages in German (the source language) and English.
"""

import pytest

from .helpers import assert_facts, visible_text

CASE = "/{lang}/practices/glarus/cm-t-continuous-monitoring/"

FACTS = {
    "en": [
        ("award: Prix sozialinfo.ch 2020", r"Prix sozialinfo\.ch 2020"),
        ("second place", r"2nd place|placed the project second"),
        ("awarded every two years", r"every two years"),
        ("2020 theme: digitalisation in social work", r"digitalisation in social work"),
        ("an expert jury", r"expert jury"),
        ("winner's certificate", r"winner's certificate"),
        ("built with the local IT firm Lemonbrain", r"Lemonbrain"),
        ("by the coordination office for refugees", r"Koordinationsstelle Integration Flüchtlinge"),
        ("predefined assessment forms", r"predefined assessment forms"),
        ("entered from a computer or a phone", r"computer or a phone"),
        ("programmes listed", r"trial placements.*internships.*asylum support"),
        ("chronological list shows development", r"chronological list"),
        ("feeds integration planning", r"integration planning"),
        ("more than half in gainful work", r"more than half"),
        ("the source is dated 28 December 2020", r"28 December 2020"),
    ],
    "de": [
        ("Auszeichnung", r"Prix sozialinfo\.ch 2020"),
        ("zweiter Platz", r"2\. Platz|zweiten Platz"),
        ("alle zwei Jahre", r"alle zwei Jahre"),
        ("Thema Digitalisierung", r"Digitalisierung im Sozialwesen"),
        ("Fachjury", r"Fachjury"),
        ("Gewinnerzertifikat", r"Gewinnerzertifikat"),
        ("Lemonbrain", r"Lemonbrain"),
        ("Bewertungsbögen", r"vordefinierten.*Bewertungsbögen"),
        ("Computer oder Handy", r"Computer oder Handy"),
        ("Integrationsvorlehre", r"Integrationsvorlehre"),
        ("chronologische Auflistung", r"chronologische Auflistung"),
        ("mehr als die Hälfte", r"mehr als die Hälfte"),
        ("Datum der Meldung", r"28\. Dezember 2020"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_glarus_facts_are_on_the_case_page(client, lang):
    text = visible_text(client.get(CASE.format(lang=lang)))
    assert_facts(text, FACTS[lang], CASE.format(lang=lang))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_glarus_is_not_dated_before_the_award(client, lang):
    """Only the award is dated: no 'since 2020' and no start year for the case."""
    text = visible_text(client.get(CASE.format(lang=lang)))
    assert "since 2020" not in text and "seit 2020" not in text


def test_glarus_case_cites_the_news_item(client):
    html = client.get(CASE.format(lang="en")).content.decode()
    sources = html.split('id="sources-heading"', 1)[1]
    assert "Digitalisierung konkret: Glarner Integrationsprojekt wird ausgezeichnet" in sources
    assert "Kanton Glarus, Public Newsroom" in sources
    assert 'datetime="2020-12-28"' in sources
