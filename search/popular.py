""" "Popular searches": distinct visitors, real results, indexed words, editors' veto.

Visitors' text is shown to everyone here, so a query is listed only when all
of these hold: it returned results, it matches (word for word) the title of a
live public page or public document or a crosswalk term, it was searched by at
least ``POPULAR_SEARCH_MIN_VISITORS`` distinct visitors in the last 30 days,
and no editor has hidden it (admin menu "Search terms").
"""

import datetime
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.crypto import salted_hmac

from wagtail.search.utils import normalise_query_string

from portal.cache import generation
from portal.client import client_address
from portal.visibility import public_documents, public_pages

from .analysis import fold, words
from .models import Concept, SearchTerm, SearchTermVisitor

logger = logging.getLogger(__name__)
DEFAULT_MIN_VISITORS = 3
WINDOW_DAYS = 30
SHOWN = 8
MAX_LENGTH = 100
MAX_WORDS = 6
TITLES_CACHE_KEY = "search:popular:titles"
TITLES_CACHE_SECONDS = 10 * 60
SEEN_SECONDS = 24 * 60 * 60


def min_visitors():
    return max(1, int(getattr(settings, "POPULAR_SEARCH_MIN_VISITORS", DEFAULT_MIN_VISITORS)))


def normalise(query):
    """Words only, lower case, single spaces: '  Job-Coach!! ' -> 'job coach'."""
    tokens = words(query)
    if not tokens or len(tokens) > MAX_WORDS:
        return ""
    return " ".join(tokens).casefold()[:MAX_LENGTH]


def visitor_hash(request):
    """A keyed hash of the client address: distinct visitors can be counted, not traced."""
    # The same client address as the rate limit: behind TRUSTED_PROXY_COUNT proxies
    # the visitor's own, never a header the visitor could set.
    address = client_address(request) or ""
    return salted_hmac("search.popular.visitor", address).hexdigest()[:32]


def record(request, query):
    """Count a search that returned results; never lets a write failure break the page."""
    normalised = normalise(query)
    if not normalised:
        return
    today = timezone.localdate()
    visitor = visitor_hash(request)
    # The day a visitor is last seen with a query is all that is kept: a repeat on the
    # same day writes nothing (the mark lives in the shared cache for the day, under the
    # generation, so an editor's change to the search terms is followed at once).
    seen = (
        f"search:popular:seen:{generation()}:{today.isoformat()}:{visitor}:"
        + salted_hmac("search.popular.query", normalised).hexdigest()[:32]
    )
    try:
        if cache.get(seen):
            return
    except Exception:
        logger.warning("Cache unavailable; recording the search", exc_info=True)
    try:
        # A returning visitor's search: one update, no look-ups.
        if not SearchTermVisitor.objects.filter(
            term__query_string=normalised, visitor=visitor
        ).update(last_seen=today):
            # Written without save(): a visitor's new query is no editor's change, so it
            # must not start a new cache generation (``portal.cache`` purges on snippets).
            SearchTerm.objects.bulk_create(
                [SearchTerm(query_string=normalised)], ignore_conflicts=True
            )
            term = SearchTerm.objects.get(query_string=normalised)
            SearchTermVisitor.objects.update_or_create(
                term=term, visitor=visitor, defaults={"last_seen": today}
            )
    except DatabaseError:
        logger.warning("Could not record search %r", normalised, exc_info=True)
        return
    try:
        cache.set(seen, True, SEEN_SECONDS)
    except Exception:
        logger.warning("Could not remember a recorded search", exc_info=True)


def _phrases():
    """Folded word sequences of public titles and crosswalk terms, padded for whole-word matching."""
    phrases = cache.get(TITLES_CACHE_KEY)
    if phrases is None:
        titles = list(public_pages().values_list("title", flat=True))
        titles += list(public_documents().values_list("title", flat=True))
        for concept in Concept.objects.all():
            for terms in concept.all_terms().values():
                titles += terms
        phrases = sorted({f" {' '.join(fold(word) for word in words(title))} " for title in titles})
        cache.set(TITLES_CACHE_KEY, phrases, TITLES_CACHE_SECONDS)
    return phrases


def matches_content(normalised):
    needle = f" {' '.join(fold(word) for word in normalised.split())} "
    return any(needle in phrase for phrase in _phrases())


def popular_queries(language=None, limit=SHOWN):
    """The queries to list under "Popular searches", most distinct visitors first."""
    since = timezone.localdate() - datetime.timedelta(days=WINDOW_DAYS)
    candidates = (
        SearchTerm.objects.filter(hidden=False)
        .annotate(
            visitor_count=Count("visitors", filter=Q(visitors__last_seen__gte=since), distinct=True)
        )
        .filter(visitor_count__gte=min_visitors())
        .order_by("-visitor_count", "query_string")[: limit * 4]
    )
    return [term for term in candidates if matches_content(term.query_string)][:limit]


def promotions(query):
    """Editors' picks for the query, pointing only at live public pages (from the
    fragment cache: a promotion is a watched model, a page changes with a publish)."""
    from .fragments import promotions as all_promotions

    return all_promotions().get(normalise_query_string(query), [])
