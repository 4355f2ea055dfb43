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
    used_on = []
    for reference in ReferenceIndex.get_references_to(document).group_by_source_object()[:20]:
        source = reference[0]
        # Only live public pages: a login-only page must not be named here.
        if isinstance(source, Page) and hasattr(source, "get_url") and is_public_page(source):
            used_on.append(source)
    return TemplateResponse(
        request,
        "library/document_detail.html",
        {"page": library_page, "self": library_page, "document": document, "used_on": used_on},
    )
