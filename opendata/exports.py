"""Bulk exports as CSV and JSON: cases with their indicators, methods, coverage.

Each export is a table with stable column names. Cases come in a long format,
one row per outcome indicator (a case without indicators still has one row,
with the indicator columns empty), so the file loads straight into a
spreadsheet or a data frame. The JSON holds the same rows as objects.
Only live, public pages are exported; what a listing exports is exactly the
filtered set it shows.

The case export, the large one, streams in both formats: it reads plain values
(no page instances) a chunk of cases at a time, with a fixed number of queries per
chunk, and writes the bytes the whole file written at once would have.
"""

import csv
import json
import re
from contextlib import nullcontext
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice
from operator import add, itemgetter
from types import SimpleNamespace
from urllib.parse import quote

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections
from django.db.models import Count, F, Prefetch, Q, prefetch_related_objects
from django.db.models.expressions import RawSQL
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.http import RFC3986_SUBDELIMS

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from portal.visibility import public_pages
from practices.models import MethodPage, OutcomeIndicator, PhasePage, PracticePage, TargetGroup
from practices.models.profiles import CaseProfile, profiles_for

FORMATS = ("csv", "json")
LIST_SEPARATOR = "; "

# The implementation and cost profile, appended to the case and method rows (empty
# where the sources report nothing). Costs are "amount currency basis year" items.
PROFILE_COLUMNS = [
    "profile_staff",
    "profile_total_fte",
    "profile_duration",
    "profile_duration_months",
    "profile_intensity",
    "profile_preconditions",
    "profile_training",
    "profile_partners",
    "profile_costs",
    "profile_cost_band",
    "profile_targets",
    "profile_effect",
    "profile_effect_evidence_level",
    "profile_source",
]
CASE_COLUMNS = [
    "case_id",
    "case_slug",
    "case_title",
    "locale",
    "url",
    "territory_slug",
    "territory",
    "country",
    "start_year",
    "end_year",
    "ongoing",
    "target_groups",
    "methods",
    "phases",
    "evidence_level",
    "indicator_number",
    "indicator_label",
    "indicator_value",
    "indicator_unit",
    "indicator_denominator",
    "indicator_share_percent",
    "indicator_population",
    "indicator_period",
    "indicator_date",
    "indicator_source",
    *PROFILE_COLUMNS,
]
METHOD_COLUMNS = [
    "method_id",
    "method_slug",
    "method_title",
    "locale",
    "url",
    "origin_territory_slug",
    "origin_territory",
    "country",
    "target_groups",
    "phases",
    "evidence_level",
    "case_count",
    *PROFILE_COLUMNS,
]
COVERAGE_COLUMNS = [
    "phase_key",
    "phase",
    "territory_slug",
    "territory",
    "cases",
    "methods",
    "country",
    "case_count",
    "case_slugs",
    "method_count",
    "method_slugs",
]


EVIDENCE_MAP_COLUMNS = [
    "method_slug",
    "method",
    "phase_key",
    "phase",
    "method_serves_phase",
    "case_count",
    "described",
    "theoretically_grounded",
    "indications_of_effect",
    "proven_effective",
    "gap",
    "case_slugs",
]


def _number(decimal):
    return int(decimal) if decimal == decimal.to_integral_value() else float(decimal)


class NumbersEncoder(DjangoJSONEncoder):
    """Decimals as JSON numbers (Django's encoder writes them as strings)."""

    def default(self, o):
        if isinstance(o, Decimal):
            return _number(o)
        return super().default(o)


@dataclass
class Table:
    name: str
    columns: list
    rows: list = field(default_factory=list)  # dicts keyed by column, or a generator of them
    count: object = None  # for a generator: a callable giving the number of its rows


def _joined(values):
    return LIST_SEPARATOR.join(str(value) for value in values)


# A text cell a spreadsheet would run as a formula (OWASP "CSV injection"): "=", "+",
# "-", "@", a tab or a carriage return first. Numbers are never text here, so a
# negative figure keeps its sign.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain(value):
    """A cell as text: booleans as true/false, None as empty, decimals without trailing
    zeros, and text that would start a formula behind an apostrophe."""
    if type(value) is str:
        return "'" + value if value.startswith(_FORMULA_START) else value
    if type(value) is int:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "normalize"):
        return f"{value.normalize():f}"
    return value


_NO_PROFILE = dict.fromkeys(PROFILE_COLUMNS)
_NO_INDICATOR = dict.fromkeys(column for column in CASE_COLUMNS if column.startswith("indicator_"))


