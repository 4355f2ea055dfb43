"""What every search reads and only an editor changes, from the shared fragment cache.

The crosswalk's concepts and their tags, the public organisations' names with the
cases they took part in, the critical nodes' text, the editors' promotions, and
per result the facet profile and what the result list shows. All of it changes
only with a publish, unpublish, move, delete or snippet save, which start a new
generation (``portal.cache``); ``search.signals`` also starts one when a concept
tag, a case's organisation role or tag, or a critical node is written directly.
A cache outage computes the values instead of failing the search.
"""

import logging

from django.conf import settings
from django.core.cache import cache

from portal.cache import fragment, generation
from portal.memo import memoised

logger = logging.getLogger(__name__)


def cached_many(name, keys, compute):
    """``{key: value}`` for ``keys``, each under its own fragment-cache entry of the current
    generation; ``compute(missing keys)`` returns the values not cached yet. The cost of
    a search then grows with the results shown, not with the content."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return {}
    if getattr(settings, "PORTAL_FRAGMENT_CACHE_SECONDS", 3600) <= 0:
        return compute(keys)
    try:
        prefix = f"portal:fragment:{name}:{generation()}:"
        names = {f"{prefix}{'-'.join(str(part) for part in _parts(key))}": key for key in keys}
        found = cache.get_many(list(names))
    except Exception:
        logger.warning("Fragment cache unavailable; computing %s", name, exc_info=True)
        return compute(keys)
    values = {names[cache_key]: value for cache_key, value in found.items()}
    missing = [key for key in keys if key not in values]
    if missing:
        computed = compute(missing)
        values.update(computed)
        try:
            by_key = {key: cache_key for cache_key, key in names.items()}
            cache.set_many(
                {by_key[key]: value for key, value in computed.items()},
                getattr(settings, "PORTAL_FRAGMENT_CACHE_SECONDS", 3600),
            )
        except Exception:
            logger.warning("Could not store fragments %s", name, exc_info=True)
    return values


def _parts(key):
    return key if isinstance(key, tuple) else (key,)


def _memo_fragment(name, compute):
    """One shared fragment, read once per request."""
    return memoised(("search-fragment", name), lambda: fragment(name, (), compute))


def concepts():
    """Every concept of the crosswalk."""
    from .models import Concept

    return _memo_fragment("search-concepts", lambda: list(Concept.objects.all()))


def concept_tags():
    """``{concept pk: [(sort order, tag pk, page translation key, main language)]}`` of
    the pages tagged with a concept, phases left out (they are tagged for the glossary);
    the main language is a case's territory's ("" for other pages)."""
    from .models import ConceptTag

    def compute():
        tags = {}
        rows = (
            ConceptTag.objects.exclude(page__content_type__model="phasepage")
            .order_by("concept_id", "sort_order", "pk")
            .values_list(
                "concept_id",
                "sort_order",
                "pk",
                "page__translation_key",
                "page__practicepage__territory__main_language",
            )
        )
        for concept, order, pk, key, language in rows:
            tags.setdefault(concept, []).append((order, pk, key, language or ""))
        return tags

    return _memo_fragment("search-concept-tags", compute)


def organisations():
    """``[(folded words of the name, translation keys of its cases)]`` of the public
    organisations; the keys are one string of their hex forms, split only for a name the
    query matches (thousands of ``UUID`` objects took 20 ms to unpickle on each search)."""
    from practices.models import Organisation, PracticeOrganisation

    from .analysis import fold, words

    def compute():
        cases = {}
        for organisation, key in PracticeOrganisation.objects.values_list(
            "organisation_id", "page__translation_key"
        ):
            cases.setdefault(organisation, set()).add(key)
        return [
            (
                [fold(word) for word in words(name)],
                " ".join(sorted(key.hex for key in cases.get(pk, ()))),
            )
            for pk, name in Organisation.objects.filter(is_public=True)
            .order_by("name")
            .values_list("pk", "name")
        ]

    return _memo_fragment("search-organisations-hex", compute)


def critical_nodes():
    """``{pk: node facts}`` of the critical nodes of the public reference models, in
    their order: the reference model's locale, its text, its phases and its link."""
    from portal.visibility import public_pages
    from practices.models import CriticalNode, ReferenceModelPage

    def compute():
        pages = public_pages(ReferenceModelPage.objects.all())
        nodes = {}
        for node in CriticalNode.objects.filter(page__in=pages).select_related(
            "page", "from_phase", "to_phase"
        ):
            nodes[node.pk] = {
                "locale_id": node.page.locale_id,
                "title": node.title,
                "risk": node.risk,
                "operating_mode": node.operating_mode,
                "phases": {
                    phase.key for phase in (node.from_phase, node.to_phase) if phase is not None
                },
                "url": node.page.get_url() + f"#node-{node.key}",
            }
        return nodes

    return _memo_fragment("search-critical-nodes", compute)


def promotions():
    """``{normalised query: [promotion]}`` of the editors' picks that point at a live
    public page or outside the portal."""
    from django.db.models import Q

    from wagtail.contrib.search_promotions.models import SearchPromotion

    from portal.visibility import public_pages

    def compute():
        picks = {}
        rows = (
            SearchPromotion.objects.filter(Q(page__isnull=True) | Q(page__in=public_pages()))
            .select_related("query", "page")
            .order_by("sort_order", "pk")
        )
        for pick in rows:
            picks.setdefault(pick.query.query_string, []).append(
                {
                    "page": {"title": pick.page.title, "url": pick.page.get_url()}
                    if pick.page
                    else None,
                    "external_link_url": pick.external_link_url,
                    "external_link_text": pick.external_link_text,
                    "description": pick.description,
                }
            )
        return picks

    return _memo_fragment("search-promotions", compute)
