from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.sources import Source


class SourceViewSet(SnippetViewSet):
    """The documents statements are traced to; editors cite them from pages."""

    model = Source
    icon = "doc-full"
    menu_label = _("Sources")
    list_display = ["title", "publisher", "date", "language", "kind"]
    list_filter = ["kind", "language"]
    search_fields = ["title", "publisher"]
    add_to_admin_menu = True
    menu_order = 240


register_snippet(SourceViewSet)
