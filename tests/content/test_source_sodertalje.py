"""Source 003 (sv): the undated post on implementation after the MIA project (Södertälje)."""

import pytest

from .helpers import assert_facts, visible_text

CASE = "/{lang}/practices/sodertalje/mia-multi-agency-team/"

FACTS = {
    "en": [
        ("multi-agency team (MGT)", r"multi-agency team \(MGT\)"),
        ("started last year", r"\"last year\""),
        ("three proposals", r"three proposals"),
        ("pros and cons presented", r"advantages and disadvantages"),
        ("a place of coordination and cooperation", r"coordination and cooperation"),
        ("agreed option is a proposal", r"a proposal they have agreed on"),
        ("new rehabilitation team", r"rehabilitation team"),
        ("smaller target group", r"smaller target group"),
        ("Boston approach, not compulsory", r"Boston approach.*not compulsory"),
        ("not the only method that works", r"not the only method that works"),
        ("refugee women outside the labour market", r"women"),
        (
            "illness, language, disability or mental ill-health",
            r"illness, language, disability or mental ill-health",
        ),
        ("coordination association", r"Samordningsförbundet Södertälje"),
    ],
    "sv": [
        ("myndighetsgemensamt team (MGT)", r"myndighetsgemensamt team \(MGT\)"),
        ("förra året", r"förra året"),
        ("tre förslag", r"tre förslag"),
        ("fördelar och nackdelar", r"fördelar och nackdelar"),
        ("samordnings- och samverkansplats", r"samordnings- och samverkansplats"),
        ("ett förslag man enats om", r"förslag man enats om"),
        ("rehabiliteringsteam", r"rehabiliteringsteam"),
        ("mindre målgrupp", r"mindre målgrupp"),
        ("Bostonmetoden, inte tvingande", r"Bostonmetoden.*inte är tvingande"),
        ("inte den enda metoden som fungerar", r"inte är den enda metoden som fungerar"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_sodertalje_facts_are_on_the_case_page(client, lang):
    text = visible_text(client.get(CASE.format(lang=lang)))
    assert_facts(text, FACTS[lang], CASE.format(lang=lang))


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_agreed_option_is_not_presented_as_decided(client, lang):
    text = visible_text(client.get(CASE.format(lang=lang)))
    assert "making permanent" not in text
    assert "gör det som MIA-projektet prövade varaktigt" not in text
