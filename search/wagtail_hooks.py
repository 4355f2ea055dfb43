from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Concept, SearchTerm


class ConceptViewSet(SnippetViewSet):
    model = Concept
    icon = "site"
    menu_label = _("Crosswalk")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["key", "terms_en", "terms_it", "terms_de", "terms_da", "terms_sv"]
    search_fields = ["key", "terms_en", "terms_it", "terms_de", "terms_da", "terms_sv"]


register_snippet(ConceptViewSet)


class SearchTermViewSet(SnippetViewSet):
    """Visitors' queries that returned results; editors hide what must not be listed."""

    model = SearchTerm
    icon = "search"
    menu_label = _("Search terms")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["query_string", "hidden", "last_seen"]
    list_filter = ["hidden"]
    search_fields = ["query_string"]
    panels = [FieldPanel("query_string", read_only=True), FieldPanel("hidden")]


register_snippet(SearchTermViewSet)
