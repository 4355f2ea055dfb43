from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from practices.models import Organisation, TargetGroup


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "territory"]
    list_filter = ["kind", "territory"]
    search_fields = ["name"]
    add_to_admin_menu = True
    menu_order = 210


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "tag"
    menu_label = _("Target groups")
    list_display = ["name", "slug", "locale"]
    add_to_admin_menu = True
    menu_order = 220


register_snippet(OrganisationViewSet)
register_snippet(TargetGroupViewSet)
