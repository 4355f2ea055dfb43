from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from practices.models import CaseProposal, Organisation, TargetGroup


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "territory", "is_public"]
    list_filter = ["kind", "territory", "is_public"]
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


class CaseProposalViewSet(SnippetViewSet):
    """Who proposed which draft case: for editors only, never on the public site."""

    model = CaseProposal
    icon = "mail"
    menu_label = _("Case proposals")
    list_display = ["page", "contact_organisation", "contact_name", "submitted_at"]
    inspect_view_enabled = True
    add_to_admin_menu = True
    menu_order = 230


register_snippet(OrganisationViewSet)
register_snippet(CaseProposalViewSet)
register_snippet(TargetGroupViewSet)
