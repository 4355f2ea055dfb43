"""The language-aware backends: how pages are analysed for each engine."""

from django.db import connection

import pytest

from practices.models import PracticePage
from search.backends.elasticsearch8 import LanguageMapping, crosswalk_synonyms, language_analysis
from search.backends.postgres import POSTGRES_CONFIGS

from .conftest import on_elasticsearch


def test_elasticsearch_fields_get_an_analyser_per_language():
    mapping = LanguageMapping(PracticePage).get_mapping()["properties"]
    language_fields = mapping["_all_text"]["fields"]
    assert language_fields["it"]["analyzer"] == "portal_it"
    assert language_fields["da"]["search_analyzer"] == "portal_da_search"
    # Autocomplete keeps its edge n-gram analyser.
    assert "fields" not in mapping["_edgengrams"]


def test_elasticsearch_analysis_uses_language_stemmers_stop_words_and_crosswalk_synonyms():
    rules = crosswalk_synonyms()
    assert any("inserimento lavorativo" in rule and "virksomhedspraktik" in rule for rule in rules)
    analysis = language_analysis(rules)["settings"]["analysis"]
    assert analysis["filter"]["portal_de_stem"]["language"] == "light_german"
    assert analysis["filter"]["portal_sv_stop"]["stopwords"] == "_swedish_"
    # The crosswalk is a weaker tier of the engine, not a synonym of the typed word.
    assert "portal_crosswalk" not in analysis["analyzer"]["portal_it_search"]["filter"]
    assert "portal_crosswalk" not in analysis["analyzer"]["portal_it"]["filter"]
    assert analysis["analyzer"]["portal_it_search"]["filter"][-1] == "portal_it_stem"


def test_postgres_uses_a_text_search_configuration_per_language():
    assert POSTGRES_CONFIGS["it"] == "italian" and POSTGRES_CONFIGS["sv"] == "swedish"


@pytest.mark.skipif("connection.vendor != 'sqlite'")
def test_sqlite_index_holds_stems_in_the_language_of_the_page():
    if on_elasticsearch():
        pytest.skip("the database index is not used")
    from wagtail.search.models import IndexEntry

    page = PracticePage.objects.get(slug="servizi-in-rete", locale__language_code="it")
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type__model="practicepage")
    assert " inser" in entry.body or " inser" in entry.title


@pytest.mark.skipif("connection.vendor != 'postgresql'")
def test_postgres_index_is_built_with_the_language_configuration():
    if on_elasticsearch():
        pytest.skip("the database index is not used")
    from wagtail.search.models import IndexEntry

    page = PracticePage.objects.get(slug="servizi-in-rete", locale__language_code="it")
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type__model="practicepage")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_tsvector('italian', 'inserimenti') @@ to_tsquery('italian', 'inserimento')"
        )
        assert cursor.fetchone()[0]
    assert "inser" in str(entry.body)
