"""Oversized request bodies are refused from their announced length, before anything reads them."""

from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _


class RequestSizeLimitMiddleware:
    """413 for a Content-Length above ``settings.MAX_REQUEST_SIZE``.

    Django's own limits act only while a body is parsed (form fields), and an
    upload is spooled to disk in full before the document form can look at its
    size; this answers first. A body sent without a length (chunked) is never
    read past the length Django sees, which is zero.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.MAX_REQUEST_SIZE
        if length > limit:
            message = _(
                "This upload is %(size)s; the portal accepts at most %(limit)s in one request. "
                "Nothing was saved."
            ) % {"size": filesizeformat(length), "limit": filesizeformat(limit)}
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