def _profile_columns(profile):
    if profile is None:
        return dict(_NO_PROFILE)
    return {
        "profile_staff": _joined(
            block.value["role"]
            + (f" ({block.value['fte'].normalize():f} FTE)" if block.value.get("fte") else "")
            for block in profile.staff
        ),
        "profile_total_fte": profile.total_fte,
        "profile_duration": profile.duration,
        "profile_duration_months": profile.duration_months,
        "profile_intensity": profile.intensity,
        "profile_preconditions": profile.preconditions,
        "profile_training": profile.training,
        "profile_partners": _joined(block.value["name"] for block in profile.partners),
        "profile_costs": _joined(
            " ".join(
                str(part)
                for part in (
                    f"{block.value['amount'].normalize():f}",
                    block.value["currency"],
                    block.value["basis"],
                    block.value.get("year") or "",
                )
                if part != ""
            )
            for block in profile.costs
        ),
        "profile_cost_band": profile.cost_band,
        "profile_targets": profile.targets,
        "profile_effect": profile.effect_summary,
        "profile_effect_evidence_level": profile.effect_evidence_level,
        "profile_source": profile.source,
    }


EXPORT_CHUNK = 500

# What a case row reads of the case and its territory: plain values, no page instances
# (a case page carries rich text and stream fields the export never shows).
CASE_FIELDS = (
    "pk",
    "slug",
    "title",
    "locale__language_code",
    "url_path",
    "translation_key",
    "territory",
    "territory__slug",
    "territory__title",
    "territory__country",
    "start_year",
    "end_year",
    "ongoing",
    "evidence_level",
)
INDICATOR_FIELDS = (
    "page_id",
    "label",
    "value",
    "unit",
    "denominator",
    "population",
    "period",
    "date",
    "source",
)


def cases_table(cases, request=None):
    """One row per indicator of each case; ``cases`` is a queryset of live cases.

    The rows are a generator that reads the cases' own values ``EXPORT_CHUNK`` at a
    time, with their links, indicators and profiles in one query each per chunk, and
    the vocabularies they link to once: a file of every case streams in constant
    memory with a constant number of queries per chunk (see ``response``).
    """
    return Table(
        "cases", CASE_COLUMNS, _case_rows(cases, request), count=lambda: _case_row_count(cases)
    )


def _case_row_count(cases):
    """How many rows ``cases_table(cases)`` holds (one per indicator, at least one per
    case), counted in two queries for the JSON header before its rows are read."""
    ids = cases.order_by().values("pk")
    found = OutcomeIndicator.objects.filter(page_id__in=ids).aggregate(
        indicators=Count("pk"), cases=Count("page_id", distinct=True)
    )
    return cases.order_by().count() + found["indicators"] - found["cases"]


def _batched(iterable, size):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Links:
    """The slugs (keys for phases) a chunk of cases links to, in the order the case
    page lists them: target groups in their own order, public methods by slug,
    public phases by their order in the reference model.

    Each vocabulary is read once per export, in the database's order; a chunk's
    links are then one query per relation."""

    def __init__(self):
        self.vocabularies = {
            "target_groups": self._ranked(TargetGroup.objects.values_list("pk", "slug")),
            "methods": self._ranked(
                public_pages(MethodPage.objects.all()).order_by("slug").values_list("pk", "slug")
            ),
            "phases": self._ranked(
                public_pages(PhasePage.objects.all())
                .order_by("sort_order")
                .values_list("pk", "key")
            ),
        }

    @staticmethod
    def _ranked(pairs):
        return {pk: (rank, slug) for rank, (pk, slug) in enumerate(pairs)}

    def of(self, chunk):
        """{relation: {case id: "slug; slug"}} for the cases of ``chunk`` (a subquery of ids)."""
        result = {}
        for name, vocabulary in self.vocabularies.items():
            field = PracticePage._meta.get_field(name)
            through = field.remote_field.through
            linked = {}
            for case_id, target_id in through.objects.filter(
                **{f"{field.m2m_field_name()}__in": chunk}
            ).values_list(field.m2m_column_name(), field.m2m_reverse_name()):
                if target_id in vocabulary:
                    linked.setdefault(case_id, []).append(vocabulary[target_id])
            result[name] = {
                case_id: LIST_SEPARATOR.join([slug for _, slug in sorted(items)])
                for case_id, items in linked.items()
            }
        return result


