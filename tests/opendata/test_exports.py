"""CSV and JSON downloads: stable columns, long format, exactly what the listing shows."""

import csv
import io
import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from opendata import exports
from opendata.exports import CASE_COLUMNS, COVERAGE_COLUMNS, METHOD_COLUMNS
from practices import scale
from practices.models import PracticePage, TerritoryPage


def _csv(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    return list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8"))))


def _streamed_json(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.streaming, url
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(b"".join(response.streaming_content))


def _listing_slugs(client, query):
    html = client.get(f"/en/practices/?{query}").content.decode()
    return set(re.findall(r'href="/en/practices/(?!feed/|export/)[\w-]+/([\w-]+)/"', html))


def test_csv_of_the_swiss_listing_has_exactly_the_swiss_cases(client):
    rows = _csv(client, "/en/practices/export/csv/?country=CH")
    swiss = PracticePage.objects.live().filter(locale__language_code="en", territory__country="CH")
    assert {row["case_slug"] for row in rows} == set(swiss.values_list("slug", flat=True))
    assert {row["country"] for row in rows} == {"CH"}
    assert {row["territory_slug"] for row in rows} == {"glarus", "solothurn"}


@pytest.mark.parametrize(
    "query",
    ["", "country=IT", "target_group=persons-with-disabilities", "phase=intake", "q=placement"],
)
def test_export_holds_what_the_listing_shows(client, query):
    rows = _csv(client, f"/en/practices/export/csv/?{query}")
    assert {row["case_slug"] for row in rows} == _listing_slugs(client, query)


def test_long_format_has_one_row_per_indicator_and_stable_columns(client):
    response = client.get("/en/practices/export/csv/")
    body = response.getvalue().decode()
    header = body.splitlines()[0]
    assert header.split(",") == CASE_COLUMNS
    rows = list(csv.DictReader(io.StringIO(body)))
    herlev = [row for row in rows if row["case_slug"] == "ip-integration-partnership"]
    case = PracticePage.objects.get(slug="ip-integration-partnership", locale__language_code="en")
    assert len(herlev) == case.indicators.count() > 1
    jobs = next(row for row in herlev if row["indicator_denominator"] == "93")
    assert jobs["indicator_value"] == "17"
    assert jobs["indicator_share_percent"] == "18"
    assert [row["indicator_number"] for row in herlev] == [
        str(n) for n in range(1, len(herlev) + 1)
    ]


def test_json_export_has_the_same_rows(client):
    rows = _csv(client, "/en/practices/export/csv/?country=DK")
    data = _streamed_json(client, "/en/practices/export/json/?country=DK")
    assert data["meta"]["columns"] == CASE_COLUMNS
    assert data["meta"]["count"] == len(rows) == len(data["rows"])
    assert [row["case_slug"] for row in data["rows"]] == [row["case_slug"] for row in rows]
    assert any(row["indicator_value"] == 17 for row in data["rows"])


def test_drafts_are_not_exported(client):
    territory = TerritoryPage.objects.get(slug="glarus", locale__language_code="en")
    draft = PracticePage(title="Unpublished Glarus draft", slug="glarus-draft", live=False)
    territory.add_child(instance=draft)
    body = client.get("/en/practices/export/csv/?country=CH").getvalue().decode()
    assert "Unpublished Glarus draft" not in body


def test_csv_cells_that_would_run_as_a_formula_are_quoted_and_json_keeps_the_text(client):
    territory = TerritoryPage.objects.get(slug="glarus", locale__language_code="en")
    hostile = '=HYPERLINK("http://example.invalid","open")'
    for slug, title in (("formula", hostile), ("at-formula", "@SUM(1+1)")):
        territory.add_child(
            instance=PracticePage(title=title, slug=slug, start_year=2020)
        ).save_revision().publish()
    rows = _csv(client, "/en/practices/export/csv/?country=CH")
    by_slug = {row["case_slug"]: row for row in rows}
    assert by_slug["formula"]["case_title"] == "'" + hostile
    assert by_slug["at-formula"]["case_title"] == "'@SUM(1+1)"
    # Figures are numbers, not text: a year keeps its digits; other titles are untouched.
    assert by_slug["formula"]["start_year"] == "2020"
    assert by_slug["cm-t-continuous-monitoring"]["case_title"].startswith("CM-T")
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row.values())
    data = _streamed_json(client, "/en/practices/export/json/?country=CH")
    record = next(item for item in data["rows"] if item["case_slug"] == "formula")
    assert record["case_title"] == hostile


def test_an_unknown_format_is_a_404(client):
    assert client.get("/en/practices/export/xlsx/").status_code == 404
    assert client.get("/en/methods/export/xml/").status_code == 404


def test_unknown_filter_values_are_a_400_naming_the_parameter(client):
    """The listing names and ignores them; a file must not silently hold something else."""
    for query, name in [("country=ZZ", "country"), ("year=abc", "year")]:
        response = client.get(f"/en/practices/export/csv/?{query}")
        assert response.status_code == 400
        assert f"'{name}'" in response.content.decode()


def test_listing_links_to_its_own_filtered_export(client):
    html = client.get("/en/practices/?country=CH&page=1").content.decode()
    assert 'href="/en/practices/export/csv/?country=CH"' in html
    assert 'href="/en/practices/export/json/?country=CH"' in html


def test_methods_export(client):
    rows = _csv(client, "/en/methods/export/csv/")
    assert list(rows[0]) == METHOD_COLUMNS
    assert len(rows) == 21
    step = next(row for row in rows if row["method_slug"] == "step-model")
    assert int(step["case_count"]) >= 1
    data = client.get("/en/methods/export/json/").json()
    assert data["meta"]["count"] == 21
    assert 'href="/en/methods/export/csv/"' in client.get("/en/methods/").content.decode()


def test_coverage_export_in_both_formats(client):
    rows = _csv(client, "/en/reference-model/coverage/csv/")
    assert list(rows[0]) == COVERAGE_COLUMNS
    data = client.get("/en/reference-model/coverage/json/").json()
    assert len(data["rows"]) == len(rows)
    cell = next(
        row
        for row in data["rows"]
        if row["phase_key"] == "intake" and row["territory_slug"] == "herlev"
    )
    assert "ip-integration-partnership" in cell["case_slugs"]
    assert cell["case_count"] >= 1


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_query_count_does_not_grow_with_cases(client, settings, fmt):
    """The same number of queries for N and 3N cases (all in one chunk): no query per case."""
    settings.PORTAL_INCLUDE_SYNTHETIC = True
    url = f"/en/practices/export/{fmt}/?sort=title"

    def count():
        client.get(url)  # warm caches (site root paths, locales)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            body = b"".join(response.streaming_content)
        assert response.status_code == 200
        return len(queries), body.count(b"synthetic-case-")

    scale.generate(cases=4, territories=1, methods=3)
    small, shown = count()
    assert shown >= 4
    scale.generate(cases=8, territories=0, methods=0)
    large, shown = count()
    assert shown >= 12
    assert large == small


def test_case_urls_are_the_pages_own(client):
    """The url column is what each page's ``get_full_url`` gives, in every locale,
    a slug with letters beyond ASCII (quoted in the URL) included."""
    territory = TerritoryPage.objects.get(slug="glarus", locale__language_code="en")
    case = PracticePage(title="Zürich pilot", slug="zürich-pilot")
    territory.add_child(instance=case)
    case.save_revision().publish()
    for language in ("en", "de"):
        rows = _csv(client, f"/{language}/practices/export/csv/")
        pages = PracticePage.objects.in_bulk([int(row["case_id"]) for row in rows])
        assert len(pages) >= 7
        for row in rows:
            assert row["url"] == pages[int(row["case_id"])].get_full_url(), row["case_slug"]
    assert rows[0]["url"].startswith("http://") and "/de/practices/" in rows[0]["url"]
    english = _csv(client, "/en/practices/export/csv/?country=CH")
    assert any(row["url"].endswith("/en/practices/glarus/z%C3%BCrich-pilot/") for row in english)


def test_case_csv_is_streamed_in_chunks_with_the_same_bytes(client, monkeypatch):
    """The case export streams (constant memory), reading the cases a few at a time,
    and writes exactly the bytes of the same table built whole."""
    assert client.get("/en/practices/export/csv/").streaming
    monkeypatch.setattr(exports, "EXPORT_CHUNK", 2)
    cases = PracticePage.objects.live().filter(locale__language_code="en").order_by("title")
    streamed = exports.response(exports.cases_table(cases), "csv")
    assert streamed.streaming
    # The file as it was written whole before streaming (csv.DictWriter into one buffer).
    whole = io.StringIO()
    writer = csv.DictWriter(whole, fieldnames=CASE_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in exports.cases_table(cases).rows:
        writer.writerow({key: exports._plain(value) for key, value in row.items()})
    assert streamed.getvalue() == whole.getvalue().encode("utf-8")
    lines = whole.getvalue().split("\r\n")
    assert len(lines) - 2 >= cases.count() > 2  # header, rows, the empty tail


def test_case_json_is_streamed_and_parses_with_the_bytes_of_the_whole_file(client, rf, monkeypatch):
    """The JSON export streams too, and writes the bytes ``json.dumps`` gives for the
    whole file (its row count first), whatever the chunk size."""
    data = _streamed_json(client, "/de/practices/export/json/")
    assert data["meta"]["count"] == len(data["rows"]) >= 7
    assert {row["locale"] for row in data["rows"]} == {"de"}
    monkeypatch.setattr(exports, "EXPORT_CHUNK", 2)
    cases = PracticePage.objects.live().filter(locale__language_code="en").order_by("title")
    request = rf.get("/en/practices/export/json/")
    streamed = exports.response(exports.cases_table(cases, request), "json", request)
    assert streamed.streaming
    body = b"".join(streamed.streaming_content)
    parsed = json.loads(body)
    rows = list(exports.cases_table(cases, request).rows)
    assert parsed["meta"]["count"] == len(rows) > cases.count() > 2
    whole = {"meta": parsed["meta"], "rows": rows}  # the header as sent, then every row
    expected = json.dumps(whole, cls=exports.NumbersEncoder, ensure_ascii=False, indent=1)
    assert body.decode("utf-8") == expected
    assert any(isinstance(row["indicator_value"], int) for row in parsed["rows"])


@pytest.mark.parametrize("language", ["en", "it", "de", "da", "sv"])
def test_export_profiles_are_the_case_pages_own_or_their_originals(language):
    """Each case row carries the profile its case page shows: its own, else that of its
    default-locale original (a translation not yet written), else none; in every
    language, with translations that have a profile of their own and some that do not."""
    from opendata.exports import PROFILE_COLUMNS, _profile_columns, cases_table
    from practices.models import PracticePage
    from practices.models.profiles import profile_for

    cases = PracticePage.objects.live().filter(locale__language_code=language).order_by("pk")
    rows = {row["case_id"]: row for row in cases_table(cases).rows}
    assert len(rows) == cases.count() > 0
    kinds = set()
    for case in cases:
        profile = profile_for(case)
        kinds.add(
            "none" if profile is None else "own" if profile.page_id == case.pk else "original"
        )
        expected = _profile_columns(profile)
        assert {column: rows[case.pk][column] for column in PROFILE_COLUMNS} == expected, case.slug
    assert kinds >= ({"own"} if language == "en" else {"original"}), kinds
