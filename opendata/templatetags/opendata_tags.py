"""Links to the open-data page and structured metadata for page heads."""

from django import template
from django.utils.translation import get_language

from wagtail.models import Page

from portal.cache import fragment
from portal.localization import in_locale_or_default

from ..models import OpenDataPage
from ..structured_data import json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def open_data_page(context):
    """The open-data page in the visitor's language (or English), once per request."""
    request = context.get("request")
    cache = getattr(request, "_open_data_page", None) if request else None
    if cache is None:
        # From the fragment cache: a publish, unpublish, move or restriction change of
        # the page starts a new generation.
        cache = fragment(
            "open-data-page",
            (get_language(),),
            lambda: in_locale_or_default(OpenDataPage.objects.live().public()).first() or False,
        )
        if request is not None:
            request._open_data_page = cache
    return cache or None


@register.inclusion_tag("opendata/includes/open_data_link.html", takes_context=True)
def open_data_link(context):
    return {"open_data": open_data_page(context), "request": context.get("request")}


@register.simple_tag(takes_context=True)
def structured_data(context, obj=None):
    """``<script type="application/ld+json">`` for a case, method, report or document."""
    obj = obj if obj is not None else context.get("page")
    if isinstance(obj, Page):
        obj = obj.specific if type(obj) is Page else obj
    return json_ld(obj, context.get("request"))
