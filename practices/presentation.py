"""What case cards, case pages and the compare view show, in the visitor's
language, with a fixed number of queries."""

from django.db.models import (
    Case,
    Count,
    Exists,
    OuterRef,
    Prefetch,
    Subquery,
    Value,
    When,
    prefetch_related_objects,
)
from django.utils.formats import number_format

from portal.cache import fragment
from portal.localization import active_locale, in_locale_or_default, localize, localize_queryset
from portal.visibility import public_pages

from .models import MethodPage, PracticeIndexPage, PracticePage, TargetGroup, TerritoryPage
from .models.profiles import CostBasis, profile_for


def decorate_cards(practices, locale=None):
    """Attach localized territory titles and target-group names to case cards."""
    locale = locale or active_locale()
    practices = list(practices)
    group_names, territory_titles = fragment("card-labels", (locale.pk,), lambda: _labels(locale))
    for practice in practices:
        territory = practice.territory
        practice.territory_title = (
            territory_titles.get(territory.translation_key, territory.title) if territory else ""
        )
        practice.group_names = [
            group_names.get(group.translation_key, group.name)
            for group in practice.target_groups.all()
        ]
        practice.is_fallback = practice.locale_id != locale.pk
    return practices


class LazyCards:
    """The cases of a listing page by id, read from the database only when a card is
    not in the fragment cache (``{% cached_cards %}`` asks ``load`` for the missing
    ones) or when the cases themselves are iterated."""

    def __init__(self, ids, load):
        self.ids = list(ids)
        self._load = load  # ids -> decorated cases
        self._items = None

    def __bool__(self):
        return bool(self.ids)

    def __len__(self):
        return len(self.ids)

    def __iter__(self):
        return iter(self.items)

    @property
    def items(self):
        if self._items is None:
            self._items = self.ordered(self.ids)
        return self._items

    def ordered(self, ids):
        by_id = {case.pk: case for case in self._load(ids)}
        return [by_id[pk] for pk in ids if pk in by_id]


def cached_case_details(practice, request=None, with_related=True):
    """``case_details`` of a published case from the fragment cache: it changes only
    with a publish, unpublish, move, delete or snippet change, which all start a new
    generation. A preview (in-memory relations of a draft) is always computed.

    Also hands the page what its template tags and JSON-LD read again (tags, the
    relations' raw rows, the live translations), so they cost no query either.
    """
    from portal.templatetags.portal_tags import live_translations, remember_live_translations

    if getattr(request, "is_preview", False) or practice.pk is None:
        return {
            **case_details(practice, request, with_related),
            "case_tags": list(practice.tags.all()),
        }
    locale = active_locale()

    def compute():
        # Each relation read once: the details and what the page reads again share it.
        prefetch_related_objects([practice], "target_groups", "methods", "phases")
        details = case_details(practice, None, with_related)
        details["index_url"] = ""
        details["case_tags"] = list(practice.tags.all())
        details["loaded"] = {
            "target_groups": list(practice.target_groups.all()),
            "organisation_roles": details["organisation_roles"],
            "methods": list(practice.methods.all()),
            "source_references": practice.loaded_source_references,
        }
        details["live_translations"] = live_translations(practice)
        return details

    parts = ("case", practice.pk, locale.pk, with_related)
    details = dict(fragment("case-details", parts, compute))
    index = details.pop("index", None)
    details["index_url"] = index.get_url(request) if index else ""
    for name, rows in details.pop("loaded").items():
        setattr(practice, f"loaded_{name}", rows)
    if request is not None:
        remember_live_translations(practice, request, details.pop("live_translations"))
    return details


def _labels(locale):
    """Target-group names and territory titles of ``locale`` by translation key."""
    return (
        dict(TargetGroup.objects.filter(locale=locale).values_list("translation_key", "name")),
        dict(TerritoryPage.objects.filter(locale=locale).values_list("translation_key", "title")),
    )


