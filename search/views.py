from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from portal.search_terms import search_ids

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over the live pages of the visitor's language."""
    raw = request.GET.get("q", "")
    query = raw.replace("\x00", "").strip()
    message = ""
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH]
        message = _("Your search was shortened to its first %(n)d characters.") % {
            "n": MAX_QUERY_LENGTH
        }
    results = Page.objects.none()
    if query:
        locale = Locale.get_active()
        pages = Page.objects.live().public().filter(locale=locale)
        results = pages.filter(pk__in=search_ids(query, pages, limit=500)).specific()
        Query.get(query).add_hit()
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": page, "message": message},
    )