class _PageUrls:
    """``page.get_full_url(request)`` from the page's ``url_path``, without the page.

    Wagtail's reasoning (``Page.get_url_parts``): the first site root the path is
    under (the request's site if the page is under several), in the root's
    language; ``wagtail_serve`` is reversed once per parent page, and each page's
    slug is quoted onto its parent's URL as ``reverse()`` would. A path that
    pattern would not take goes through ``reverse()`` itself."""

    SEGMENT = re.compile(r"[\w\-]+")
    SAFE = RFC3986_SUBDELIMS + "/~:@"

    def __init__(self, request=None):
        self.request = request
        self.root_paths = Site.get_site_root_paths()
        self.roots = {root.root_path for root in self.root_paths}
        self.i18n = getattr(settings, "WAGTAIL_I18N_ENABLED", False)
        self.append_slash = getattr(settings, "WAGTAIL_APPEND_SLASH", True)
        self.parents = {}

    def __call__(self, url_path):
        parent, _, slug = url_path[:-1].rpartition("/")
        parts = None
        if url_path.endswith("/") and url_path not in self.roots and self.SEGMENT.fullmatch(slug):
            # Under the same roots as its parent (it is no root itself): the parent's URL
            # and the quoted slug.
            if parent not in self.parents:
                self.parents[parent] = self._url_parts(parent + "/")
            if self.parents[parent] is not None:
                root_url, parent_path = self.parents[parent]
                # An ASCII slug of the pattern is all unreserved characters: quoted, the same.
                quoted = slug if slug.isascii() else quote(slug, safe=self.SAFE)
                parts = root_url, f"{parent_path}{quoted}/"
        if parts is None:
            parts = self._url_parts(url_path)
            if parts is None:
                return None
        root_url, page_path = parts
        if not self.append_slash and page_path != "/":
            page_path = page_path.rstrip("/")
        return root_url + page_path

    def _url_parts(self, url_path):
        """(root URL, page path) as ``Page.get_url_parts`` gives them, or None."""
        possible = [root for root in self.root_paths if url_path.startswith(root.root_path)]
        if not possible:
            return None
        site_id, root_path, root_url, language_code = possible[0]
        if len({root[0] for root in possible}) > 1 and isinstance(self.request, HttpRequest):
            site = Site.find_for_request(self.request)
            if site:
                for root in possible:
                    if root[0] == site.pk:
                        site_id, root_path, root_url, language_code = root
                        break
        if self.i18n:
            try:
                active = translation.get_language()
                if get_supported_content_language_variant(active) == language_code:
                    language_code = active
            except LookupError:
                pass
        language = translation.override(language_code) if self.i18n else nullcontext()
        try:
            with language:
                return root_url, reverse("wagtail_serve", args=(url_path[len(root_path) :],))
        except NoReverseMatch:
            return None


def _case_profiles(rows, chunk):
    """``{case id: profile}`` for a chunk of case rows in one query (``chunk``: a
    subquery of their ids), with the same fallback to the default-locale original as
    ``practices.models.profiles.profiles_for``."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    # The chunk's pages and their default-locale originals, as one condition on the
    # page table (its id and translation-key indexes): an OR of two subqueries on the
    # profiles took PostgreSQL 100 ms per chunk.
    pages = Page.objects.filter(
        Q(id__in=chunk)
        | Q(translation_key__in=[row[5] for row in rows], locale__language_code=default)
    ).values("id")
    found = CaseProfile.objects.filter(page_id__in=pages).annotate(
        page_key=F("page__translation_key"), page_language=F("page__locale__language_code")
    )
    own, originals = {}, {}
    for profile in found:
        own[profile.page_id] = profile
        if profile.page_language == default:
            originals[profile.page_key] = profile
    return {row[0]: own.get(row[0]) or originals.get(row[5]) for row in rows}


def _indicators(chunk):
    """{case id: [indicator values]} in the case page's order."""
    result = {}
    found = OutcomeIndicator.objects.filter(page_id__in=chunk).values_list(*INDICATOR_FIELDS)
    for values in found:
        result.setdefault(values[0], []).append(values)
    return result


def _share(value, denominator):
    """``OutcomeIndicator.share`` of plain values."""
    return OutcomeIndicator.share.fget(SimpleNamespace(value=value, denominator=denominator))


def _ids_subquery(ids, connection):
    """The page ids as a subquery, built once for every query about a chunk (as a
    list, Django would prepare each id again in each of them)."""
    quote_name = connection.ops.quote_name
    table, column = quote_name(Page._meta.db_table), quote_name(Page._meta.pk.column)
    placeholders = ", ".join(["%s"] * len(ids))
    return RawSQL(f"SELECT {column} FROM {table} WHERE {column} IN ({placeholders})", ids)