def case_details(practice, request=None, with_related=True):
    """Everything the case page shows beyond its own fields."""
    locale = active_locale()
    # Filtered in Python: in a preview the relations are in-memory (modelcluster), not querysets.
    all_methods = list(practice.methods.all())
    all_phases = list(practice.phases.all())
    all_groups = list(practice.target_groups.all())
    methods = localize(sorted((m for m in all_methods if m.live), key=lambda m: m.title), locale)
    phases = localize(sorted((p for p in all_phases if p.live), key=lambda p: p.sort_order), locale)
    groups = localize(all_groups, locale)
    roles = list(
        practice.organisation_roles.select_related("organisation", "organisation__territory")
    )
    index = practice.get_ancestors().type(PracticeIndexPage).first()
    indicators = list(practice.indicators.select_related("cited_source"))
    practice.loaded_source_references = list(
        practice.source_references.select_related("source", "source__document")
    )  # read again by the JSON-LD of the page
    return {
        "key_figures": list(practice.key_figures.select_related("cited_source")),
        "source_references": practice.loaded_source_references,
        "methods": methods,
        "phases": phases,
        "target_groups": groups,
        "organisation_roles": roles,
        "indicators": indicators,
        "chart_indicators": [i for i in indicators if i.share is not None],
        "awards": list(practice.awards.all()),
        "related": (
            related_cases(
                practice,
                locale,
                method_keys=[m.translation_key for m in all_methods],
                group_keys=[g.translation_key for g in all_groups],
                phase_keys=[p.key for p in all_phases],
            )
            if with_related
            else []
        ),
        "territory": localize([practice.territory], locale)[0] if practice.territory else None,
        "index": index,
        "index_url": index.get_url(request) if index else "",
        **profile_context(practice, locale),
    }


def related_cases(practice, locale, limit=3, method_keys=None, group_keys=None, phase_keys=None):
    """Cases sharing the most methods, target groups and phases with this one.

    Scored in one query (one EXISTS per kind of link, summed), so its cost does
    not grow with the number of cases that share something with this one.
    """
    if method_keys is None:
        method_keys = list(practice.methods.values_list("translation_key", flat=True))
    if group_keys is None:
        group_keys = list(practice.target_groups.values_list("translation_key", flat=True))
    if phase_keys is None:
        phase_keys = list(practice.phases.values_list("key", flat=True))
    score = Value(0)
    for relation, lookup, keys in (
        (PracticePage.methods.through, "methodpage__translation_key__in", method_keys),
        (PracticePage.target_groups.through, "targetgroup__translation_key__in", group_keys),
        (PracticePage.phases.through, "phasepage__key__in", phase_keys),
    ):
        if not keys:
            continue
        shares = Exists(relation.objects.filter(practicepage_id=OuterRef("pk"), **{lookup: keys}))
        score = score + Case(When(shares, then=Value(1)), default=Value(0))
    if isinstance(score, Value):
        return []
    best = (
        in_locale_or_default(public_pages(PracticePage.objects.all()), locale)
        .exclude(translation_key=practice.translation_key)
        .annotate(related_score=score)
        .filter(related_score__gt=0)
        .order_by("-related_score", "path")
        .select_related("territory", "locale")
        .prefetch_related("target_groups")[:limit]
    )
    return decorate_cards(best, locale)


