"""Source 004 (it): the Servizi in rete project page (Monza e Brianza, Como, Mantova).

What it states is on the case pages and the reference model; what it only plans is
not reported as done; the model is not called adopted.
"""

import pytest

from .helpers import assert_facts, visible_text

CASE = "/{lang}/practices/monza-brianza/servizi-in-rete/"

CASE_FACTS = {
    "en": [
        ("system action of Piano LIFT", r"Piano LIFT"),
        ("three strands", r"three strands"),
        ("training-consultancy laboratory", r"training-consultancy laboratory"),
        ("type-B social cooperatives", r"type-B social cooperatives"),
        ("Como since 2012", r"Como, which since 2012"),
        ("Mantua since 2013", r"Mantua, which since 2013"),
        ("meetings open to both sets of operators", r"open both to the operators"),
        ("second system action", r"second system action"),
        ("monitoring links the two", r"monitoring links the two system actions"),
        ("presentation document", r"presentation document"),
        ("reception and employability", r"reception and employability"),
        (
            "reports from 9 September 2015 to 17 February 2016",
            r"9 September 2015 to 17 February 2016",
        ),
    ],
    "it": [
        ("Piano LIFT", r"Piano LIFT"),
        ("laboratorio formativo-consulenziale", r"laboratorio formativo-consulenziale"),
        ("cooperative sociali di tipo B", r"cooperative sociali di tipo B"),
        ("Como dal 2012", r"Como, che dal 2012"),
        ("Mantova dal 2013", r"Mantova, che dal 2013"),
        ("incontri aperti", r"aperti sia agli operatori"),
        ("seconda AdS", r"seconda AdS"),
        ("monitoraggio", r"monitoraggio integri le due azioni di sistema"),
        ("documento di presentazione", r"documento di presentazione"),
        ("accoglienza e occupabilità", r"accoglienza e occupabilità"),
    ],
}

MODEL_FACTS = [
    ("not adopted", r"not adopted"),
    ("expected result of the system action", r"expected result"),
    ("phases of reception and employability", r"reception and employability"),
    ("critical nodes still to be identified", r"still to be (done|identified)"),
    ("laboratory sessions", r"9 September, 6 October and 10 November 2015"),
    ("2016 sessions", r"13 January and 17 February 2016"),
    ("the project page as source", r"Servizi in rete\. Azioni di sistema"),
]


@pytest.mark.parametrize("lang", ["en", "it"])
def test_servizi_in_rete_facts_are_on_the_case_page(client, lang):
    text = visible_text(client.get(CASE.format(lang=lang)))
    assert_facts(text, CASE_FACTS[lang], CASE.format(lang=lang))


def test_reference_model_states_what_the_source_says(client):
    text = visible_text(client.get("/en/reference-model/"))
    assert_facts(text, MODEL_FACTS, "/en/reference-model/")


@pytest.mark.parametrize(
    "slug", ["como/como-taking-in-charge", "mantova/mantova-network-governance"]
)
def test_como_and_mantova_are_not_said_to_have_presented(client, slug):
    """The source only proposes the meetings; it does not say who presented on 3 December."""
    text = visible_text(client.get(f"/en/practices/{slug}/"))
    assert "presented this work" not in text and "presented this experience" not in text
    assert "does not say who presented" in text
