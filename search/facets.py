"""Facets of a result set: what each result is about, counted, labelled and filterable.

Profiles are read for all ranked results at once, a fixed number of queries
per content type, so the cost does not grow with the number of results.
"""

from collections import Counter, defaultdict

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from portal.visibility import public_pages
from practices.models import (
    Country,
    CriticalNode,
    Language,
    MethodPage,
    PhasePage,
    PracticePage,
    TargetGroup,
    TerritoryPage,
)

from .models import Concept, ConceptTag

FACETS = [
    ("type", _("Content type")),
    ("territory", _("Territory")),
    ("country", _("Country")),
    ("target_group", _("Target group")),
    ("method", _("Method")),
    ("phase", _("Phase")),
    ("concept", _("Concept")),
    ("language", _("Language")),
    ("year", _("Year")),
]
TYPE_LABELS = {
    "case": _("Case"),
    "method": _("Method"),
    "phase": _("Phase of the reference model"),
    "node": _("Critical node"),
    "territory": _("Territory"),
    "report": _("Workshop report"),
    "series": _("Workshop series"),
    "document": _("Document"),
    "page": _("Page"),
}
TYPE_OF_MODEL = {
    "practices.practicepage": "case",
    "practices.methodpage": "method",
    "practices.phasepage": "phase",
    "practices.territorypage": "territory",
    "workshops.workshopreportpage": "report",
    "workshops.workshopseriespage": "series",
}
MAX_YEARS = 30


def _years(start, end):
    if not start and not end:
        return set()
    start, end = start or end, end or start
    return {str(year) for year in range(start, min(end, start + MAX_YEARS) + 1)}


def _m2m(model, field_name, ids, value_path):
    through = model._meta.get_field(field_name).remote_field.through
    owner = f"{model._meta.model_name}_id"
    rows = through.objects.filter(**{f"{owner}__in": ids}).values_list(owner, value_path)
    values = defaultdict(set)
    for owner_id, value in rows:
        values[owner_id].add(value)
    return values


def _page_profiles(pages):
    labels = {
        ct.pk: f"{ct.app_label}.{ct.model}"
        for ct in ContentType.objects.filter(pk__in={p.content_type_id for p in pages.values()})
    }
    profiles = {}
    for pk, page in pages.items():
        kind = TYPE_OF_MODEL.get(labels.get(page.content_type_id), "page")
        profiles[pk] = defaultdict(set, type={kind})
    by_kind = defaultdict(list)
    for pk, profile in profiles.items():
        by_kind[next(iter(profile["type"]))].append(pk)
    _practice_profiles(by_kind["case"], profiles)
    _method_profiles(by_kind["method"], profiles)
    for pk, key in PhasePage.objects.filter(pk__in=by_kind["phase"]).values_list("pk", "key"):
        profiles[pk]["phase"].add(key)
    for row in TerritoryPage.objects.filter(pk__in=by_kind["territory"]).values(
        "pk", "slug", "country", "main_language"
    ):
        profiles[row["pk"]]["territory"].add(row["slug"])
        profiles[row["pk"]]["country"].add(row["country"])
        profiles[row["pk"]]["language"].add(row["main_language"])
    _report_profiles(by_kind["report"], profiles)
    tags = ConceptTag.objects.filter(
        page__translation_key__in={page.translation_key for page in pages.values()}
    ).values_list("page__translation_key", "concept__key")
    concepts = defaultdict(set)
    for key, concept in tags:
        concepts[key].add(concept)
    for pk, page in pages.items():
        profiles[pk]["concept"] |= concepts.get(page.translation_key, set())
    return profiles


def _practice_profiles(ids, profiles):
    if not ids:
        return
    rows = PracticePage.objects.filter(pk__in=ids).values(
        "pk", "territory__slug", "territory__country", "start_year", "end_year", "original_language"
    )
    for row in rows:
        profile = profiles[row["pk"]]
        profile["territory"] |= {row["territory__slug"]} - {None}
        profile["country"] |= {row["territory__country"]} - {None}
        profile["language"].add(row["original_language"])
        profile["year"] |= _years(row["start_year"], row["end_year"])
    for field_name, facet, path in [
        ("target_groups", "target_group", "targetgroup__slug"),
        ("methods", "method", "methodpage__slug"),
        ("phases", "phase", "phasepage__key"),
    ]:
        for pk, values in _m2m(PracticePage, field_name, ids, path).items():
            profiles[pk][facet] |= values


def _method_profiles(ids, profiles):
    if not ids:
        return
    rows = MethodPage.objects.filter(pk__in=ids).values(
        "pk", "slug", "origin_territory__slug", "origin_territory__country", "original_language"
    )
    for row in rows:
        profile = profiles[row["pk"]]
        profile["method"].add(row["slug"])
        profile["territory"] |= {row["origin_territory__slug"]} - {None}
        profile["country"] |= {row["origin_territory__country"]} - {None}
        profile["language"].add(row["original_language"])
    for field_name, facet, path in [
        ("target_groups", "target_group", "targetgroup__slug"),
        ("phases", "phase", "phasepage__key"),
    ]:
        for pk, values in _m2m(MethodPage, field_name, ids, path).items():
            profiles[pk][facet] |= values


