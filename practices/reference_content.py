"""Initial content of the reference model: version 1.0 in English and Italian.

Runs after the practices loader: creates the phases and critical nodes, publishes
version 1.0, then maps the initial cases and methods onto the phases.
"""

from portal.content import ensure_child, ensure_locales, ensure_translation

from .initial_content import link_phases
from .models import CriticalNode, PhasePage, ReferenceModelPage, TargetGroup

CONTENT_LANGUAGES = ("en", "it")


def _text(texts, code):
    return (texts or {}).get(code) or (texts or {}).get("en", "")


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
    }


def load(stdout=None):
    from .initial_data.reference_model import CRITICAL_NODES, MODEL, PHASES

    locales = ensure_locales()
    source = ReferenceModelPage.objects.filter(locale=locales["en"]).first()
    if source is None:
        return
    group = TargetGroup.objects.filter(slug=MODEL["target_group"], locale=locales["en"]).first()
    pages = {"en": source}
    for code in CONTENT_LANGUAGES:
        page = source if code == "en" else source.get_translation(locales[code]).specific
        pages[code] = page
        if page.version:
            continue  # already set up; leave editors' work alone
        page.scope = _text(MODEL["scope"], code)
        page.network = MODEL["owner"]
        page.target_group = group
        page.save_revision().publish()

    phases = {code: {} for code in CONTENT_LANGUAGES}
    for order, data in enumerate(PHASES, start=1):
        phase, _created = ensure_child(
            source, PhasePage, data["key"], key=data["key"], **_phase_fields(data, "en", order)
        )
        phases["en"][data["key"]] = phase
        for code in CONTENT_LANGUAGES[1:]:
            translated, _created = ensure_translation(
                phase, locales[code], **_phase_fields(data, code, order)
            )
            phases[code][data["key"]] = translated

    for code in CONTENT_LANGUAGES:
        page = ReferenceModelPage.objects.get(pk=pages[code].pk)
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
            )
            for node in CRITICAL_NODES
        ]
        page.save_revision().publish()
        for entry in MODEL["changelog"]:
            page.publish_version(entry["version"], entry["date"], _text(entry["changes"], code))

    link_phases(locales)
