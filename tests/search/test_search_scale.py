"""The search at scale (issue 18): one statement for the tiers' full-text searches on
SQLite, what only editors change read from the fragment cache (and followed at once
when it changes), and a repeated search that writes nothing."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

import pytest

from portal.cache import generation
from portal.visibility import public_documents, public_pages
from practices.models import Organisation, OrganisationKind, PracticeOrganisation, PracticePage
from search.models import Concept, ConceptTag, SearchTerm, SearchTermVisitor

from .conftest import refresh_index


def _links(response):
    return re.findall(r'<h2><a href="([^"]+)">', response.content.decode())


@pytest.mark.parametrize(
    ("model", "query", "language"),
    [
        ("page", PlainText("job coach", operator="and"), None),
        ("page", PlainText("inserimento lavorativo", operator="or"), None),
        ("page", Or([PlainText("work placement"), PlainText("supported employment")]), None),
        ("page", PlainText("arbeit", operator="and"), "de"),
        ("document", PlainText("employment", operator="and"), None),
    ],
)
def test_one_statement_ranks_as_the_backends_own_search(model, query, language):
    """``ranked_pks`` (all tiers in one SQL statement) gives each search's hits in the
    order of Wagtail's own ``search()``, candidates and analysis language included."""
    backend = get_search_backend()
    if not hasattr(backend, "ranked_pks"):
        pytest.skip("one-statement ranking is the SQLite backend's")
    if model == "page":
        codes = ["en", language or "it"]
        locales = Locale.objects.filter(language_code__in=codes).values_list("pk", flat=True)
        queryset = public_pages().filter(locale_id__in=list(locales))
    else:
        queryset = public_documents()
    from django.utils import translation

    with translation.override(language or "en"):
        expected = [hit.pk for hit in backend.search(query, queryset)[:200]]
    with CaptureQueriesContext(connection) as queries:
        (ranked, other) = backend.ranked_pks(
            [(query, queryset, language or "en"), (PlainText("zzzqqq"), queryset, None)], 200
        )
    assert expected, "the query finds something"
    assert ranked == expected
    assert other == []
    assert len(queries) == 1


def test_a_repeated_search_writes_nothing_the_same_day(client):
    """The first search of a visitor records the query; the same search again that day
    costs no write; a new query term does not start a new cache generation."""
    before = generation()
    client.get("/en/search/", {"q": "Boston"}, REMOTE_ADDR="198.51.100.7")
    assert SearchTermVisitor.objects.filter(term__query_string="boston").count() == 1
    assert generation() == before, "a visitor's query is no editor's change"
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/search/", {"q": "Boston"}, REMOTE_ADDR="198.51.100.7")
    writes = [q["sql"] for q in queries.captured_queries if not q["sql"].startswith("SELECT")]
    assert writes == []
    client.get("/en/search/", {"q": "Boston"}, REMOTE_ADDR="198.51.100.8")
    assert SearchTermVisitor.objects.filter(term__query_string="boston").count() == 2
    assert SearchTerm.objects.filter(query_string="boston").count() == 1


def test_an_organisation_role_added_after_a_search_is_found_at_once(client):
    """The organisations' names come from the fragment cache: a role written directly
    (not through a publish) still makes the next search find the case by that name."""
    case = PracticePage.objects.get(slug="cm-t-continuous-monitoring", locale__language_code="en")
    organisation = Organisation.objects.create(
        name="Quarzwerk Mitlödi", kind=OrganisationKind.PRIVATE_COMPANY, territory=case.territory
    )
    assert _links(client.get("/en/search/", {"q": "Quarzwerk Mitlödi"})) == []
    PracticeOrganisation.objects.create(page=case, organisation=organisation, role="Host company")
    refresh_index()
    links = _links(client.get("/en/search/", {"q": "Quarzwerk Mitlödi"}))
    assert links and links[0].endswith("/cm-t-continuous-monitoring/"), links


def test_a_concept_tag_added_after_a_search_ranks_its_page_at_once(client):
    """The concept tags come from the fragment cache: a tag written directly still puts
    the tagged page among the results of the concept's terms on the next search."""
    concept = Concept.objects.create(key="zyxwerk", terms_en="zyxwerk", terms_it="zyxwerkit")
    case = PracticePage.objects.get(slug="cm-t-continuous-monitoring", locale__language_code="en")
    assert _links(client.get("/en/search/", {"q": "zyxwerk"})) == []
    ConceptTag.objects.create(concept=concept, page=case)
    links = _links(client.get("/en/search/", {"q": "zyxwerk"}))
    assert links and links[0].endswith("/cm-t-continuous-monitoring/"), links


def test_a_page_restricted_after_a_search_leaves_its_results_at_once(client):
    """The tiers' statement is reused from one search to the next (on SQLite, per process):
    a view restriction added after a first search still takes the page out of the next
    search's results."""
    from wagtail.models import PageViewRestriction

    case = PracticePage.objects.get(slug="mia-multi-agency-team", locale__language_code="en")
    url = case.get_url()
    assert url in _links(client.get("/en/search/", {"q": "Boston"}))
    PageViewRestriction.objects.create(page=case, restriction_type=PageViewRestriction.LOGIN)
    refresh_index()
    assert url not in _links(client.get("/en/search/", {"q": "Boston"}))
