"""Source 001 (da): the IP project presentation of 20-05-2010 (Herlev).

Key facts and figures of the presentation, checked on the Danish and English case pages.
"""

import pytest

from .helpers import assert_facts, visible_text

CASE = "/{lang}/practices/herlev/ip-integration-partnership/"

FACTS = {
    "en": [
        ("93 citizens in teams 1-6", r"93 citizens"),
        ("17 into jobs", r"Into jobs 17"),
        ("3 wage subsidy", r"Into wage-subsidy jobs 3"),
        ("1 flexjob", r"Into a flexjob 1"),
        ("8 education", r"Into education 8"),
        ("7 other support", r"To other support 7"),
        ("8 early-retirement assessment", r"early-retirement assessment 8"),
        ("goal: 80 to 90 citizens in three years", r"80 to 90 citizens"),
        ("goal: sickness absence down to 10%", r"10%"),
        ("match groups 3 and 4", r"match groups 3 and 4"),
        ("two introduction days, two wishes", r"two introduction days"),
        ("tripartite talks with the GP", r"tripartite talks"),
        ("culture meeting: clothing and pork", r"clothing.*pork"),
        ("cognitive methods", r"cognitive methods"),
        ("rules and do's and don'ts made visible", r"do's and don'ts"),
        ("different glasses", r"different glasses"),
        ("individual responsibility for self-support", r"responsibility to support themselves"),
        ("work identity", r"work identity"),
        ("body and mind, training", r"body and mind.*training"),
        ("story: hired on 1 May 2009", r"1 May 2009"),
        ("story: third placement in an IT firm", r"third placement.*IT firm"),
        ("story: CV and competence card", r"CV.*competence card"),
        ("story: 25-hour temporary post", r"25-hour"),
        ("lesson: six-month course", r"six-month"),
        ("material dated 20 May 2010", r"20 May 2010"),
    ],
    "da": [
        ("93 borgere", r"93 borgere"),
        ("17 i job", r"I job 17"),
        ("8 i uddannelse", r"I uddannelse 8"),
        ("80-90 borgere på tre år", r"80-90 borgere"),
        ("sygefravær 10 %", r"10 %"),
        ("matchgruppe 3 og 4", r"matchgruppe 3 og 4"),
        ("trekantssamtaler", r"trekantssamtaler"),
        ("kulturmødet", r"Kulturmødet"),
        ("svinekød", r"svinekød"),
        ("kognitive metoder", r"kognitive metoder"),
        ("do's and don'ts", r"do's and don'ts"),
        ("forskellige briller", r"forskellige briller"),
        ("ansvar for at forsørge sig selv", r"ansvar for at forsørge sig selv"),
        ("arbejdsidentitet", r"arbejdsidentitet"),
        ("krop og psyke", r"krop og psyke"),
        ("ansat 1. maj 2009", r"1\. maj 2009"),
        ("IT-firma", r"IT-firma"),
        ("kompetencekort", r"kompetencekort"),
        ("dateret 20-05-2010", r"20-05-2010"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "da"])
def test_herlev_facts_are_on_the_case_page(client, lang):
    text = visible_text(client.get(CASE.format(lang=lang)))
    assert_facts(text, FACTS[lang], CASE.format(lang=lang))


def test_herlev_results_cite_the_presentation(client):
    """Each outcome row names the presentation it comes from."""
    html = client.get(CASE.format(lang="en")).content.decode()
    results = html.split('id="results"', 1)[1].split("</table>", 1)[0]
    assert results.count("IP-projektet (integrationspartnerskabet)") == 7


def test_herlev_is_found_for_2010_and_2009(client):
    """The presentation is dated 2010 and a participant was hired in 2009."""
    for year in (2009, 2010):
        html = client.get(f"/en/practices/?year={year}").content.decode()
        assert "/en/practices/herlev/ip-integration-partnership/" in html, year


@pytest.mark.parametrize("lang", ["en", "da"])
def test_the_presentation_is_a_document_of_the_case(client, lang):
    """A Danish summary of the 20-05-2010 presentation is a PDF document, linked from the
    case's Documents and from its Sources entry, and downloads."""
    from portal.sources import Source

    document = Source.objects.get(key="herlev-ip-presentation-2010").document
    assert document is not None and document.file_extension == "pdf"
    html = client.get(CASE.format(lang=lang)).content.decode()
    documents = html.split('id="documents"', 1)[1].split("</section>", 1)[0]
    assert "IP-projektet: præsentation af 20-05-2010" in documents
    sources = html.split('id="sources-heading"', 1)[1].split("</section>", 1)[0]
    assert f'href="{document.url}"' in sources
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(
        response.streaming_content if response.streaming else [response.content]
    ).startswith(b"%PDF-")
