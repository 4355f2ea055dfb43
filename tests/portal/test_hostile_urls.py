"""Property: no query string, path segment or parameter value makes a public URL answer 5xx.

Every public URL pattern (pages in the five locales, listings, exports, feeds,
calendar, sitemap, search and suggestions, compare, the library, document
downloads, and the API's pages, documents, images and find endpoints with all
their parameters) is driven with hostile values: unicode digits, NUL, huge
integers, quotes and search operators, very long strings, percent-encoded junk,
repeated parameters. Runs in the SQLite and the PostgreSQL pass.
"""

import os
from urllib.parse import quote, urlencode

from django.test import Client

from wagtail.models import Page

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LOCALES = ["en", "it", "de", "da", "sv"]
EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "15"))  # per endpoint

CASE_FILTERS = ["q", "page", "territory", "country", "target_group", "method", "phase"]
CASE_FILTERS += ["evidence", "year", "sort"]
LIBRARY_FILTERS = ["q", "page", "type", "language", "territory", "year"]
SEARCH_PARAMS = ["q", "page", "type", "territory", "country", "target_group", "method", "phase"]
SEARCH_PARAMS += ["concept", "language", "year"]
API_COMMON = ["search", "search_operator", "offset", "limit", "order", "fields", "type", "id"]
API_COMMON += ["title", "slug", "locale"]
API_PAGES = API_COMMON + [
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "first_published_at",
    "last_published_at",
    "show_in_menus",
    "seo_title",
    "search_description",
    "territory",
    "country",
    "target_group",
    "method",
    "phase",
    "rich_text_format",
    "start_year",
    "evidence_level",
]
API_DOCUMENTS = API_COMMON + [
    "publication_date",
    "document_type",
    "language",
    "territory",
    "country",
    "tags",
    "created_at",
    "version",
]
API_FIND = ["id", "html_path", "type", "fields", "locale"]
JUNK_NAMES = ["x", "page", "q", "\x00", "fields[]", "a" * 300]

# (path template, parameter names); {lang} is one of the five locales, {junk} a hostile segment.
ENDPOINTS = [
    ("/{lang}/", ["q"]),
    ("/{lang}/practices/", CASE_FILTERS),
    ("/{lang}/practices/export/csv/", CASE_FILTERS),
    ("/{lang}/practices/export/json/", CASE_FILTERS),
    ("/{lang}/practices/export/{junk}/", CASE_FILTERS),
    ("/{lang}/practices/feed/atom/", []),
    ("/{lang}/practices/feed/rss/", []),
    ("/{lang}/practices/evidence-levels/", []),
    ("/{lang}/practices/propose/", ["territory", "title"]),
    ("/{lang}/practices/{junk}/", ["page"]),
    ("/{lang}/practices/herlev/{junk}/", []),
    ("/{lang}/methods/", ["page"]),
    ("/{lang}/methods/export/csv/", []),
    ("/{lang}/methods/export/json/", []),
    ("/{lang}/reference-model/", []),
    ("/{lang}/reference-model/coverage/", ["territory"]),
    ("/{lang}/reference-model/coverage/csv/", []),
    ("/{lang}/reference-model/coverage/{junk}/", []),
    ("/{lang}/reference-model/versions/{junk}/", []),
    ("/{lang}/reference-model/versions/{junk}/pdf/", []),
    ("/{lang}/workshops/", ["territory", "year"]),
    ("/{lang}/workshops/feed/atom/", []),
    ("/{lang}/workshops/feed/rss/", []),
    ("/{lang}/workshops/calendar/", []),
    ("/{lang}/library/", LIBRARY_FILTERS),
    ("/{lang}/library/{junk}/{junk}/", []),
    ("/{lang}/search/", SEARCH_PARAMS),
    ("/{lang}/search/suggest/", ["q"]),
    ("/{lang}/compare/", ["practices"]),
    ("/{lang}/open-data/", []),
    ("/{lang}/{junk}/", ["q"]),
    ("/", []),
    ("/sitemap.xml", ["p", "page"]),
    ("/robots.txt", []),
    ("/documents/{junk}/{junk}", []),
    ("/api/v2/pages/", API_PAGES),
    ("/api/v2/pages/{junk}/", ["fields", "type"]),
    ("/api/v2/pages/find/", API_FIND),
    ("/api/v2/documents/", API_DOCUMENTS),
    ("/api/v2/documents/{junk}/", ["fields"]),
    ("/api/v2/documents/find/", API_FIND),
    ("/api/v2/images/", API_COMMON + ["tags", "width", "height"]),
    ("/api/v2/images/find/", API_FIND),
]

