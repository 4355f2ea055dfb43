"""Views and helpers of the reference model: details, diagram, coverage, versions, PDF."""

import datetime
import logging
import textwrap

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify

from portal.localization import active_locale, in_locale_or_default, localize
from portal.sources import source_data
from portal.visibility import public_pages

from .models import (
    MethodPage,
    ModelVersion,
    OrganisationKind,
    PhasePage,
    PracticePage,
    TerritoryPage,
)
from .presentation import decorate_cards

logger = logging.getLogger(__name__)
ACTOR_LABELS = dict(OrganisationKind.choices)


def structure_page(model_page):
    """The model page whose phases are shown: this one, or the default-locale
    original while the locale has no translated phases yet."""
    if public_pages(PhasePage.objects.child_of(model_page)).exists():
        return model_page
    original = model_page.get_translation_or_none(model_page.locale.get_default())
    return original.specific if original else model_page


def phases_of(model_page):
    source = structure_page(model_page)
    return list(public_pages(PhasePage.objects.child_of(source)).order_by("sort_order"))


def nodes_of(model_page):
    source = structure_page(model_page)
    return list(source.critical_nodes.select_related("from_phase", "to_phase"))


def diagram(phases, nodes, request=None):
    """Geometry of the server-rendered SVG: phase boxes in a row, nodes between them."""
    width, gap, top = 170, 40, 20
    boxes = []
    position = {}
    for number, phase in enumerate(phases):
        x = 10 + number * (width + gap)
        position[phase.pk] = x
        boxes.append(
            {
                "phase": phase,
                "x": x,
                "y": top,
                "w": width,
                "number": number + 1,
                "lines": textwrap.wrap(phase.title, 20)[:3],
            }
        )
    markers = []
    for number, node in enumerate(nodes):
        start = position.get(node.from_phase_id)
        end = position.get(node.to_phase_id)
        if start is None or end is None:
            continue
        centre = (start + end + width) / 2 if start != end else start + width / 2
        markers.append({"node": node, "cx": centre, "cy": 150, "number": number + 1})
    total = 20 + len(phases) * (width + gap)
    return {"boxes": boxes, "markers": markers, "width": total, "height": 190}


def model_details(model_page, request):
    phases = phases_of(model_page)
    nodes = nodes_of(model_page)
    versions = list(model_page.versions.all())
    return {
        "source_references": list(
            model_page.source_references.select_related("source", "source__document")
        ),
        "editorial_nodes": [node for node in nodes if not node.is_sourced],
        "phases": phases,
        "nodes": nodes,
        "diagram": diagram(phases, nodes, request),
        "versions": versions,
        "model_url": model_page.get_url(request),
    }


def phase_details(phase, request):
    """Methods serving a phase and the cases covering it, grouped by territory."""
    locale = active_locale()
    methods = in_locale_or_default(public_pages(MethodPage.objects.all()), locale).filter(
        phases__key=phase.key
    )
    cases = decorate_cards(
        in_locale_or_default(public_pages(PracticePage.objects.all()), locale)
        .filter(phases__key=phase.key)
        .distinct()
        .select_related("territory", "locale")
        .prefetch_related("target_groups")
        .order_by("territory__title", "title"),
        locale,
    )
    by_territory = {}
    for case in cases:
        by_territory.setdefault(case.territory_title, []).append(case)
    model_page = phase.get_parent().specific
    nodes = [
        node
        for node in model_page.critical_nodes.select_related("from_phase", "to_phase")
        if phase.pk in (node.from_phase_id, node.to_phase_id)
    ]
    return {
        "source_references": list(
            phase.source_references.select_related("source", "source__document")
        ),
        "methods": list(methods.distinct().order_by("title")),
        "cases_by_territory": sorted(by_territory.items()),
        "phase_nodes": nodes,
        "model_page": model_page,
        "actors": [
            {"label": ACTOR_LABELS.get(block.value["kind"], block.value["kind"]), **block.value}
            for block in phase.actors
        ],
    }


def coverage(model_page):
    """Matrix of phases x territories: which cases and methods cover each cell."""
    locale = active_locale()
    phases = phases_of(model_page)
    territories = list(
        in_locale_or_default(public_pages(TerritoryPage.objects.all()), locale).order_by("title")
    )
    keys = {territory.translation_key: territory for territory in territories}
    cells = {
        (phase.key, territory.translation_key): {"cases": [], "methods": []}
        for phase in phases
        for territory in territories
    }
    cases = (
        in_locale_or_default(public_pages(PracticePage.objects.all()), locale)
        .filter(territory__translation_key__in=keys)
        .prefetch_related("phases")
        .select_related("territory", "locale")
    )
    for case in cases:
        for phase in case.phases.all():
            cell = cells.get((phase.key, case.territory.translation_key))
            if cell is not None:
                cell["cases"].append(case)
    methods = (
        in_locale_or_default(public_pages(MethodPage.objects.all()), locale)
        .filter(origin_territory__isnull=False)
        .select_related("origin_territory", "locale")
        .prefetch_related("phases")
    )
    for method in methods:
        for phase in method.phases.all():
            cell = cells.get((phase.key, method.origin_territory.translation_key))
            if cell is not None:
                cell["methods"].append(method)
    rows = [
        {
            "phase": phase,
            "cells": [cells[(phase.key, territory.translation_key)] for territory in territories],
        }
        for phase in phases
    ]
    return {"territories": territories, "rows": rows}


