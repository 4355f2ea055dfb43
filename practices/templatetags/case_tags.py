"""``{% case_body page %}…{% end_case_body %}``: the part of a case page drawn only from
the published case and from what a publish or snippet change refreshes (its texts with
their glossary links, results, key figures, profile, workshops, documents, sources).

Linking glossary terms scans every text for every concept's terms, and the workshops
that discussed a case are a query: together most of an uncached case page's time. The
block is rendered once per case, language and site and kept in the fragment cache
(``portal.cache.fragment``: a publish, unpublish, move, delete or snippet change, such
as a glossary concept, starts a new generation). A preview always renders afresh.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Site

from portal.cache import fragment

register = template.Library()


class CaseBodyNode(template.Node):
    def __init__(self, page, nodelist):
        self.page, self.nodelist = page, nodelist

    def render(self, context):
        page = self.page.resolve(context)
        request = context.get("request")
        if page is None or page.pk is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        site = Site.find_for_request(request) if request is not None else None
        parts = (page.pk, get_language(), site.pk if site else None)
        return mark_safe(fragment("case-body", parts, lambda: str(self.nodelist.render(context))))


@register.tag
def case_body(parser, token):
    """Usage: ``{% case_body page %}…{% end_case_body %}``."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("case_body takes the page: {% case_body page %}")
    nodelist = parser.parse(("end_case_body",))
    parser.delete_first_token()
    return CaseBodyNode(parser.compile_filter(bits[1]), nodelist)
