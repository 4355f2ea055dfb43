"""Load the practices area's initial content from ``practices/initial_data``.

Idempotent: pages and snippets are looked up by slug/key and only created when
missing, so editors' later changes survive a rerun. Relations (methods, target
groups, phases) point at the English objects; the templates localise them.
"""

import datetime
import importlib
from decimal import Decimal

from portal.content import ensure_child, ensure_locales, ensure_translation

from .models import (
    Award,
    MethodIndexPage,
    MethodPage,
    Organisation,
    OutcomeIndicator,
    PhasePage,
    PracticeIndexPage,
    PracticeOrganisation,
    PracticePage,
    TargetGroup,
    TerritoryPage,
)


def _data(name, attribute):
    try:
        module = importlib.import_module(f"practices.initial_data.{name}")
    except ModuleNotFoundError:
        return []
    return getattr(module, attribute, [])


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _text(texts, code, default=""):
    if not texts:
        return default
    return texts.get(code) or texts.get("en") or default


def _steps(texts, code):
    steps = (texts or {}).get(code) or (texts or {}).get("en") or []
    return [("step", step) for step in steps]


def load_target_groups(locales):
    groups = {}
    for order, data in enumerate(_data("target_groups", "TARGET_GROUPS")):
        source = TargetGroup.objects.filter(slug=data["slug"], locale=locales["en"]).first()
        if source is None:
            source = TargetGroup.objects.create(
                slug=data["slug"],
                name=data["name"]["en"],
                description=_text(data.get("description"), "en"),
                sort_order=order,
                locale=locales["en"],
            )
        for code, name in data["name"].items():
            if code == "en" or code not in locales:
                continue
            if source.get_translation_or_none(locales[code]) is None:
                translated = source.copy_for_translation(locales[code])
                translated.name = name
                translated.description = _text(data.get("description"), code)
                translated.save()
        groups[data["slug"]] = source
    return groups


def load_territories(index, locales):
    territories = {}
    for data in _data("territories", "TERRITORIES"):
        page, _created = ensure_child(
            index,
            TerritoryPage,
            data["slug"],
            title=data["title"]["en"],
            country=data["country"],
            region=data.get("region", ""),
            main_language=data["main_language"],
            location=data.get("location", ""),
            profile=_text(data.get("profile"), "en"),
            listing_summary=_text(data.get("summary"), "en"),
            contact_name=data.get("contact_name", ""),
            contact_email=data.get("contact_email", ""),
            contact_url=data.get("contact_url", ""),
        )
        for code, locale in locales.items():
            if code == "en":
                continue
            ensure_translation(
                page,
                locale,
                title=_text(data["title"], code),
                profile=_text(data.get("profile"), code),
                listing_summary=_text(data.get("summary"), code),
            )
        for org in data.get("organisations", []):
            Organisation.objects.get_or_create(
                name=org["name"],
                territory=page,
                defaults={
                    "kind": org["kind"],
                    "website": org.get("website", ""),
                    "description": _text(org.get("description"), "en"),
                },
            )
        territories[data["slug"]] = page
    return territories


def phases_by_key(locales):
    return {phase.key: phase for phase in PhasePage.objects.filter(locale=locales["en"])}


def load_methods(index, locales, territories, groups, phases):
    methods = {}
    for data in _data("methods", "METHODS"):
        evidence = data.get("evidence", {})
        page, created = ensure_child(
            index,
            MethodPage,
            data["slug"],
            title=data["title"]["en"],
            listing_summary=_text(data.get("summary"), "en"),
            what_it_is=_text(data.get("what_it_is"), "en", "<p></p>"),
            when_to_use=_text(data.get("when_to_use"), "en"),
            when_not_to_use=_text(data.get("when_not_to_use"), "en"),
            steps=_steps(data.get("steps"), "en"),
            resources=_text(data.get("resources"), "en"),
            origin_territory=territories.get(data.get("origin_territory")),
            original_language=data.get("original_language", "en"),
            evidence_level=evidence.get("level", "described"),
            evidence_assessed_on=_date(evidence.get("assessed_on")),
            evidence_assessed_by=evidence.get("assessed_by", ""),
        )
        if created:
            page.target_groups.set([groups[slug] for slug in data.get("target_groups", [])])
            page.phases.set([phases[key] for key in data.get("phases", []) if key in phases])
            page.save_revision().publish()
        for code in data["title"]:
            if code == "en" or code not in locales:
                continue
            ensure_translation(
                page,
                locales[code],
                title=data["title"][code],
                listing_summary=_text(data.get("summary"), code),
                what_it_is=_text(data.get("what_it_is"), code, "<p></p>"),
                when_to_use=_text(data.get("when_to_use"), code),
                when_not_to_use=_text(data.get("when_not_to_use"), code),
                steps=_steps(data.get("steps"), code),
                resources=_text(data.get("resources"), code),
            )
        methods[data["slug"]] = page
    return methods


