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

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.listing import BadParameter
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


def cases_table(cases, request=None):
    """One row per indicator of each case; ``cases`` is a queryset of live cases."""
    cases = cases.select_related("territory", "locale").prefetch_related(
        "target_groups",
        Prefetch("methods", queryset=public_pages(MethodPage.objects.all()).order_by("slug")),
        Prefetch("phases", queryset=public_pages(PhasePage.objects.all()).order_by("sort_order")),
        "indicators",
    )
    table = Table("cases", CASE_COLUMNS)
    cases = list(cases)
    profiles = profiles_for(cases)
    for case in cases:
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
            **_profile_columns(profiles.get(case.pk)),
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
            table.rows.append({column: row.get(column) for column in CASE_COLUMNS})
    return table


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


def bad_parameter(error):
    """A 400 naming the parameter an export cannot use (``portal.listing.BadParameter``)."""
    return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")


def cases_export(request, fmt):
    """``/<lang>/practices/export/csv/?country=CH``: the filtered listing, every page of it.
    The listing's filters, parsed strictly: a value the page would ignore is a 400 here."""
    from practices.listing import PracticeListing

    if fmt not in FORMATS:
        raise Http404
    try:
        listing = PracticeListing(request.GET, strict=True)
    except BadParameter as error:
        return bad_parameter(error)
    cases = listing.results()
    if listing.search_unavailable:
        # A file without the text filter would be silently wrong: refuse it instead.
        return HttpResponse(
            _(
                "Text search is unavailable right now, so this export cannot be filtered by "
                "words. Try again later, or export without the search words."
            ),
            status=503,
            content_type="text/plain; charset=utf-8",
            headers={"Retry-After": "120"},
        )
    return response(cases_table(cases, request), fmt, request, filename=f"cases.{fmt}")


def methods_export(request, fmt):
    """``/<lang>/methods/export/csv/?phase=placement``: the catalogue with its facets applied."""
    from practices.finder import MethodFacets

    if fmt not in FORMATS:
        raise Http404
    try:
        methods = MethodFacets(request.GET, strict=True).results()
    except BadParameter as error:
        return bad_parameter(error)
    return response(methods_table(methods, request), fmt, request, filename=f"methods.{fmt}")


def evidence_map_export(request, fmt):
    """``/<lang>/evidence-map/csv/`` and ``json/``."""
    from practices.evidence_map import evidence_map

    if fmt not in FORMATS:
        raise Http404
    table = evidence_map_table(evidence_map())
    return response(table, fmt, request, filename=f"evidence-map.{fmt}")


def response(table, fmt, request=None, filename=None):
    """The table as a downloadable CSV or JSON file (UTF-8)."""
    filename = filename or f"{table.name}.{fmt}"
    if fmt == "json":
        payload = {
            "meta": {
                "name": table.name,
                "source": request.build_absolute_uri() if request else "",
                "generated_at": timezone.now(),
                "columns": table.columns,
                "count": len(table.rows),
            },
            "rows": table.rows,
        }
        result = HttpResponse(
            json.dumps(payload, cls=NumbersEncoder, ensure_ascii=False, indent=1),
            content_type="application/json; charset=utf-8",
        )
    else:
        result = HttpResponse(content_type="text/csv; charset=utf-8")
        writer = csv.DictWriter(result, fieldnames=table.columns, lineterminator="\r\n")
        writer.writeheader()
        for row in table.rows:
            writer.writerow({key: _plain(value) for key, value in row.items()})
    result["Content-Disposition"] = f'attachment; filename="{filename}"'
    result["Access-Control-Allow-Origin"] = "*"
    return result