def _report_profiles(ids, profiles):
    if not ids:
        return
    from workshops.models import WorkshopReportPage

    for pk, date in WorkshopReportPage.objects.filter(pk__in=ids).values_list("pk", "date"):
        if date:
            profiles[pk]["year"].add(str(date.year))


def _document_profiles(ids):
    from django.apps import apps

    profiles = {}
    model = apps.get_model("library", "PortalDocument")
    rows = model.objects.filter(pk__in=ids).values(
        "pk", "language", "territory__slug", "territory__country", "publication_date"
    )
    for row in rows:
        profile = profiles[row["pk"]] = defaultdict(set, type={"document"})
        profile["language"].add(row["language"])
        profile["territory"] |= {row["territory__slug"]} - {None}
        profile["country"] |= {row["territory__country"]} - {None}
        if row["publication_date"]:
            profile["year"].add(str(row["publication_date"].year))
    return profiles


def _node_profiles(ids):
    profiles = {}
    rows = CriticalNode.objects.filter(pk__in=ids).values_list(
        "pk", "from_phase__key", "to_phase__key"
    )
    for pk, from_key, to_key in rows:
        profiles[pk] = defaultdict(set, type={"node"}, phase={from_key, to_key})
    return profiles


def profiles_for(keys, pages):
    """{result key: {facet: set of values}} for every ranked result."""
    by_kind = defaultdict(list)
    for kind, pk in keys:
        by_kind[kind].append(pk)
    page_profiles = _page_profiles({pk: pages[pk] for pk in by_kind["page"] if pk in pages})
    other = {
        "document": _document_profiles(by_kind["document"]) if by_kind["document"] else {},
        "node": _node_profiles(by_kind["node"]) if by_kind["node"] else {},
    }
    result = {}
    for kind, pk in keys:
        source = page_profiles if kind == "page" else other[kind]
        result[(kind, pk)] = source.get(pk) or defaultdict(set, type={kind})
    return result


def matches(profile, selected):
    return all(value in profile.get(facet, ()) for facet, value in selected.items())


def counts(keys, profiles, selected):
    """Counts per facet value, each facet counted with the other facets' filters applied."""
    result = {}
    for facet, _label in FACETS:
        others = {name: value for name, value in selected.items() if name != facet}
        counter = Counter()
        for key in keys:
            if matches(profiles[key], others):
                counter.update(profiles[key].get(facet, ()))
        result[facet] = counter
    return result


def labels(language, facet_counts):
    """Human labels of the values present, in the visitor's language (English as fallback)."""
    names = {
        "type": {key: str(value) for key, value in TYPE_LABELS.items()},
        "country": {code: str(label) for code, label in Country.choices},
        "language": {code: str(label) for code, label in Language.choices},
        "year": {value: value for value in facet_counts.get("year", {})},
    }
    names["territory"] = _localised(
        public_pages(TerritoryPage.objects.all()).filter(
            slug__in=facet_counts.get("territory", {})
        ),
        "slug",
        language,
    )
    names["method"] = _localised(
        public_pages(MethodPage.objects.all()).filter(slug__in=facet_counts.get("method", {})),
        "slug",
        language,
    )
    names["phase"] = _localised(
        public_pages(PhasePage.objects.all()).filter(key__in=facet_counts.get("phase", {})),
        "key",
        language,
    )
    groups = TargetGroup.objects.filter(slug__in=facet_counts.get("target_group", {}))
    names["target_group"] = _localised(groups, "slug", language, attribute="name")
    names["concept"] = {
        concept.key: concept.label(language)
        for concept in Concept.objects.filter(key__in=facet_counts.get("concept", {}))
    }
    return names


def _localised(queryset, key_field, language, attribute="title"):
    rows = queryset.filter(locale__language_code__in=[language, "en"]).values_list(
        key_field, attribute, "locale__language_code"
    )
    found = {}
    for key, text, _code in sorted(rows, key=lambda row: row[2] == language):
        found[key] = text
    return found


def known_values(facet, language):
    """Valid filter values for a facet, or None when any value is accepted."""
    static = {
        "type": set(TYPE_LABELS) | {"document"},
        "country": set(Country.values),
        "language": set(Language.values),
    }
    if facet in static:
        return static[facet]
    if facet == "year":
        return None
    lookups = {
        "territory": lambda: public_pages(TerritoryPage.objects.all()).values_list(
            "slug", flat=True
        ),
        "method": lambda: public_pages(MethodPage.objects.all()).values_list("slug", flat=True),
        "phase": lambda: public_pages(PhasePage.objects.all()).values_list("key", flat=True),
        "target_group": lambda: TargetGroup.objects.values_list("slug", flat=True),
        "concept": lambda: Concept.objects.values_list("key", flat=True),
    }
    return set(lookups[facet]())
