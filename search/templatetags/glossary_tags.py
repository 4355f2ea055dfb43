"""``{% glossary_links %}…{% end_glossary_links %}``: a case's text with its glossary terms linked."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ..analysis import base_language
from ..glossary_links import _term_patterns, link_terms

register = template.Library()


class GlossaryLinksNode(template.Node):
    def __init__(self, nodelist, english):
        self.nodelist, self.english = nodelist, english

    def render(self, context):
        html = self.nodelist.render(context)
        english = self.english.resolve(context) if self.english is not None else False
        language = "en" if english else base_language(get_language())
        # One set of linked concepts and one set of patterns per page render.
        state = context.render_context.setdefault("glossary_links", {"seen": set()})
        if language not in state:
            state[language] = _term_patterns(language)
        return mark_safe(link_terms(html, language, state["seen"], state[language]))


@register.tag
def glossary_links(parser, token):
    """Usage: ``{% glossary_links english=text.english %}{{ text.value|richtext }}{% end_glossary_links %}``."""
    bits = token.split_contents()[1:]
    english = None
    for bit in bits:
        name, _sep, value = bit.partition("=")
        if name != "english" or not value:
            raise template.TemplateSyntaxError("glossary_links takes only english=<value>")
        english = parser.compile_filter(value)
    nodelist = parser.parse(("end_glossary_links",))
    parser.delete_first_token()
    return GlossaryLinksNode(nodelist, english)
