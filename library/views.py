from django.http import Http404
from django.template.response import TemplateResponse

from wagtail.models import ReferenceIndex

from .models import PortalDocument


def document_detail(library_page, request, document_id):
    """A document's own page: its metadata and the pages that use it."""
    document = (
        PortalDocument.objects.public().select_related("territory").filter(pk=document_id).first()
    )
    if document is None:
        raise Http404("No such public document.")
    used_on = []
    for reference in ReferenceIndex.get_references_to(document).group_by_source_object()[:20]:
        source = reference[0]
        if getattr(source, "live", False) and hasattr(source, "get_url"):
            used_on.append(source)
    return TemplateResponse(
        request,
        "library/document_detail.html",
        {"page": library_page, "self": library_page, "document": document, "used_on": used_on},
    )
