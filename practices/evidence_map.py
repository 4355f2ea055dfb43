"""Evidence and gap map: methods x phases of the reference model, with how many
cases back each cell and how well (their evidence levels).

A case backs a cell when it uses the method and covers the phase, and the method
is meant for that phase. A cell is a *gap* when the catalogue says the method serves the phase but no
published case shows it there. Each cell links to the case listing filtered by
the method and the phase. The matrix is built with a fixed number of queries.
"""

from django.shortcuts import render
from django.utils.http import urlencode

from portal.localization import active_locale, in_locale_or_default
from portal.visibility import public_pages

from .finder import classify
from .models import EvidenceLevel, PhasePage, PracticeIndexPage, PracticePage

LEVELS = list(EvidenceLevel.values)


def evidence_map(locale=None):
    locale = locale or active_locale()
    phases = list(in_locale_or_default(PhasePage.objects.live(), locale).order_by("sort_order"))
    items = classify(locale)
    index = in_locale_or_default(PracticeIndexPage.objects.live(), locale).first()
    listing_url = index.url if index else ""
    cases = in_locale_or_default(public_pages(PracticePage.objects.all()), locale).prefetch_related(
        "methods", "phases"
    )
    # (method translation key, phase key) -> cases
    backing = {}
    for case in cases:
        phase_keys = {phase.key for phase in case.phases.all()}
        for method in case.methods.all():
            for key in phase_keys:
                backing.setdefault((method.translation_key, key), []).append(case)
    rows = []
    for item in items:
        method = item.method
        cells = []
        for phase in phases:
            serves = phase.key in item.values["phase"]
            # A case backs a cell when it uses the method, covers the phase, and the
            # method is meant for that phase: a case covering intake does not show
            # that a placement-only method was used at intake.
            backed = (
                sorted(backing.get((method.translation_key, phase.key), []), key=_title)
                if serves
                else []
            )
            levels = dict.fromkeys(LEVELS, 0)
            for case in backed:
                levels[case.evidence_level] = levels.get(case.evidence_level, 0) + 1
            cells.append(
                {
                    "phase": phase,
                    "serves": serves,
                    "cases": backed,
                    "count": len(backed),
                    "levels": [
                        {"code": code, "label": label, "count": levels[code]}
                        for code, label in EvidenceLevel.choices
                        if levels[code]
                    ],
                    "level_counts": levels,
                    "gap": serves and not backed,
                    "url": f"{listing_url}?{urlencode({'method': method.slug, 'phase': phase.key})}"
                    if listing_url and serves
                    else "",
                }
            )
        rows.append({"method": method, "cells": cells})
    return {
        "phases": phases,
        "rows": rows,
        "gap_count": sum(cell["gap"] for row in rows for cell in row["cells"]),
        "backed_count": sum(bool(cell["count"]) for row in rows for cell in row["cells"]),
    }


def _title(case):
    return case.title


def evidence_map_view(request):
    return render(request, "practices/evidence_map.html", evidence_map())
