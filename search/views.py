"""The search page (``/<lang>/search/?q=``) and its suggestions endpoint."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Page

from portal.paging import paginate, parse_int
from portal.search_terms import SearchUnavailable, clean_query, engine_guard, plain_words

from . import engine, facets, popular, results, starting_points
from .analysis import base_language, words

MAX_FILTER_LENGTH = 80
RESULTS_PER_PAGE = 10
SUGGESTIONS = 8


def selected_filters(request, language):
    """The facet filters asked for, or an error message for a value that does not exist."""
    selected = {}
    for facet, _label in facets.FACETS:
        value = request.GET.get(facet, "").strip()
        if not value:
            continue
        known = facets.known_values(facet, language)
        invalid_year = facet == "year" and parse_int(value, 1000, 9999) is None
        if (
            len(value) > MAX_FILTER_LENGTH
            or invalid_year
            or (known is not None and value not in known)
        ):
            return None, _("There is no such filter value: %(value)s.") % {"value": value[:40]}
        selected[facet] = value
    return selected, ""


def _facet_groups(facet_counts, names, selected):
    groups = []
    for facet, label in facets.FACETS:
        counter = facet_counts.get(facet, {})
        options = [
            {
                "value": value,
                "label": names.get(facet, {}).get(value, value),
                "count": count,
                "selected": selected.get(facet) == value,
            }
            for value, count in counter.items()
        ]
        if facet == "year":
            options.sort(key=lambda option: option["value"], reverse=True)
        else:
            options.sort(key=lambda option: (-option["count"], str(option["label"])))
        if options:
            groups.append({"name": facet, "label": label, "options": options})
    return groups


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
    selected, error = selected_filters(request, language)
    context = {"search_query": query, "message": notice, "selected": selected or {}}
    if error:
        context["error"] = error
        return render(request, "search/search.html", context, status=400)
    if not query:
        context["popular"] = popular.popular_queries(language)
        return render(request, "search/search.html", context)
    try:
        outcome = engine.run(query, language)
    except SearchUnavailable:
        return _unavailable(request, context)
    profiles = facets.profiles_for(outcome.keys, outcome.pages)
    keys = [key for key in outcome.keys if facets.matches(profiles[key], selected)]
    page, _malformed = paginate(keys, request.GET.get("page"), RESULTS_PER_PAGE)
    facet_counts = facets.counts(outcome.keys, profiles, selected)
    names = facets.labels(language, facet_counts)
    if outcome.terms and outcome.keys:
        popular.record(request, query)
    context.update(
        outcome=outcome,
        results=page,
        items=results.build(
            list(page.object_list), profiles, outcome.highlight_terms, language, names["territory"]
        ),
        facet_groups=_facet_groups(facet_counts, names, selected),
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
