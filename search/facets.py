"""Facets of a result set: what each result is about, counted, labelled and filterable.

Profiles are read for all ranked results at once, a fixed number of queries
per content type, so the cost does not grow with the number of results.
"""

import uuid
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from portal.listing import Filter, YearFilter, code_vocabulary
from practices.models import (
    CriticalNode,
    Language,
    MethodPage,
    PhasePage,
    PracticePage,
    TerritoryPage,
)

from .crosswalk import all_concepts
from .fragments import cached_many
from .models import ConceptTag

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
UUID_FACETS = {"target_group", "method"}  # values are translation keys


def _years(start, end):
    if not start and not end:
        return set()
    start, end = start or end, end or start
    return set(range(start, min(end, start + MAX_YEARS) + 1))


def _keys(value):
    """A translation key as a facet identifier (none for a missing relation)."""
    return set() if value is None else {str(value)}


def _m2m_lookup(model, field_name, ids, facet, value_path):
    """(owner pk, facet name, value as text) of one many-to-many relation of ``ids``."""
    through = model._meta.get_field(field_name).remote_field.through
    owner = f"{model._meta.model_name}_id"
    return (
        through.objects.filter(**{f"{owner}__in": ids})
        .annotate(
            owner_pk=F(owner),
            facet=Value(facet, output_field=CharField()),
            value=Cast(value_path, output_field=CharField()),
        )
        .values_list("owner_pk", "facet", "value")
    )


def _relation_profiles(lookups, profiles):
    """The many-to-many facets of cases and methods, read in one query (a union)."""
    lookups = [lookup for lookup in lookups if lookup is not None]
    if not lookups:
        return
    rows = lookups[0].union(*lookups[1:], all=True) if len(lookups) > 1 else lookups[0]
    for pk, facet, value in rows:
        if value is None:
            continue
        if facet in UUID_FACETS:
            value = str(uuid.UUID(value))  # SQLite casts a UUID to 32 hex digits
        profiles[pk][facet].add(value)


def _page_profiles(pages):
    labels = {}
    for content_type_id in {page.content_type_id for page in pages.values()}:
        content_type = ContentType.objects.get_for_id(content_type_id)  # Django's cache
        labels[content_type_id] = f"{content_type.app_label}.{content_type.model}"
    profiles = {}
    for pk, page in pages.items():
        kind = TYPE_OF_MODEL.get(labels.get(page.content_type_id), "page")
        profiles[pk] = defaultdict(set, type={kind})
    by_kind = defaultdict(list)
    for pk, profile in profiles.items():
        by_kind[next(iter(profile["type"]))].append(pk)
    _relation_profiles(
        [
            *_practice_profiles(by_kind["case"], profiles),
            *_method_profiles(by_kind["method"], profiles),
        ],
        profiles,
    )
    for pk, key in PhasePage.objects.filter(pk__in=by_kind["phase"]).values_list("pk", "key"):
        profiles[pk]["phase"].add(key)
    for row in TerritoryPage.objects.filter(pk__in=by_kind["territory"]).values(
        "pk", "translation_key", "country", "main_language"
    ):
        profiles[row["pk"]]["territory"].add(str(row["translation_key"]))
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
    """The cases' own facets; returns the lookups of their many-to-many ones."""
    if not ids:
        return []
    rows = PracticePage.objects.filter(pk__in=ids).values(
        "pk",
        "territory__translation_key",
        "territory__country",
        "start_year",
        "end_year",
        "original_language",
    )
    for row in rows:
        profile = profiles[row["pk"]]
        profile["territory"] |= _keys(row["territory__translation_key"])
        profile["country"] |= {row["territory__country"]} - {None}
        profile["language"].add(row["original_language"])
        profile["year"] |= _years(row["start_year"], row["end_year"])
    return [
        _m2m_lookup(PracticePage, field_name, ids, facet, path)
        for field_name, facet, path in [
            ("target_groups", "target_group", "targetgroup__translation_key"),
            ("methods", "method", "methodpage__translation_key"),
            ("phases", "phase", "phasepage__key"),
        ]
    ]


