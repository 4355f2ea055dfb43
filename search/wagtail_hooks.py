from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Concept


class ConceptViewSet(SnippetViewSet):
    model = Concept
    icon = "site"
    menu_label = _("Crosswalk")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["key", "terms_en", "terms_it", "terms_de", "terms_da", "terms_sv"]
    search_fields = ["key", "terms_en", "terms_it", "terms_de", "terms_da", "terms_sv"]


register_snippet(ConceptViewSet)
