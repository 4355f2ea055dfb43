"""The search page (``/<lang>/search/?q=``) and its suggestions endpoint."""

import datetime

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from portal.search_terms import clean_query

from . import engine, facets, results
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
        invalid_year = facet == "year" and not (value.isdigit() and len(value) == 4)
        if (
            len(value) > MAX_FILTER_LENGTH
            or invalid_year
            or (known is not None and value not in known)
        ):
            return None, _("There is no such filter value: %(value)s.") % {"value": value[:40]}
        selected[facet] = value
    return selected, ""


def _page_number(request, paginator):
    number = request.GET.get("page", "1")
    number = int(number) if number.isdigit() and len(number) < 7 else 1
    return min(max(number, 1), paginator.num_pages)


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


def popular_searches():
    since = timezone.now().date() - datetime.timedelta(days=30)
    return [
        query for query in Query.get_most_popular(date_since=since)[:8] if words(query.query_string)
    ]


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
        context["popular"] = popular_searches()
        return render(request, "search/search.html", context)
    outcome = engine.run(query, language)
    profiles = facets.profiles_for(outcome.keys, outcome.pages)
    keys = [key for key in outcome.keys if facets.matches(profiles[key], selected)]
    paginator = Paginator(keys, RESULTS_PER_PAGE)
    page = paginator.page(_page_number(request, paginator))
    facet_counts = facets.counts(outcome.keys, profiles, selected)
    names = facets.labels(language, facet_counts)
    promoted = Query.get(query)
    if outcome.terms:
        promoted.add_hit()
    context.update(
        outcome=outcome,
        results=page,
        items=results.build(
            list(page.object_list), profiles, outcome.highlight_terms, language, names["territory"]
        ),
        facet_groups=_facet_groups(facet_counts, names, selected),
        promotions=promoted.editors_picks.select_related("page").all(),
        also_searched=outcome.expansion.terms[:8],
        no_words=not outcome.terms,
    )
    return render(request, "search/search.html", context)


def suggest(request):
    """Titles (and crosswalk terms) starting with what has been typed, as JSON."""
    language = base_language(get_language())
    query, _notice = clean_query(request.GET.get("q", ""))
    tokens = words(query)[:6]
    if not tokens or len(query) < 2:
        return JsonResponse({"suggestions": []})
    candidates = engine.page_candidates(engine._locales(language))
    hits = candidates.autocomplete(" ".join(tokens))[: SUGGESTIONS * 2]
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