def _method_profiles(ids, profiles):
    """The methods' own facets; returns the lookups of their many-to-many ones."""
    if not ids:
        return []
    rows = MethodPage.objects.filter(pk__in=ids).values(
        "pk",
        "translation_key",
        "origin_territory__translation_key",
        "origin_territory__country",
        "original_language",
    )
    for row in rows:
        profile = profiles[row["pk"]]
        profile["method"].add(str(row["translation_key"]))
        profile["territory"] |= _keys(row["origin_territory__translation_key"])
        profile["country"] |= {row["origin_territory__country"]} - {None}
        profile["language"].add(row["original_language"])
    return [
        _m2m_lookup(MethodPage, field_name, ids, facet, path)
        for field_name, facet, path in [
            ("target_groups", "target_group", "targetgroup__translation_key"),
            ("phases", "phase", "phasepage__key"),
        ]
    ]


def _report_profiles(ids, profiles):
    if not ids:
        return
    from workshops.models import WorkshopReportPage

    for pk, date in WorkshopReportPage.objects.filter(pk__in=ids).values_list("pk", "date"):
        if date:
            profiles[pk]["year"].add(date.year)


def _document_profiles(ids):
    from django.apps import apps

    profiles = {}
    model = apps.get_model("library", "PortalDocument")
    rows = model.objects.filter(pk__in=ids).values(
        "pk", "language", "territory__translation_key", "territory__country", "publication_date"
    )
    for row in rows:
        profile = profiles[row["pk"]] = defaultdict(set, type={"document"})
        profile["language"].add(row["language"])
        profile["territory"] |= _keys(row["territory__translation_key"])
        profile["country"] |= {row["territory__country"]} - {None}
        if row["publication_date"]:
            profile["year"].add(row["publication_date"].year)
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
    """{result key: {facet: set of values}} for every ranked result, each from the fragment
    cache where an earlier search read it (a profile changes only with a publish or a
    snippet change, which start a new generation)."""
    cached = cached_many("search-profile", keys, lambda missing: _profiles(missing, pages))
    return {key: cached.get(key) or defaultdict(set, type={key[0]}) for key in keys}


def _profiles(keys, pages):
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


def search_filters(language):
    """The search facets, declared on the portal's listing layer: the case listing's
    vocabularies (translation keys, codes) plus content type, concept and language."""
    from practices import listing

    def concepts(locale):
        return code_vocabulary((concept.key, concept.label(language)) for concept in all_concepts())

    types = list(TYPE_LABELS.items())
    return [
        Filter("type", _("Content type"), vocabulary=lambda locale: code_vocabulary(types)),
        Filter("territory", _("Territory"), vocabulary=listing.territory_vocabulary),
        Filter("country", _("Country"), vocabulary=listing.country_vocabulary),
        Filter("target_group", _("Target group"), vocabulary=listing.target_group_vocabulary),
        Filter("method", _("Method"), vocabulary=listing.method_vocabulary),
        Filter("phase", _("Phase"), vocabulary=listing.phase_vocabulary),
        Filter("concept", _("Concept"), vocabulary=concepts),
        Filter(
            "language",
            _("Language"),
            vocabulary=lambda locale: code_vocabulary(Language.choices),
        ),
        YearFilter("year", _("Year")),
    ]


def facet_groups(filterset, profiles, selection):
    """The facets of the ranked results, counted from the same declaration as the filters:
    most frequent first (years newest first), only values present."""
    groups = []
    for facet in filterset.facets_from_items(profiles, selection):
        if facet["name"] != "year":
            facet["options"].sort(key=lambda option: (-option["count"], str(option["label"])))
        if facet["options"]:
            groups.append(facet)
    return groups
