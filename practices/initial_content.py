"""Load the practices area's initial content from ``practices/initial_data``.

Idempotent: pages and snippets are looked up by slug/key and only created when
missing, so editors' later changes survive a rerun. Relations (methods, target
groups, phases) point at the English objects; the templates localise them.
"""

import datetime
import importlib
from decimal import Decimal

from portal.content import ensure_child, ensure_locales, ensure_translation
from portal.sources import Source

from .initial_data.translations import localized, overlay, stale
from .models import (
    Award,
    KeyFigure,
    MethodIndexPage,
    MethodPage,
    MethodSource,
    Organisation,
    OutcomeIndicator,
    PhasePage,
    PracticeIndexPage,
    PracticeOrganisation,
    PracticePage,
    PracticeSource,
    TargetGroup,
    TerritoryPage,
)


def _data(name, attribute):
    try:
        module = importlib.import_module(f"practices.initial_data.{name}")
    except ModuleNotFoundError:
        return []
    return overlay(name, getattr(module, attribute, []))


def _plain(value):
    """Comparable form of a field value (a stream of steps becomes its texts)."""
    if hasattr(value, "raw_data"):
        return [str(child.value) for child in value]
    if isinstance(value, list):
        return [str(item[1]) for item in value]
    return value


def translate(source, locale, **fields):
    """``ensure_translation``, and on an existing translation replace the fields
    that still hold the English original's text (created before a translation
    existed); fields an editor has changed are left alone."""
    page, created = ensure_translation(source, locale, **fields)
    if created:
        return page, created
    changed = False
    for name, value in fields.items():
        field = page._meta.get_field(name)
        if not field.concrete or field.is_relation:
            # Inline children (source references) are copied with the page; keep them.
            continue
        current = _plain(getattr(page, name))
        if current == _plain(getattr(source, name)) and current != _plain(value):
            setattr(page, name, value)
            changed = True
    if changed:
        page.save_revision().publish()
    return page, created


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _text(texts, code, default=""):
    if not texts:
        return default
    return texts.get(code) or texts.get("en") or default


def _source(key):
    return Source.objects.filter(key=key).first() if key else None


def _passage(value, code):
    return value if isinstance(value, str) else _text(value, code)


# A method is cited to the source of the territory it comes from.
METHOD_SOURCES = {
    "herlev": "herlev-ip-presentation-2010",
    "sodertalje": "sodertalje-mia-implementation",
    "glarus": "glarus-cmt-award-2020",
    "solothurn": "solothurn-iim-pilot-decision",
    "monza-brianza": "servizi-in-rete-project-page",
    "como": "servizi-in-rete-project-page",
    "mantova": "servizi-in-rete-project-page",
}


def _method_sources(data):
    keys = data.get("sources") or [{"key": METHOD_SOURCES.get(data.get("origin_territory"))}]
    references = []
    for item in keys:
        source = _source(item.get("key"))
        if source is not None:
            references.append(MethodSource(source=source, passage=item.get("passage", "")))
    return references


def _singular_unit(item, code):
    """The singular of the unit in the language the unit is shown in."""
    units, singulars = item.get("unit") or {}, item.get("unit_singular") or {}
    return singulars.get(code if code in units else "en", "")


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
            description = _text(data.get("description"), code)
            translated = source.get_translation_or_none(locales[code])
            if translated is None:
                translated = source.copy_for_translation(locales[code])
                translated.name = name
                translated.description = description
                translated.save()
            elif translated.description == source.description != description:
                translated.description = description
                translated.save(update_fields=["description"])
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
            translate(
                page,
                locale,
                title=_text(data["title"], code),
                profile=_text(data.get("profile"), code),
                listing_summary=_text(data.get("summary"), code),
                region=localized(data, "region", code),
                location=localized(data, "location", code),
                contact_name=localized(data, "contact_name", code),
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
            page.source_references = _method_sources(data)
            page.save_revision().publish()
        for code in data["title"]:
            if code == "en" or code not in locales:
                continue
            translate(
                page,
                locales[code],
                title=data["title"][code],
                listing_summary=_text(data.get("summary"), code),
                what_it_is=_text(data.get("what_it_is"), code, "<p></p>"),
                when_to_use=_text(data.get("when_to_use"), code),
                when_not_to_use=_text(data.get("when_not_to_use"), code),
                steps=_steps(data.get("steps"), code),
                resources=_text(data.get("resources"), code),
                source_references=_method_sources(data),
            )
        methods[data["slug"]] = page
    return methods


def _approach(data, code):
    blocks = [("paragraph", _text(data.get("approach"), code))] if data.get("approach") else []
    if data.get("editorial_note"):
        blocks.append(("editorial_note", {"text": _text(data["editorial_note"], code)}))
    return blocks


def _case_fields(data, code):
    return {
        "title": _text(data["title"], code),
        "listing_summary": _text(data.get("summary"), code),
        "period_note": _text(data.get("period_note"), code),
        "problem": _text(data.get("problem"), code),
        "approach": _approach(data, code),
        "success_factors": _text(data.get("success_factors"), code),
        "challenges": _text(data.get("challenges"), code),
        "transferability": _text(data.get("transferability"), code),
        "transferability_is_editorial": data.get("transferability_editorial", True),
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
            # In the order of the source: without it PostgreSQL returns ties in any order.
            sort_order=position,
            label=_text(item["label"], code),
            value=Decimal(str(item["value"])),
            unit=_text(item.get("unit"), code),
            unit_singular=_singular_unit(item, code),
            denominator=Decimal(str(item["denominator"])) if item.get("denominator") else None,
            population=_text(item.get("population"), code),
            period=item.get("period", ""),
            date=_date(item.get("date")),
            cited_source=_source(item.get("source_key")),
            source=_passage(item.get("source", ""), code),
        )
        for position, item in enumerate(data.get("indicators", []))
    ]
    page.key_figures = [
        KeyFigure(
            label=_text(item["label"], code),
            value=Decimal(str(item["value"])),
            unit=_text(item.get("unit"), code),
            currency=item.get("currency", ""),
            year=item.get("year"),
            period=item.get("period", ""),
            covers=_text(item.get("covers"), code),
            cited_source=_source(item.get("source_key")),
            passage=_passage(item.get("passage", ""), code),
        )
        for item in data.get("key_figures", [])
    ]
    page.source_references = [
        PracticeSource(source=source, passage=_passage(item.get("passage", ""), code))
        for item in data.get("sources", [])
        if (source := _source(item["key"])) is not None
    ]
    page.awards = [
        Award(
            name=localized(award, "name", code),
            year=award["year"],
            rank=localized(award, "rank", code),
        )
        for award in data.get("awards", [])
    ]