# -- versions ------------------------------------------------------------------
def snapshot(model_page):
    """The structured content of the model as plain data, frozen into a version."""
    phases = phases_of(model_page)
    methods = {}
    for method in (
        public_pages(MethodPage.objects.all())
        .filter(locale=model_page.locale)
        .prefetch_related("phases")
    ):
        for phase in method.phases.all():
            methods.setdefault(phase.key, []).append(method.title)
    return {
        "title": model_page.title,
        "scope": model_page.scope,
        "network": model_page.network,
        "target_group": str(localize([model_page.target_group], model_page.locale)[0])
        if model_page.target_group
        else "",
        "status": model_page.status,
        "status_label": str(model_page.get_status_display()),
        "status_statement": model_page.status_statement,
        "adopted_on": model_page.adopted_on.isoformat() if model_page.adopted_on else "",
        "sources": [
            source_data(ref.source, ref.passage)
            for ref in model_page.source_references.select_related("source")
        ],
        "phases": [
            {
                "key": phase.key,
                "title": phase.title,
                "provenance": phase.provenance,
                "source_statement": phase.source_statement,
                "details_provenance": phase.details_provenance,
                "summary": phase.listing_summary,
                "objectives": phase.objectives,
                "entry_criteria": phase.entry_criteria,
                "exit_criteria": phase.exit_criteria,
                "actors": [
                    {
                        "kind": block.value["kind"],
                        "responsibility": block.value["responsibility"],
                    }
                    for block in phase.actors
                ],
                "activities": phase.activities,
                "tools": phase.tools,
                "typical_duration": phase.typical_duration,
                "methods": sorted(methods.get(phase.key, [])),
            }
            for phase in phases
        ],
        "nodes": [
            {
                "key": node.key,
                "title": node.title,
                "from_phase": node.from_phase.title,
                "to_phase": node.to_phase.title,
                "from_actor": node.from_actor,
                "to_actor": node.to_actor,
                "risk": node.risk,
                "operating_mode": node.operating_mode,
                "provenance": node.provenance,
            }
            for node in nodes_of(model_page)
        ],
    }


@transaction.atomic
def publish_version(model_page, version, released_on, changes, reports=()):
    """Freeze the current content as ``version``; earlier versions become superseded."""
    if isinstance(released_on, str):
        released_on = datetime.date.fromisoformat(released_on)
    record, _created = ModelVersion.objects.update_or_create(
        page=model_page,
        version=version,
        defaults={
            "released_on": released_on,
            "changes": changes,
            "snapshot": snapshot(model_page),
        },
    )
    if reports:
        record.workshop_reports.set(reports)
    # Publishing a version on the portal is not an adoption by the network: the
    # status and adoption date stay what the sources say.
    type(model_page).objects.filter(pk=model_page.pk).update(version=version)
    model_page.version = version
    return record


def version_or_404(model_page, version):
    record = next((item for item in model_page.versions.all() if item.slug == version), None)
    if record is None:
        raise Http404("No such version of the model.")
    return record


def version_context(model_page, record):
    data = record.snapshot
    for phase in data.get("phases", []):
        for actor in phase.get("actors", []):
            actor["label"] = ACTOR_LABELS.get(actor["kind"], actor["kind"])
    for node in data.get("nodes", []):
        node["from_actor_label"] = ACTOR_LABELS.get(node["from_actor"], node["from_actor"])
        node["to_actor_label"] = ACTOR_LABELS.get(node["to_actor"], node["to_actor"])
    return {
        "page": model_page,
        "self": model_page,
        "record": record,
        "data": data,
        "is_current": record.version == model_page.version,
        "changelog": list(model_page.versions.all()),
    }


def model_pdf(model_page, record, request=None):
    """The PDF of one published version, from the cache (per version and language, as a
    version's content never changes once published) or generated and cached."""
    language = model_page.locale.language_code
    path = f"reference-model/{slugify(model_page.slug)}-{language}-{record.slug}.pdf"
    content = _cached_pdf(path)
    if content is None:
        content = render_pdf(model_page, record, request)
        try:
            default_storage.save(path, ContentFile(content))
        except OSError:
            # A read-only or full media volume loses only the cache, never the download.
            logger.warning("Could not cache the reference-model PDF %s", path, exc_info=True)
    return content


def _cached_pdf(path):
    try:
        if default_storage.exists(path):
            with default_storage.open(path, "rb") as handle:
                return handle.read()
    except OSError:
        logger.warning("Could not read the cached PDF %s", path, exc_info=True)
    return None


def render_pdf(model_page, record, request=None):
    from weasyprint import HTML

    with translation.override(model_page.locale.language_code):
        html = render_to_string(
            "practices/model_pdf.html", version_context(model_page, record), request=request
        )
    base_url = request.build_absolute_uri("/") if request else None
    return HTML(string=html, base_url=base_url).write_pdf()
