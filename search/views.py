"""The search page (``/<lang>/search/?q=``) and its suggestions endpoint."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Page

from portal.listing import FilterSet, get_page
from portal.localization import active_locale
from portal.search_terms import SearchUnavailable, clean_query, engine_guard, plain_words

from . import engine, facets, popular, results, starting_points
from .analysis import base_language, words

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8


def _unavailable(request, context):
    """The search page in the site's layout, saying why there are no results (503)."""
    context["error"] = _(
        "Search is unavailable right now. Please try again in a few minutes; "
        "the listings of cases and documents can still be browsed and filtered."
    )
    context["unavailable"] = True
    response = render(request, "search/search.html", context, status=503)
    response["Retry-After"] = "120"
    return response


def search(request):
    """Search everything in the visitor's language, with English content as fallback."""
    language = base_language(get_language())
    query, notice = clean_query(request.GET.get("q", ""))
    # Unknown filter values are named and ignored, as on every listing (portal.listing).
    filterset = FilterSet(facets.search_filters(language), active_locale())
    selection = filterset.parse(request.GET)
    context = {
        "search_query": query,
        "message": notice,
        "selected": {name: request.GET[name] for name in selection.values},
        "unknown_filters": selection.unknown,
    }
    if not query:
        context["popular"] = popular.popular_queries(language)
        return render(request, "search/search.html", context)
    try:
        outcome = engine.run(query, language)
    except SearchUnavailable:
        return _unavailable(request, context)
    profiles = facets.profiles_for(outcome.keys, outcome.pages)
    keys = [key for key in outcome.keys if filterset.matches(profiles[key], selection)]
    page = get_page(keys, selection, RESULTS_PER_PAGE)
    territories = filterset.vocabularies["territory"]
    if outcome.terms and outcome.keys:
        popular.record(request, query)
    context.update(
        outcome=outcome,
        results=page,
        items=results.build(
            list(page.object_list),
            profiles,
            outcome.highlight_terms,
            language,
            {key: label for key, (_slug, label) in territories.entries.items()},
            known_pages=outcome.pages,
        ),
        facet_groups=facets.facet_groups(
            filterset, [profiles[key] for key in outcome.keys], selection
        ),
        promotions=popular.promotions(query),
        also_searched=outcome.expansion.terms[:8],
        glossary_entries=[
            {"key": concept.key, "label": concept.label(language)}
            for concept in outcome.expansion.concepts[:5]
        ],
        no_words=not outcome.terms,
    )
    if outcome.terms and not keys:
        # No result is a starting point: what the portal calls it, and where to browse.
        context.update(
            closest_concepts=starting_points.closest_concepts(query, language),
            popular_filters=starting_points.popular_filters(language),
            browse_links=starting_points.browse_links(),
        )
    return render(request, "search/search.html", context)


def suggest(request):
    """Titles (and crosswalk terms) starting with what has been typed, as JSON."""
    language = base_language(get_language())
    query, _notice = clean_query(request.GET.get("q", ""))
    tokens = words(plain_words(query))[:6]
    if not tokens or len(query) < 2:
        return JsonResponse({"suggestions": []})
    candidates = engine.page_candidates(engine._locales(language))
    try:
        with engine_guard():
            hits = list(candidates.autocomplete(" ".join(tokens))[: SUGGESTIONS * 2])
    except SearchUnavailable:
        # The script shows nothing on an error status; the field works as a plain search box.
        return JsonResponse(
            {"suggestions": [], "message": _("Suggestions are unavailable right now.")},
            status=503,
        )
    pages = Page.objects.filter(pk__in=[page.pk for page in hits]).specific()
    by_pk = {page.pk: page for page in pages}
    suggestions, seen = [], set()
    for hit in hits:
        page = by_pk.get(hit.pk)
        if page is None or page.title in seen:
            continue
        seen.add(page.title)
        kind = facets.TYPE_OF_MODEL.get(page._meta.label_lower, "page")
        suggestions.append(
            {
                "title": page.title,
                "url": page.get_url(request),
                "type": str(facets.TYPE_LABELS[kind]),
            }
        )
    return JsonResponse({"suggestions": suggestions[:SUGGESTIONS]})