def load_cases(locales, territories, methods, groups, phases):
    organisations = {
        (org.territory.slug, org.name): org
        for org in Organisation.objects.select_related("territory")
    }
    for data in _data("cases", "CASES"):
        territory = territories[data["territory"]]
        page = PracticePage.objects.child_of(territory).filter(slug=data["slug"]).first()
        if page is None:
            page = _create_case(data, territory, locales, methods, groups, phases, organisations)
        for code in data["title"]:
            # A translation added to the data later is created on the next run; an
            # existing one is the editors' and is left alone.
            if code == "en" or code not in locales:
                continue
            if page.get_translation_or_none(locales[code]) is not None:
                continue
            translated, _created = ensure_translation(
                page, locales[code], **_case_fields(data, code)
            )
            _case_children(translated, data, code, organisations)
            translated.save_revision().publish()


def _create_case(data, territory, locales, methods, groups, phases, organisations):
    evidence = data.get("evidence", {})
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
    return page


# Documents the portal writes about a source it cannot republish as is (the
# original holds personal names): a summary in the source's language, attached
# to the Source and listed on the case in every language.
SOURCE_SUMMARIES = {
    "herlev-ip-presentation-2010": {
        "case": "ip-integration-partnership",
        "language": "da",
        "title": "IP-projektet: præsentation af 20-05-2010 (portalens sammenfatning)",
        "note": (
            "Sammenfatning skrevet af portalens redaktion på grundlag af præsentationen "
            "dateret 20-05-2010; personnavne og e-mailadresser er udeladt."
        ),
        "document_type": "presentation",
        "date": "2010-05-20",
    },
}


def load_source_documents(locales):
    from django.core.files.base import ContentFile
    from django.template.loader import render_to_string
    from django.utils import translation

    from wagtail.documents import get_document_model

    document_model = get_document_model()
    fields = {field.name for field in document_model._meta.get_fields()}
    for key, data in SOURCE_SUMMARIES.items():
        source = _source(key)
        if source is None or source.document_id:
            continue
        pages = PracticePage.objects.filter(slug=data["case"])
        page = pages.filter(locale=locales.get(data["language"])).first()
        if page is None:
            continue
        from weasyprint import HTML

        with translation.override(data["language"]):
            html = render_to_string(
                "practices/source_summary_pdf.html",
                {"page": page, "title": data["title"], "note": data["note"]},
            )
        content = HTML(string=html).write_pdf()
        extra = {
            "language": data["language"],
            "document_type": data["document_type"],
            "publication_date": _date(data["date"]),
            "summary": data["note"],
            "territory": page.territory,
        }
        document = document_model(
            title=data["title"], **{name: value for name, value in extra.items() if name in fields}
        )
        document.file.save(f"{key}.pdf", ContentFile(content), save=False)
        document.file_size = len(content)
        document.save()
        source.document = document
        source.save(update_fields=["document"])
        for case in pages:
            case.documents = [
                *[("document", block.value) for block in case.documents],
                ("document", document),
            ]
            case.save_revision().publish()


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


def warn_stale_translations(stdout):
    """Name the translations left out because their English has been corrected since."""
    for name, attribute in TRANSLATED:
        for slug, path, code in stale(name, _data(name, attribute)):
            stdout.write(f"  translation out of date, English shown: {name} {slug} {path} ({code})")


TRANSLATED = [
    ("methods", "METHODS"),
    ("target_groups", "TARGET_GROUPS"),
    ("territories", "TERRITORIES"),
    ("cases", "CASES"),
]


def load(stdout=None):
    if stdout is not None:
        warn_stale_translations(stdout)
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
    load_source_documents(locales)
    link_phases(locales)
    from .profiles import load_profiles  # implementation and cost profiles, by slug

    load_profiles()
