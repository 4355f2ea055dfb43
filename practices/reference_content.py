"""Initial content of the reference model in the five languages of the portal.

Runs after the practices loader: creates the phases and critical nodes in every
locale (each phase linked to its English original as a translation), cites the
source, publishes the portal's first edition (1.0) in every locale, then maps the
initial cases and methods onto the phases.
"""

from portal.content import ensure_child, ensure_locales, ensure_translation
from portal.localization import content_languages
from portal.sources import Source

from .initial_content import link_phases
from .models import (
    CriticalNode,
    PhasePage,
    PhaseSource,
    ReferenceModelPage,
    ReferenceModelSource,
    TargetGroup,
)
from .reference import publish_version


def _text(texts, code):
    return (texts or {}).get(code) or (texts or {}).get("en", "")


def _references(model, items):
    references = []
    for item in items or []:
        source = Source.objects.filter(key=item["key"]).first()
        if source is not None:
            references.append(model(source=source, passage=item.get("passage", "")))
    return references


def _phase_fields(data, code, order):
    return {
        "title": _text(data["title"], code),
        "listing_summary": _text(data.get("summary"), code),
        "objectives": _text(data.get("objectives"), code),
        "entry_criteria": _text(data.get("entry_criteria"), code),
        "exit_criteria": _text(data.get("exit_criteria"), code),
        "activities": _text(data.get("activities"), code),
        "tools": _text(data.get("tools"), code),
        "actors": [
            (
                "actor",
                {"kind": actor["kind"], "responsibility": _text(actor["responsibility"], code)},
            )
            for actor in data.get("actors", [])
        ],
        "sort_order": order,
        "provenance": data.get("provenance", "editorial"),
        "source_statement": _text(data.get("source_statement"), code),
        "details_provenance": data.get("details_provenance", "editorial"),
        "source_references": _references(PhaseSource, data.get("sources")),
    }


def load(stdout=None):
    from .initial_data.reference_model import CRITICAL_NODES, MODEL, PHASES

    locales = ensure_locales()
    source = ReferenceModelPage.objects.filter(locale=locales["en"]).first()
    if source is None:
        return
    languages = [code for code in content_languages() if code in locales]
    group = TargetGroup.objects.filter(slug=MODEL["target_group"], locale=locales["en"]).first()
    pages = {}
    for code in languages:
        page = source if code == "en" else source.get_translation_or_none(locales[code])
        if page is None:
            continue
        page = page.specific
        pages[code] = page
        if page.version:
            continue  # already set up; leave editors' work alone
        page.scope = _text(MODEL["scope"], code)
        page.network = _text(MODEL["owner"], code)
        page.status = MODEL["status"]
        page.status_statement = _text(MODEL["status_statement"], code)
        page.target_group = group
        page.source_references = _references(ReferenceModelSource, MODEL.get("sources"))
        page.save_revision().publish()

    phases = {code: {} for code in pages}
    for order, data in enumerate(PHASES, start=1):
        phase, _created = ensure_child(
            source, PhasePage, data["key"], key=data["key"], **_phase_fields(data, "en", order)
        )
        phases["en"][data["key"]] = phase
        for code in pages:
            if code == "en":
                continue
            translated, _created = ensure_translation(
                phase, locales[code], **_phase_fields(data, code, order)
            )
            phases[code][data["key"]] = translated

    for code, stale in pages.items():
        page = ReferenceModelPage.objects.get(pk=stale.pk)
        if page.version:
            continue
        page.critical_nodes = [
            CriticalNode(
                key=node["key"],
                title=_text(node["title"], code),
                from_phase=phases[code][node["from_phase"]],
                to_phase=phases[code][node["to_phase"]],
                from_actor=node["from_actor"],
                to_actor=node["to_actor"],
                risk=_text(node["risk"], code),
                operating_mode=_text(node["operating_mode"], code),
                provenance=node.get("provenance", "editorial"),
            )
            for node in CRITICAL_NODES
        ]
        page.save_revision().publish()
        for entry in MODEL["changelog"]:
            publish_version(page, entry["version"], entry["date"], _text(entry["changes"], code))

    link_phases(locales)
