"""Elasticsearch 8 with an analyser per language and the crosswalk as synonyms.

Every full-text field (and the catch-all ``_all_text`` fields) gets one
sub-field per language (``_all_text.it``) analysed with that language's stop
words and stemmer; queries search the plain field and the sub-field of the
visitor's language. The crosswalk's terms are not expanded by the analysers
(the ``portal_crosswalk`` synonym filter is defined but used by no analyser):
the query-side expansion in ``search.crosswalk`` searches them as a weaker tier,
the same on every engine, and applies editors' changes at once.
"""

from copy import deepcopy

from django.db import DatabaseError

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.utils import deep_update

from portal.localization import language_settings

from ..decompound import LANGUAGES as COMPOUND_LANGUAGES
from ..decompound import MIN_PART, wordlist_path
from . import active_language


def language_analysis(synonym_rules):
    filters = {
        "portal_crosswalk": {
            "type": "synonym_graph",
            "lenient": True,
            "synonyms": synonym_rules or ["portal, portal"],
        }
    }
    filters["portal_it_elision"] = {
        "type": "elision",
        "articles_case": True,
        "articles": ["l", "un", "dell", "dall", "all", "nell", "sull", "d", "c", "s"],
    }
    analyzers = {}
    stemmers = language_settings("elasticsearch_stemmer")
    for code, name in language_settings("snowball").items():
        filters[f"portal_{code}_stop"] = {"type": "stop", "stopwords": f"_{name}_"}
        filters[f"portal_{code}_stem"] = {"type": "stemmer", "language": stemmers[code]}
        head = ["portal_it_elision"] if code == "it" else []
        head += ["lowercase", f"portal_{code}_stop"]
        index_head = list(head)
        word_list = compound_words(code)
        if word_list:
            # At index time only: the compound keeps its own token and its known parts are
            # added at the same position. A query compound is split by the engine's
            # compound tier instead, so that its exact form ranks first.
            filters[f"portal_{code}_decompound"] = {
                "type": "dictionary_decompounder",
                "word_list": word_list,
                "min_subword_size": MIN_PART,
                "only_longest_match": True,
            }
            index_head.append(f"portal_{code}_decompound")
        analyzers[f"portal_{code}"] = {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [*index_head, f"portal_{code}_stem"],
        }
        analyzers[f"portal_{code}_search"] = {
            "type": "custom",
            "tokenizer": "standard",
            # No crosswalk synonyms here: expanded inside the all-words query they made a
            # concept's other terms count as much as the word typed ("matchgruppe" ranked
            # the concept-tagged Solothurn case above the Herlev case holding the word).
            # The engine's crosswalk tier searches them, weaker, as on the other engines.
            "filter": [*head, f"portal_{code}_stem"],
        }
    return {"settings": {"analysis": {"filter": filters, "analyzer": analyzers}}}


def compound_words(code):
    """The shipped word list of a compound language (``manage.py build_compound_words``)."""
    path = wordlist_path(code)
    if code not in COMPOUND_LANGUAGES or not path.exists():
        return []
    return [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]


def crosswalk_synonyms():
    from ..models import Concept

    try:
        concepts = list(Concept.objects.all())
    except DatabaseError:
        return []
    rules = []
    for concept in concepts:
        terms = [term.lower() for values in concept.all_terms().values() for term in values]
        terms = [term.replace(",", " ").replace("=>", " ") for term in dict.fromkeys(terms)]
        if len(terms) > 1:
            rules.append(", ".join(terms))
    return rules


LANGUAGE_FIELDS = {
    code: {"type": "text", "analyzer": f"portal_{code}", "search_analyzer": f"portal_{code}_search"}
    for code in language_settings("snowball")
}


def _add_language_fields(properties):
    for mapping in properties.values():
        if mapping.get("type") == "nested":
            _add_language_fields(mapping["properties"])
        elif mapping.get("type") == "text" and "analyzer" not in mapping:
            mapping["fields"] = dict(LANGUAGE_FIELDS)


class LanguageMapping(Elasticsearch8Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        _add_language_fields(mapping["properties"])
        return mapping


class LanguageIndex(Elasticsearch8Index):
    def put(self):
        settings = deep_update(
            deepcopy(self.backend.settings), language_analysis(crosswalk_synonyms())
        )
        self.es.indices.create(index=self.name, **settings)


class LanguageQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = LanguageMapping

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        language = active_language()
        return remapped + [
            Field(f"{field.field_name}.{language}", field.boost)
            for field in remapped
            if "." not in field.field_name
        ]


class LanguageAutocompleteCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


class LanguageElasticsearchBackend(Elasticsearch8SearchBackend):
    mapping_class = LanguageMapping
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteCompiler
    results_class = Elasticsearch8SearchResults


SearchBackend = LanguageElasticsearchBackend
