"""The public API at /api/v2/: what a consumer gets, and what it never gets."""

from django.core.files.base import ContentFile

from wagtail.models import Collection, PageViewRestriction

import pytest

from library.models import PortalDocument
from practices.models import PracticePage, TerritoryPage

from ..practices.factories import OutcomeIndicatorFactory

CASES = "/api/v2/pages/?type=practices.PracticePage&fields=*&locale=en&limit=100"


def _items(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return response.json()["items"]


def _territory(slug):
    return TerritoryPage.objects.get(slug=slug, locale__language_code="en")


def test_cases_are_listed_with_indicators_and_relations(client):
    """fields=* lists every published English case with its indicators, territory and methods."""
    items = _items(client, CASES)
    live = PracticePage.objects.live().filter(locale__language_code="en")
    assert {item["id"] for item in items} == set(live.values_list("pk", flat=True))
    herlev = next(item for item in items if item["meta"]["slug"] == "ip-integration-partnership")
    assert herlev["territory"]["slug"] == "herlev"
    assert herlev["territory"]["country"] == "DK"
    jobs = [row for row in herlev["indicators"] if row["denominator"] == 93]
    assert jobs and jobs[0]["value"] == 17 and jobs[0]["share_percent"] == 18
    assert herlev["methods"] and all("html_url" in method for method in herlev["methods"])
    assert herlev["evidence_level"]["code"]
    assert "<p>" in herlev["problem"]


def test_a_draft_case_never_appears(client):
    """An unpublished case, and the unpublished changes of a live case, stay out of the API."""
    territory = _territory("herlev")
    draft = PracticePage(title="Secret draft case", slug="secret-draft", live=False)
    territory.add_child(instance=draft)
    draft.save_revision()
    live = PracticePage.objects.live().get(slug="ip-integration-partnership", locale=draft.locale)
    live.title = "Unpublished new title"
    live.save_revision()
    body = client.get(CASES).content.decode()
    assert "Secret draft case" not in body
    assert "Unpublished new title" not in body
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404


def test_a_private_case_never_appears(client):
    """A case behind a login restriction is not in the API."""
    case = PracticePage.objects.live().get(
        slug="ip-integration-partnership", locale__language_code="en"
    )
    PageViewRestriction.objects.create(page=case, restriction_type=PageViewRestriction.LOGIN)
    ids = {item["id"] for item in _items(client, CASES)}
    assert case.pk not in ids
    assert client.get(f"/api/v2/pages/{case.pk}/").status_code == 404


def test_no_editor_data_in_pages(client):
    """No owner, revision, lock or e-mail data is exposed, even with fields=*."""
    case = PracticePage.objects.live().filter(locale__language_code="en").first()
    detail = client.get(f"/api/v2/pages/{case.pk}/?fields=*").content.decode()
    for secret in ("owner", "latest_revision", "locked_by", "contact_email", "@example"):
        assert secret not in detail


def test_country_filter_gives_the_swiss_cases(client):
    """?country=CH returns exactly the cases of Swiss territories."""
    items = _items(client, CASES + "&country=CH")
    expected = PracticePage.objects.live().filter(
        locale__language_code="en", territory__country="CH"
    )
    assert {item["id"] for item in items} == set(expected.values_list("pk", flat=True))
    assert {item["territory"]["slug"] for item in items} == {"glarus", "solothurn"}


@pytest.mark.parametrize(
    "name, value, lookup",
    [
        ("territory", "herlev", "territory__slug"),
        ("target_group", "refugees-provisionally-admitted", "target_groups__slug"),
        ("phase", "intake", "phases__key"),
    ],
)
def test_taxonomy_filters_give_exactly_the_matching_cases(client, name, value, lookup):
    """Each filter returns the live cases that match it, and only those."""
    items = _items(client, f"{CASES}&{name}={value}")
    expected = (
        PracticePage.objects.live()
        .filter(locale__language_code="en", **{lookup: value})
        .values_list("pk", flat=True)
    )
    assert items
    assert {item["id"] for item in items} == set(expected)
    assert len(items) < len(_items(client, CASES))


def test_method_filter_narrows_cases(client):
    case = _items(client, CASES)[0]
    method = case["methods"][0]["slug"]
    items = _items(client, f"{CASES}&method={method}")
    assert case["id"] in {item["id"] for item in items}
    assert all(method in {m["slug"] for m in item["methods"]} for item in items)


@pytest.mark.parametrize(
    "url, message",
    [
        ("/api/v2/pages/?country=CH", "filters only these types"),
        ("/api/v2/pages/?type=practices.PracticePage&country=XX", "'country' must be one of"),
        ("/api/v2/pages/?type=practices.PhasePage&method=x", "filters only these types"),
        ("/api/v2/pages/?type=no.SuchPage", "type doesn't exist"),
        ("/api/v2/pages/?limit=abc", "limit"),
        ("/api/v2/pages/?nonsense=1", "query parameter is not an operation or a recognised field"),
    ],
)
def test_bad_parameters_answer_400_with_a_message(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    assert message in response.json()["message"]


def test_methods_phases_and_reports_expose_their_fields(client):
    method = _items(client, "/api/v2/pages/?type=practices.MethodPage&fields=*&locale=en")[0]
    assert {"what_it_is", "steps", "target_groups", "phases", "evidence_level"} <= set(method)
    phases = _items(client, "/api/v2/pages/?type=practices.PhasePage&fields=*&locale=en")
    assert {phase["key"] for phase in phases} >= {"intake", "placement"}
    reports = _items(client, "/api/v2/pages/?type=workshops.WorkshopReportPage&fields=*&locale=it")
    assert len(reports) == 7
    assert all({"critical_nodes", "action", "purpose", "decisions"} <= set(r) for r in reports)
    assert any(report["purpose"] for report in reports)


def test_documents_have_metadata_but_not_members_only_files_or_text(client):
    members = Collection.objects.get(name="Network members only")
    secret = PortalDocument(title="Members-only working notes", collection=members)
    secret.file.save("notes.pdf", ContentFile(b"%PDF-1.4 members only"), save=False)
    secret.save()
    body = client.get("/api/v2/documents/?fields=*&limit=100").content.decode()
    assert "Members-only working notes" not in body
    assert "extracted_text" not in body
    assert "uploaded_by_user" not in body
    assert client.get(f"/api/v2/documents/{secret.pk}/").status_code == 404
    items = _items(client, "/api/v2/documents/?fields=*&limit=100")
    assert items
    first = items[0]
    assert {"document_type", "language", "territory", "summary", "publication_date"} <= set(first)
    assert first["meta"]["download_url"]


def test_documents_filter_by_territory_and_language(client):
    items = _items(client, "/api/v2/documents/?fields=territory,language&territory=monza-brianza")
    assert items
    assert {item["territory"]["slug"] for item in items} == {"monza-brianza"}
    italian = _items(client, "/api/v2/documents/?fields=language&language=it")
    assert italian and {item["language"] for item in italian} == {"it"}


def test_api_query_count_does_not_grow_with_cases(client, django_assert_max_num_queries):
    """Listing cases with every field costs the same number of queries at 7 and 27 cases."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(CASES).status_code == 200
        return len(queries)

    small = count()
    territory = _territory("glarus")
    for number in range(20):
        case = PracticePage(title=f"Extra case {number}", slug=f"extra-case-{number}")
        territory.add_child(instance=case)
        OutcomeIndicatorFactory(page=case)
        case.save_revision().publish()
    assert count() == small


def test_indicators_and_key_figures_name_their_cited_source(client):
    """An indicator or key figure with a cited source carries it as data; one without, null."""
    items = _items(client, CASES)
    rows = [row for item in items for row in item["indicators"]]
    figures = [figure for item in items for figure in item["key_figures"]]
    for row, field in [(row, "cited_source") for row in rows] + [(f, "source") for f in figures]:
        assert row[field] is None or row[field]["title"], row
    assert any(figure["source"] for figure in figures)


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # the site root paths and fragments are read once, then cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return response.json(), len(queries)


def _first_queries(client, url):
    """The queries of ``url`` under a new cache generation (nothing cached yet)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from portal.cache import purge

    purge()
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_case_list_serialises_light_fields_unless_asked_for_more(client):
    """Without ?fields= a listing gives Wagtail's default fields (id, meta, title) and reads
    no relation: the cases' ids and their count (the restrictions and the locale come from
    the fragment cache, the items too once serialised); the same list with fields=* still
    gives every field, its first time with a query per relation."""
    url = "/api/v2/pages/?type=practices.PracticePage&locale=en&limit=3"
    light, light_queries = _queries(client, url)
    assert light["meta"]["total_count"] == 7
    for item in light["items"]:
        assert set(item) == {"id", "meta", "title"}
        assert {"type", "detail_url", "html_url", "slug", "first_published_at"} <= set(item["meta"])
        assert item["meta"]["locale"] == "en"
    assert light_queries <= 2
    full, full_queries = _queries(client, url + "&fields=*")
    assert {"territory", "indicators", "methods", "problem"} <= set(full["items"][0])
    assert full_queries == light_queries
    assert _first_queries(client, url + "&fields=*") > _first_queries(client, url) + 5
    named, _ = _queries(client, url + "&fields=territory")
    assert set(named["items"][0]) == {"id", "meta", "title", "territory"}
    assert named["items"][0]["territory"]["slug"]


def test_the_untyped_page_list_reads_each_locale_once(client):
    """/api/v2/pages/ (every page type) joins the locale its items name: no query per page."""
    body, queries = _queries(client, "/api/v2/pages/?limit=20")
    assert len(body["items"]) == 20
    assert {item["meta"]["locale"] for item in body["items"]}
    assert queries <= 3


def test_a_case_detail_gives_every_field_and_takes_named_ones(client):
    case = PracticePage.objects.live().get(
        slug="ip-integration-partnership", locale__language_code="en"
    )
    detail = client.get(f"/api/v2/pages/{case.pk}/").json()
    assert {"territory", "indicators", "methods", "problem", "implementation_profile"} <= set(
        detail
    )
    named = client.get(f"/api/v2/pages/{case.pk}/?fields=_,problem,indicators")
    assert named.status_code == 200
    assert set(named.json()) == {"problem", "indicators"}


@pytest.mark.parametrize(
    "fields, message",
    [
        ("nope", "unknown fields: nope"),
        ("a((", "fields error: unexpected char '('"),
        ("*,*", "fields error: '*' must be in the first position"),
        ("\x00", "fields error: unexpected char"),
        ("problem(id)", "'problem' does not support nested fields"),
        ("territory(nope)", "unknown fields: nope"),
        ("methods(" * 6 + "id" + ")" * 6, "fields nests deeper than 5 levels"),
        ("a(" * 3000, "fields is longer than 1000 characters"),
        ("x," * 60000, "fields is longer than 1000 characters"),
    ],
    ids=lambda value: value[:20],
)
@pytest.mark.parametrize("endpoint", ["list", "detail", "documents"])
def test_hostile_fields_answer_400_with_a_message(client, fields, message, endpoint):
    """A malformed, unknown, deeply nested or huge ?fields= is a 400 naming the problem."""
    from urllib.parse import quote

    case = PracticePage.objects.live().filter(locale__language_code="en").first()
    base = {
        "list": "/api/v2/pages/?type=practices.PracticePage&fields=",
        "detail": f"/api/v2/pages/{case.pk}/?fields=",
        "documents": "/api/v2/documents/?fields=",
    }[endpoint]
    if endpoint == "documents" and fields in ("problem(id)", "territory(nope)"):
        fields = fields.replace("problem", "summary")
    response = client.get(base + quote(fields))
    assert response.status_code == 400, response.content[:200]
    assert (
        message.replace("problem", "summary" if endpoint == "documents" else "problem")
        in (response.json()["message"])
    )