def method_cases(method, locale=None):
    """The cases that use a method (any translation of it), in the visitor's language:
    the cards of ``decorate_cards``, with the territory titles and target-group names
    in the visitor's language read along with the cases and their groups (two queries)."""
    locale = locale or active_locale()
    local_title = TerritoryPage.objects.filter(
        locale=locale, translation_key=OuterRef("territory__translation_key")
    ).values("title")[:1]
    local_name = TargetGroup.objects.filter(
        locale=locale, translation_key=OuterRef("translation_key")
    ).values("name")[:1]
    cases = (
        in_locale_or_default(public_pages(PracticePage.objects.all()), locale)
        .filter(methods__translation_key=method.translation_key)
        .distinct()
        .order_by("title")
        .select_related("territory", "locale")
        .annotate(local_territory_title=Subquery(local_title))
        .prefetch_related(
            Prefetch(
                "target_groups",
                queryset=TargetGroup.objects.annotate(local_name=Subquery(local_name)),
            )
        )
    )
    practices = list(cases)
    for practice in practices:
        territory = practice.territory
        practice.territory_title = (
            (practice.local_territory_title or territory.title) if territory else ""
        )
        practice.group_names = [
            group.local_name or group.name for group in practice.target_groups.all()
        ]
        practice.is_fallback = practice.locale_id != locale.pk
    return practices


def method_details(method):
    locale = active_locale()
    method.loaded_source_references = list(
        method.source_references.select_related("source", "source__document")
    )  # read again by the JSON-LD of the page
    return {
        "cases": method_cases(method, locale),
        "target_groups": localize_queryset(method.target_groups.all(), locale),
        "phases": localize_queryset(method.phases.live().order_by("sort_order"), locale),
        "origin": next(
            iter(
                localize_queryset(
                    TerritoryPage.objects.filter(pk=method.origin_territory_id), locale
                )
            ),
            None,
        )
        if method.origin_territory_id
        else None,
        "source_references": method.loaded_source_references,
        **profile_context(method, locale),
    }


def territory_details(territory):
    locale = active_locale()
    source = territory.get_translation_or_none(territory.locale.get_default()) or territory
    # Organisations typed into a proposal wait for their case's publication.
    organisations = list(source.organisations.filter(is_public=True)) if source else []
    cases = (
        in_locale_or_default(public_pages(PracticePage.objects.all()), locale)
        .filter(territory__translation_key=territory.translation_key)
        .order_by("title")
        .select_related("territory", "locale")
        .prefetch_related("target_groups")
    )
    return {"organisations": organisations, "cases": decorate_cards(cases, locale)}


def catalogue(locale=None):
    """All methods in the visitor's language, with how many cases use each."""
    locale = locale or active_locale()
    methods = list(
        in_locale_or_default(public_pages(MethodPage.objects.all()), locale)
        .select_related("locale", "origin_territory")
        .order_by("title")
    )
    counts = dict(
        public_pages(PracticePage.objects.all())
        .filter(methods__isnull=False)
        .order_by()
        .values_list("methods__translation_key")
        .annotate(n=Count("translation_key", distinct=True))
        .values_list("methods__translation_key", "n")
    )
    origins = dict(
        TerritoryPage.objects.filter(locale=locale).values_list("translation_key", "title")
    )
    for method in methods:
        method.case_count = counts.get(method.translation_key, 0)
        origin = method.origin_territory
        method.origin_title = origins.get(origin.translation_key, origin.title) if origin else ""
    return methods


def _number(value):
    """A decimal for people: the visitor's separators, no trailing zeros."""
    if value is None:
        return ""
    return number_format(value.normalize(), force_grouping=True)


def profile_context(page, locale=None):
    """The page's implementation and cost profile for the card, with labels, and the
    language of its texts when they are not in the visitor's language."""
    locale = locale or active_locale()
    profile = profile_for(page)
    if profile is None:
        return {"profile": None, "profile_lang": ""}
    bases = dict(CostBasis.choices)
    profile.staff_rows = [
        {**block.value, "fte_display": _number(block.value.get("fte"))} for block in profile.staff
    ]
    profile.cost_rows = [
        {
            **block.value,
            "amount_display": _number(block.value["amount"]),
            "basis_label": bases.get(block.value["basis"], block.value["basis"]),
        }
        for block in profile.costs
    ]
    language = ""
    if profile.page.locale_id != locale.pk:
        language = profile.page.locale.language_code
    return {"profile": profile, "profile_lang": language}
