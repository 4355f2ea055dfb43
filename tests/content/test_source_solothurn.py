"""Source 002 (de): the Solothurn government decision on continuous case management
and the pilot phase. Decisions, legal bases, figures and clauses, on the German and
English case pages; costs and staff as key figures, never as outcomes."""

import re

import pytest

from .helpers import assert_facts, number, visible_text

CASE = "/{lang}/practices/solothurn/continuous-case-management-pilot/"

COMMON = [
    ("RRB 2018/2026", r"2018/2026"),
    ("RRB 2020/1522", r"2020/1522"),
    ("§ 26 Sozialgesetz", r"§ 26"),
    ("BGS 831.1", r"BGS 831\.1"),
    ("AIG Art. 53 and 54", r"53 (and|und) 54"),
    ("SR 142.20", r"SR 142\.20\b"),
    ("VIntA Art. 2", r"VIntA"),
    ("KIP 2 and KIP 2bis", r"KIP 2 (and|und) KIP 2bis"),
    ("SEM", r"\bSEM\b"),
    ("IIZ-EKG", r"IIZ-EKG"),
    ("pilot regions", r"Oberer Leberberg (and|und) Untergäu"),
    ("other eleven social regions", r"eleven|elf"),
    ("3.8 FTE", r"3[.,]8"),
    ("CHF 156,000 per post and year", r"CHF " + number(156000)),
    ("CHF 1.2 million cap", r"CHF " + number(1200000)),
    ("segments A, V, O, S", r"\(A\).*\(V\).*\(O\).*\(S\)"),
]

FACTS = {
    "en": COMMON
    + [
        ("18 December 2018", r"18 December 2018"),
        ("2 November 2020", r"2 November 2020"),
        ("working group led by the social regions", r"led by the social regions"),
        ("effective costs only", r"effective costs"),
        ("additional credit clause", r"additional credit"),
        ("evaluation criteria", r"practicability, effectiveness and efficiency"),
        ("reviewed at least every six months", r"at least every six months"),
        ("pilot from October 2023 for two years", r"October 2023"),
    ],
    "de": COMMON
    + [
        ("18. Dezember 2018", r"18\. Dezember 2018"),
        ("2. November 2020", r"2\. November 2020"),
        ("Leitung bei den Sozialregionen", r"Leitung der Sozialregionen"),
        ("effektive Kosten", r"effektiven Kosten"),
        ("Zusatzkredit", r"Zusatzkredit"),
        (
            "Praxistauglichkeit, Wirksamkeit und Effizienz",
            r"Praxistauglichkeit, Wirksamkeit und Effizienz",
        ),
        ("Kurzassessment, Praxisassessment, vertiefte Potenzialerfassung", r"Praxisassessment"),
        ("Oktober 2023", r"Oktober 2023"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_solothurn_facts_are_on_the_case_page(client, lang):
    text = visible_text(client.get(CASE.format(lang=lang)))
    assert_facts(text, FACTS[lang], CASE.format(lang=lang))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_costs_and_staff_are_key_figures_not_outcomes(client, lang):
    """The cost per post, the staff and the cost cap sit in the key-figures table; the
    case has no outcome table, because the pilot has not reported results."""
    html = client.get(CASE.format(lang=lang)).content.decode()
    assert 'id="results"' not in html
    figures = html.split('id="key-figures"', 1)[1].split("</table>", 1)[0]
    figures = figures.replace("\u202f", " ").replace("\xa0", " ")
    for pattern in (r"3[.,]8", number(156000), number(1200000)):
        assert re.search(pattern, figures), pattern


def test_solothurn_is_not_badged_theoretically_grounded(client):
    """The decision cites no research, so the case is 'Described'."""
    html = client.get(CASE.format(lang="en")).content.decode()
    assert "Theoretically grounded" not in html
    assert "Described" in html


def test_iiz_is_not_a_coordination_association(client):
    html = client.get(CASE.format(lang="en")).content.decode()
    who = html.split('id="who"', 1)[1].split("</section>", 1)[0]
    iiz = who.split("Interinstitutionelle Zusammenarbeit", 1)[1].split("</li>", 1)[0]
    assert "Coordination association" not in iiz
