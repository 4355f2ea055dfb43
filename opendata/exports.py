"""Bulk exports as CSV and JSON: cases with their indicators, methods, coverage.

Each export is a table with stable column names. Cases come in a long format,
one row per outcome indicator (a case without indicators still has one row,
with the indicator columns empty), so the file loads straight into a
spreadsheet or a data frame. The JSON holds the same rows as objects.
Only live, public pages are exported; what a listing exports is exactly the
filtered set it shows.
"""

import csv
import json
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone

from portal.visibility import public_pages
from practices.models import MethodPage, PhasePage
from practices.models.profiles import profiles_for

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


class NumbersEncoder(DjangoJSONEncoder):
    """Decimals as JSON numbers (Django's encoder writes them as strings)."""

    def default(self, o):
        if isinstance(o, Decimal):
            return int(o) if o == o.to_integral_value() else float(o)
        return super().default(o)


@dataclass
class Table:
    name: str
    columns: list
    rows: list = field(default_factory=list)  # dicts keyed by column


def _joined(values):
    return LIST_SEPARATOR.join(str(value) for value in values)


def _plain(value):
    """A cell as text: booleans as true/false, None as empty, decimals without trailing zeros."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "normalize"):
        return f"{value.normalize():f}"
    return value


def _profile_columns(profile):
    if profile is None:
        return dict.fromkeys(PROFILE_COLUMNS)
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


def cases_table(cases, request=None):
    """One row per indicator of each case; ``cases`` is a queryset of live cases.

    The rows are a generator that reads the cases ``EXPORT_CHUNK`` at a time
    (each chunk with its relations prefetched and its profiles in one query), so
    a CSV of every case streams in constant memory (see ``response``).
    """
    cases = cases.select_related("territory", "locale").prefetch_related(
        "target_groups",
        Prefetch("methods", queryset=public_pages(MethodPage.objects.all()).order_by("slug")),
        Prefetch("phases", queryset=public_pages(PhasePage.objects.all()).order_by("sort_order")),
        "indicators",
    )
    return Table("cases", CASE_COLUMNS, _case_rows(cases, request))


def _batched(iterable, size):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _case_rows(cases, request):
    for chunk in _batched(cases.iterator(chunk_size=EXPORT_CHUNK), EXPORT_CHUNK):
        profiles = profiles_for(chunk)
        for case in chunk:
            yield from _rows_of_case(case, profiles.get(case.pk), request)


def _rows_of_case(case, profile, request):
    territory = case.territory
    base = {
        "case_id": case.pk,
        "case_slug": case.slug,
        "case_title": case.title,
        "locale": case.locale.language_code,
        "url": case.get_full_url(request),
        "territory_slug": territory.slug if territory else "",
        "territory": territory.title if territory else "",
        "country": territory.country if territory else "",
        "start_year": case.start_year,
        "end_year": case.end_year,
        "ongoing": case.ongoing,
        "target_groups": _joined(group.slug for group in case.target_groups.all()),
        "methods": _joined(method.slug for method in case.methods.all()),
        "phases": _joined(phase.key for phase in case.phases.all()),
        "evidence_level": case.evidence_level,
        **_profile_columns(profile),
    }
    indicators = list(case.indicators.all()) or [None]
    for number, indicator in enumerate(indicators, start=1):
        row = dict(base)
        if indicator is not None:
            row.update(
                indicator_number=number,
                indicator_label=indicator.label,
                indicator_value=indicator.value,
                indicator_unit=indicator.unit,
                indicator_denominator=indicator.denominator,
                indicator_share_percent=indicator.share,
                indicator_population=indicator.population,
                indicator_period=indicator.period,
                indicator_date=indicator.date,
                indicator_source=indicator.source,
            )
        yield {column: row.get(column) for column in CASE_COLUMNS}


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
    writer = csv.DictWriter(_Echo(), fieldnames=table.columns, lineterminator="\r\n")
    yield writer.writeheader()
    for row in table.rows:
        yield writer.writerow({key: _plain(value) for key, value in row.items()})


def response(table, fmt, request=None, filename=None):
    """The table as a downloadable CSV or JSON file (UTF-8).

    A CSV of a lazy table (``cases_table``) is streamed row by row
    (``StreamingHttpResponse``): the whole export never sits in memory. A JSON file states its row count
    before the rows, so it is built whole.
    """
    filename = filename or f"{table.name}.{fmt}"
    if fmt == "json":
        rows = list(table.rows)
        payload = {
            "meta": {
                "name": table.name,
                "source": request.build_absolute_uri() if request else "",
                "generated_at": timezone.now(),
                "columns": table.columns,
                "count": len(rows),
            },
            "rows": rows,
        }
        result = HttpResponse(
            json.dumps(payload, cls=NumbersEncoder, ensure_ascii=False, indent=1),
            content_type="application/json; charset=utf-8",
        )
    elif isinstance(table.rows, list):
        result = HttpResponse(b"".join(line.encode() for line in _csv_lines(table)))
        result["Content-Type"] = "text/csv; charset=utf-8"
    else:
        result = StreamingHttpResponse(
            (line.encode("utf-8") for line in _csv_lines(table)),
            content_type="text/csv; charset=utf-8",
        )
    result["Content-Disposition"] = f'attachment; filename="{filename}"'
    result["Access-Control-Allow-Origin"] = "*"
    return result
