from django.core.exceptions import ValidationError

import pytest

from search.models import Concept, ConceptTag
from search.models.crosswalk import split_terms


def test_initial_crosswalk_ships_at_least_25_concepts_in_five_languages():
    """The initial crosswalk has 25+ concepts, each with terms in all five languages."""
    concepts = list(Concept.objects.all())
    assert len(concepts) >= 25
    for concept in concepts:
        assert set(concept.all_terms()) == {"en", "it", "de", "da", "sv"}, concept.key


def test_work_placement_concept_joins_the_issue_terms():
    concept = Concept.objects.get(key="work-placement")
    assert concept.label("en") == "work placement"
    assert "inserimento lavorativo" in concept.terms("it")
    assert "Arbeitsintegration" in concept.terms("de")
    assert "virksomhedspraktik" in concept.terms("da")
    assert "arbetsträning" in concept.terms("sv")


def test_initial_content_tags_cases_with_concepts():
    """Cases of the initial content are tagged with crosswalk concepts."""
    slugs = set(
        ConceptTag.objects.filter(concept__key="work-placement").values_list(
            "page__slug", flat=True
        )
    )
    assert {"servizi-in-rete", "ip-integration-partnership"} <= slugs


def test_terms_are_split_per_line_without_duplicates():
    assert split_terms("presa in carico\n  Presa in  carico \n\ngestione del caso") == [
        "presa in carico",
        "gestione del caso",
    ]


def test_concept_without_english_term_is_invalid():
    concept = Concept(key="empty", terms_it="tirocinio")
    with pytest.raises(ValidationError):
        concept.full_clean()


def test_label_falls_back_to_english():
    concept = Concept(key="x", terms_en="wage subsidy\nflexjob")
    assert concept.label("sv") == "wage subsidy"