HOSTILE_VALUES = [
    "",
    " ",
    "\x00",
    "a\x00b",
    '"',
    "'",
    "(",
    "*",
    "-1",
    "0",
    "²",
    "٣",
    "1e9",
    "1.5",
    "99999999999999999999999",
    str(2**63),
    str(-(2**63)),
    "NaN",
    "true",
    "null",
    "AND",
    "OR NOT",
    "NEAR(",
    "title:x^2~",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "%",
    "%s%d",
    "{}",
    "random",
    "-title",
    "title,-id",
    "*,-title",
    "_,id",
    "territory(title",
    "practices.PracticePage",
    "wagtailcore.Page,practices.PracticePage",
    "yesterday",
    "2026-02-30",
    "2026-01-01T25:00",
    "xor",
    "and",
    "zz",
    "root",
    "x" * 5000,
    "🙂" * 300,
    "\u202e\ufeff",
]
PERCENT_JUNK = ["%", "%Z", "%ZZ", "%C0%AF", "%FF%FE", "%00", "%E2%80%AE", "%ED%A0%80", "%25%30"]

# One value of each kind that has broken a parser somewhere: every API parameter gets all of them.
REPRESENTATIVES = [
    "²",
    "٣",
    "99999999999999999999999",
    "-1",
    "\x00",
    '"',
    "x" * 5000,
    "yesterday",
    "*,-title",
    "%",
    "",
]

values = st.one_of(
    st.sampled_from(HOSTILE_VALUES),
    st.integers(min_value=2**31).map(str),
    st.integers(max_value=-1).map(str),
    st.text(alphabet=st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=8),
    st.text(max_size=10).map(lambda text: text + "\x00"),
    st.text(max_size=40),
    st.binary(max_size=24).map(lambda raw: raw.decode("latin-1")),
)
API_PARAMETERS = [
    (template, name)
    for template, names in ENDPOINTS
    if template.startswith("/api/") and "{junk}" not in template
    for name in names
]


def _segment(value):
    return quote(value, safe="") or "x"


@pytest.mark.parametrize(("template", "names"), ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_no_public_url_answers_5xx(db, template, names, data):
    """Every endpoint, any locale, any parameters: 2xx, 3xx or 4xx."""
    path = template.replace("{lang}", data.draw(st.sampled_from(LOCALES), label="locale"))
    while "{junk}" in path:
        path = path.replace("{junk}", _segment(data.draw(values, label="segment")), 1)
    names = names + JUNK_NAMES
    params = data.draw(
        st.lists(st.tuples(st.sampled_from(names), values), min_size=1, max_size=4),
        label="params",
    )
    raw = data.draw(
        st.lists(st.sampled_from(PERCENT_JUNK), max_size=3).map("&q=".join), label="raw"
    )
    query = urlencode(params) + (f"&q={raw}&page={raw}" if raw else "")
    response = Client().get(f"{path}?{query}")
    assert response.status_code < 500, (path, params, response.content[:300])


@settings(
    max_examples=max(EXAMPLES // 5, 20), deadline=None, suppress_health_check=list(HealthCheck)
)
@given(data=st.data())
def test_every_live_page_takes_hostile_parameters(db, data):
    """Each live page in each locale, with hostile parameters any template might read."""
    urls = [
        page.url
        for page in Page.objects.live().public().filter(depth__gte=2).specific()[:400]
        if page.url
    ]
    url = data.draw(st.sampled_from(sorted(urls)), label="page")
    params = data.draw(
        st.lists(
            st.tuples(st.sampled_from(SEARCH_PARAMS + ["sort", "evidence", "practices"]), values),
            max_size=4,
        ),
        label="params",
    )
    response = Client().get(url, params)
    assert response.status_code < 500, (url, params)


@pytest.mark.parametrize(
    ("template", "name"), API_PARAMETERS, ids=[f"{t}?{n}" for t, n in API_PARAMETERS]
)
def test_each_api_parameter_takes_every_kind_of_hostile_value(db, template, name):
    """Each API parameter with each kind of value that has broken a parser: never a 5xx,
    and a 400 always says what was wrong."""
    client = Client()
    for value in REPRESENTATIVES:
        response = client.get(template, {name: value})
        assert response.status_code < 500, (template, name, value[:20], response.content[:300])
        if response.status_code == 400:
            assert response.json()["message"]
