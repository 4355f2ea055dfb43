from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.template.response import TemplateResponse

from wagtail.models import Page, ReferenceIndex

from portal.visibility import is_public_page

from .listing import DocumentListing
from .models import PortalDocument


def library_context(request, library_page):
    """The library page: documents filtered, counted and paged."""
    return DocumentListing(request.GET).context()


def document_detail(request, library_page, document_id):
    """A document's own page: its metadata and the pages that use it."""
    document = (
        PortalDocument.objects.public().select_related("territory").filter(pk=document_id).first()
    )
    if document is None:
        raise Http404("No such public document.")
    return TemplateResponse(
        request,
        "library/document_detail.html",
        {
            "page": library_page,
            "self": library_page,
            "document": document,
            "territory": document.territory.localized if document.territory else None,
            "used_on": _used_on(document),
        },
    )


def _used_on(document, limit=20):
    """The live public pages among the first ``limit`` objects that reference the
    document (in the reference index's order), read in two queries."""
    sources = list(
        ReferenceIndex.get_references_to(document)
        .order_by("base_content_type", "object_id")
        .values_list("base_content_type", "object_id")
        .distinct()[:limit]
    )
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = [object_id for content_type, object_id in sources if content_type == page_type.pk]
    pages = Page.objects.in_bulk(page_ids) if page_ids else {}
    # Only live public pages: a login-only page must not be named here.
    return [
        page
        for page in (pages.get(int(object_id)) for object_id in page_ids)
        if page is not None and is_public_page(page)
    ]