def _case_rows(cases, request):
    rows = cases.select_related(None).prefetch_related(None).values_list(*CASE_FIELDS)
    links = _Links()
    url_of = _PageUrls(request)
    for chunk_rows in _batched(rows.iterator(chunk_size=EXPORT_CHUNK), EXPORT_CHUNK):
        chunk = _ids_subquery([row[0] for row in chunk_rows], connections[rows.db])
        linked = links.of(chunk)
        groups, methods, phases = linked["target_groups"], linked["methods"], linked["phases"]
        indicators = _indicators(chunk)
        profiles = _case_profiles(chunk_rows, chunk)
        for (
            pk,
            slug,
            title,
            language,
            url_path,
            _key,
            territory,
            territory_slug,
            territory_title,
            country,
            start_year,
            end_year,
            ongoing,
            evidence_level,
        ) in chunk_rows:
            # The columns in CASE_COLUMNS order: the case's, its indicator's, its profile's.
            case = {
                "case_id": pk,
                "case_slug": slug,
                "case_title": title,
                "locale": language,
                "url": url_of(url_path),
                "territory_slug": territory_slug if territory else "",
                "territory": territory_title if territory else "",
                "country": country if territory else "",
                "start_year": start_year,
                "end_year": end_year,
                "ongoing": ongoing,
                "target_groups": groups.get(pk, ""),
                "methods": methods.get(pk, ""),
                "phases": phases.get(pk, ""),
                "evidence_level": evidence_level,
            }
            profile = profiles.get(pk)
            profile = _NO_PROFILE if profile is None else _profile_columns(profile)
            own = indicators.get(pk)
            if not own:
                yield {**case, **_NO_INDICATOR, **profile}
                continue
            for number, (
                _page,
                label,
                value,
                unit,
                denominator,
                population,
                period,
                date,
                source,
            ) in enumerate(own, start=1):
                yield {
                    **case,
                    "indicator_number": number,
                    "indicator_label": label,
                    "indicator_value": value,
                    "indicator_unit": unit,
                    "indicator_denominator": denominator,
                    "indicator_share_percent": _share(value, denominator),
                    "indicator_population": population,
                    "indicator_period": period,
                    "indicator_date": date,
                    "indicator_source": source,
                    **profile,
                }


def methods_table(methods, request=None):
    """One row per method; ``methods`` carry ``case_count`` (see practices.presentation)."""
    table = Table("methods", METHOD_COLUMNS)
    prefetch_related_objects(
        methods,
        "target_groups",
        Prefetch("phases", queryset=public_pages(PhasePage.objects.all()).order_by("sort_order")),
    )
    profiles = profiles_for(methods)
    for method in methods:
        origin = method.origin_territory
        table.rows.append(
            {
                "method_id": method.pk,
                "method_slug": method.slug,
                "method_title": method.title,
                "locale": method.locale.language_code,
                "url": method.get_full_url(request),
                "origin_territory_slug": origin.slug if origin else "",
                "origin_territory": getattr(method, "origin_title", "") or "",
                "country": origin.country if origin else "",
                "target_groups": _joined(group.slug for group in method.target_groups.all()),
                "phases": _joined(phase.key for phase in method.phases.all()),
                "evidence_level": method.evidence_level,
                "case_count": getattr(method, "case_count", None),
                **_profile_columns(profiles.get(method.pk)),
            }
        )
    return table


def coverage_table(matrix):
    """One row per cell of the reference model's coverage matrix (phase x territory)."""
    table = Table("coverage", COVERAGE_COLUMNS)
    for row in matrix["rows"]:
        for territory, cell in zip(matrix["territories"], row["cells"], strict=True):
            table.rows.append(
                {
                    "phase_key": row["phase"].key,
                    "phase": row["phase"].title,
                    "territory_slug": territory.slug,
                    "territory": territory.title,
                    "cases": _joined(case.title for case in cell["cases"]),
                    "methods": _joined(method.title for method in cell["methods"]),
                    "country": territory.country,
                    "case_count": len(cell["cases"]),
                    "case_slugs": _joined(case.slug for case in cell["cases"]),
                    "method_count": len(cell["methods"]),
                    "method_slugs": _joined(method.slug for method in cell["methods"]),
                }
            )
    return table


