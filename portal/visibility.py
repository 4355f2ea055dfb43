"""What an anonymous visitor may see: live pages without a view restriction on
them or an ancestor, and documents outside restricted collections (and their
child collections).

Every public route (search, suggestions, spelling vocabulary, facets, API,
exports, feeds, sitemap, library) reads through these helpers, so a members-only
file or a login-only page cannot leak through one forgotten query.
"""

from django.apps import apps
from django.conf import settings

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction


def public_pages(queryset=None):
    """Live pages with no view restriction on themselves or an ancestor, without the
    synthetic benchmark content (unless ``PORTAL_INCLUDE_SYNTHETIC`` is on)."""
    queryset = Page.objects.all() if queryset is None else queryset
    return exclude_synthetic(queryset.live().public())


def _marks_synthetic(model):
    return any(field.name == "is_synthetic" for field in model._meta.concrete_fields)


def exclude_synthetic(queryset):
    """``queryset`` without the pages (or objects) marked ``is_synthetic``.

    On a model with the field, a filter on it (a ``FilterField`` for the search
    backends); on ``Page`` or another ancestor, the marked pages of each model that
    has the field are excluded by id, in subqueries (no extra query). Benchmarks turn
    ``PORTAL_INCLUDE_SYNTHETIC`` on to measure it as if it were real content."""
    if getattr(settings, "PORTAL_INCLUDE_SYNTHETIC", False):
        return queryset
    model = queryset.model
    if _marks_synthetic(model):
        return queryset.filter(is_synthetic=False)
    if not issubclass(model, Page):
        return queryset
    for marked in apps.get_models():
        if issubclass(marked, model) and marked is not model and _marks_synthetic(marked):
            queryset = queryset.exclude(
                pk__in=marked.objects.filter(is_synthetic=True).values("pk")
            )
    return queryset


def restricted_collection_ids():
    """Collections with a view restriction, and every collection below them: once per
    request, from the fragment cache (a collection or collection restriction saved or
    deleted starts a new generation, see ``portal.cache``)."""
    from portal.cache import fragment
    from portal.memo import memoised

    return memoised(
        ("restricted-collections",),
        lambda: fragment("restricted-collections", (), _restricted_collection_ids),
    )


def _restricted_collection_ids():
    paths = list(
        Collection.objects.filter(
            pk__in=CollectionViewRestriction.objects.values("collection_id")
        ).values_list("path", flat=True)
    )
    if not paths:
        return []
    ids = set()
    for path in paths:
        ids.update(Collection.objects.filter(path__startswith=path).values_list("pk", flat=True))
    return sorted(ids)


def public_documents(queryset=None):
    """Documents outside restricted collections, without synthetic benchmark documents.

    Written as ``exclude(collection__in=ids)`` because that is a filter every
    search backend understands (Elasticsearch cannot filter on a collection's path).
    """
    queryset = get_document_model().objects.all() if queryset is None else queryset
    # A document model with a review step (library.PortalDocument) offers
    # ``approved()``: documents held for review are not public either.
    if hasattr(queryset, "approved"):
        queryset = queryset.approved()
    queryset = exclude_synthetic(queryset)
    restricted = restricted_collection_ids()
    return queryset.exclude(collection__in=restricted) if restricted else queryset


def is_public_page(page):
    """One page checked the same way as ``public_pages``."""
    if not page.live:
        return False
    from portal.memo import current
    from portal.request_memo import page_view_restrictions

    if current() is not None:
        # The restrictions read once for the request: an ancestor's is a prefix of the path.
        return not any(
            page.path.startswith(restriction.page.path) for restriction in page_view_restrictions()
        )
    return not PageViewRestriction.objects.filter(
        page__in=Page.objects.ancestor_of(page, inclusive=True)
    ).exists()


def is_public_document(document):
    return public_documents(type(document).objects.filter(pk=document.pk)).exists()