def _case_fields(data, code):
    return {
        "title": _text(data["title"], code),
        "listing_summary": _text(data.get("summary"), code),
        "problem": _text(data.get("problem"), code),
        "approach": [("paragraph", _text(data.get("approach"), code))]
        if data.get("approach")
        else [],
        "success_factors": _text(data.get("success_factors"), code),
        "challenges": _text(data.get("challenges"), code),
        "transferability": _text(data.get("transferability"), code),
        "stories": [
            ("story", {"title": _text(story["title"], code), "text": _text(story["text"], code)})
            for story in data.get("stories", [])
        ],
        "contact": _text(data.get("contact"), code),
    }


def _case_children(page, data, code, organisations):
    page.organisation_roles = [
        PracticeOrganisation(
            organisation=organisations[(data["territory"], role["name"])],
            role=_text(role.get("role"), code),
        )
        for role in data.get("organisations", [])
    ]
    page.indicators = [
        OutcomeIndicator(
            label=_text(item["label"], code),
            value=Decimal(str(item["value"])),
            unit=_text(item.get("unit"), code),
            denominator=Decimal(str(item["denominator"])) if item.get("denominator") else None,
            population=_text(item.get("population"), code),
            period=item.get("period", ""),
            date=_date(item.get("date")),
            source=item.get("source", ""),
        )
        for item in data.get("indicators", [])
    ]
    page.awards = [
        Award(name=award["name"], year=award["year"], rank=award.get("rank", ""))
        for award in data.get("awards", [])
    ]


def load_cases(locales, territories, methods, groups, phases):
    organisations = {
        (org.territory.slug, org.name): org
        for org in Organisation.objects.select_related("territory")
    }
    for data in _data("cases", "CASES"):
        territory = territories[data["territory"]]
        evidence = data.get("evidence", {})
        if PracticePage.objects.child_of(territory).filter(slug=data["slug"]).exists():
            continue
        page = PracticePage(
            slug=data["slug"],
            locale=locales["en"],
            start_year=data.get("start_year"),
            end_year=data.get("end_year"),
            ongoing=bool(data.get("ongoing")),
            original_language=data.get("original_language", "en"),
            evidence_level=evidence.get("level", "described"),
            evidence_assessed_on=_date(evidence.get("assessed_on")),
            evidence_assessed_by=evidence.get("assessed_by", ""),
            last_reviewed=_date(data.get("last_reviewed")),
            **_case_fields(data, "en"),
        )
        _case_children(page, data, "en", organisations)
        territory.add_child(instance=page)
        page.target_groups.set([groups[slug] for slug in data.get("target_groups", [])])
        page.methods.set([methods[slug] for slug in data.get("methods", [])])
        page.phases.set([phases[key] for key in data.get("phases", []) if key in phases])
        page.tags.set(data.get("tags", []))
        page.save_revision().publish()
        for code in data["title"]:
            if code == "en" or code not in locales:
                continue
            translated, _created = ensure_translation(
                page, locales[code], **_case_fields(data, code)
            )
            _case_children(translated, data, code, organisations)
            translated.save_revision().publish()


def link_phases(locales):
    """Fill the case/method -> phase links once the reference model's phases exist
    (the reference model loader runs after this one and calls it again)."""
    phases = phases_by_key(locales)
    if not phases:
        return
    for data, model in (
        (_data("methods", "METHODS"), MethodPage),
        (_data("cases", "CASES"), PracticePage),
    ):
        for item in data:
            wanted = [phases[key] for key in item.get("phases", []) if key in phases]
            for page in model.objects.filter(slug=item["slug"]):
                if not page.phases.exists() and wanted:
                    page.phases.set(wanted)
                    page.save_revision().publish()


def load(stdout=None):
    locales = ensure_locales()
    index = PracticeIndexPage.objects.filter(locale=locales["en"]).first()
    catalogue = MethodIndexPage.objects.filter(locale=locales["en"]).first()
    if index is None or catalogue is None:
        return
    groups = load_target_groups(locales)
    territories = load_territories(index, locales)
    phases = phases_by_key(locales)
    methods = load_methods(catalogue, locales, territories, groups, phases)
    load_cases(locales, territories, methods, groups, phases)
    link_phases(locales)
    from .profiles import load_profiles  # implementation and cost profiles, by slug

    load_profiles()