def evidence_map_table(matrix):
    """One row per cell of the evidence and gap map (method x phase)."""
    table = Table("evidence-map", EVIDENCE_MAP_COLUMNS)
    for row in matrix["rows"]:
        for cell in row["cells"]:
            table.rows.append(
                {
                    "method_slug": row["method"].slug,
                    "method": row["method"].title,
                    "phase_key": cell["phase"].key,
                    "phase": cell["phase"].title,
                    "method_serves_phase": cell["serves"],
                    "case_count": cell["count"],
                    **cell["level_counts"],
                    "gap": cell["gap"],
                    "case_slugs": _joined(case.slug for case in cell["cases"]),
                }
            )
    return table


class _Echo:
    """A file-like object whose ``write`` returns the line, for csv.writer over a generator."""

    def write(self, value):
        return value


def _csv_lines(table):
    # csv.writer over each row's cells in column order: what csv.DictWriter writes.
    writer = csv.writer(_Echo(), lineterminator="\r\n")
    columns = table.columns
    cells = itemgetter(*columns) if len(columns) > 1 else lambda row: (row[columns[0]],)
    yield writer.writerow(columns)
    for row in table.rows:
        try:
            values = cells(row)
        except KeyError:  # a missing column is an empty cell
            values = [row.get(column) for column in columns]
        yield writer.writerow(map(_plain, values))


# The JSON file is written as ``json.dumps(payload, indent=1, ensure_ascii=False,
# cls=NumbersEncoder)`` would write it, a row at a time.
_JSON = NumbersEncoder(ensure_ascii=False, indent=1)
_ROW_INDENT = "   "  # a row's members sit at depth 3 (file, "rows", row)
_encode_string = json.encoder.encode_basestring  # as the encoder writes strings (not ASCII-only)


def _json_value(value):
    if type(value) is str:
        return _encode_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _encode_string(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, Decimal):
        value = _number(value)
        if isinstance(value, int):
            return int.__repr__(value)
    # Floats, dates and anything else: the encoder itself, indented to the row's depth.
    return _JSON.encode(value).replace("\n", "\n" + _ROW_INDENT)


def _json_lines(table, request=None):
    """The JSON file in pieces: its header (with the row count, so a table of
    generated rows is counted first), then each row, then the end."""
    count = table.count() if table.count is not None else len(table.rows)
    meta = {
        "name": table.name,
        "source": request.build_absolute_uri() if request else "",
        "generated_at": timezone.now(),
        "columns": table.columns,
        "count": count,
    }
    head = _JSON.encode({"meta": meta, "rows": []})
    assert head.endswith('"rows": []\n}')
    yield head[: -len("[]\n}")] + "["
    keys = {}  # each key as written before its value
    separator = "\n"
    for row in table.rows:
        try:
            written = [keys[key] for key in row]
        except KeyError:
            for key in row:
                keys.setdefault(key, f"{_ROW_INDENT}{_encode_string(key)}: ")
            written = [keys[key] for key in row]
        if written:
            members = ",\n".join(map(add, written, map(_json_value, row.values())))
            yield f"{separator}  {{\n{members}\n  }}"
        else:
            yield f"{separator}  {{}}"
        separator = ",\n"
    yield "]\n}" if separator == "\n" else "\n ]\n}"


def _pieces(lines, size=64 * 1024):
    """The lines joined into pieces of about ``size`` characters, UTF-8 encoded: fewer,
    larger writes for the server, still a bounded amount in memory."""
    buffer, length = [], 0
    for line in lines:
        buffer.append(line)
        length += len(line)
        if length >= size:
            yield "".join(buffer).encode("utf-8")
            buffer, length = [], 0
    if buffer:
        yield "".join(buffer).encode("utf-8")


def response(table, fmt, request=None, filename=None):
    """The table as a downloadable CSV or JSON file (UTF-8).

    A table of generated rows (``cases_table``) is streamed (``StreamingHttpResponse``)
    in either format: the whole export never sits in memory. A table of listed rows
    is answered whole, with the same bytes.
    """
    filename = filename or f"{table.name}.{fmt}"
    if fmt == "json":
        lines = _json_lines(table, request)
        content_type = "application/json; charset=utf-8"
    else:
        lines = _csv_lines(table)
        content_type = "text/csv; charset=utf-8"
    if isinstance(table.rows, list):
        result = HttpResponse(b"".join(_pieces(lines)), content_type=content_type)
    else:
        result = StreamingHttpResponse(_pieces(lines), content_type=content_type)
    result["Content-Disposition"] = f'attachment; filename="{filename}"'
    result["Access-Control-Allow-Origin"] = "*"
    return result
