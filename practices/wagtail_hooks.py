from django.db.models import Q
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.roles import page_scopes
from practices.models import CaseProposal, Organisation, TargetGroup
from practices.roles import coordinator_territories


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = gettext_lazy("Organisations")
    list_display = ["name", "kind", "territory", "is_public"]
    list_filter = ["kind", "territory", "is_public"]
    search_fields = ["name"]
    add_to_admin_menu = True
    menu_order = 210


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "tag"
    menu_label = gettext_lazy("Target groups")
    list_display = ["name", "slug", "locale"]
    add_to_admin_menu = True
    menu_order = 220


class CaseProposalViewSet(SnippetViewSet):
    """Who proposed which draft case: for editors only, never on the public site."""

    model = CaseProposal
    icon = "mail"
    menu_label = gettext_lazy("Case proposals")
    list_display = ["page", "contact_organisation", "contact_name", "submitted_at"]
    inspect_view_enabled = True
    add_to_admin_menu = True
    menu_order = 230


register_snippet(OrganisationViewSet)
register_snippet(CaseProposalViewSet)
register_snippet(TargetGroupViewSet)


# Coordinators work in their territory: the choosers, the explorer, the sidebar and the
# dashboard follow the page permissions that ``setup_roles`` gives them.


def _own_subtrees(pages, request):
    """Keep live pages and the drafts inside the user's own subtrees."""
    scopes = page_scopes(request.user)
    if scopes is None:
        return pages
    own = Q(live=True)
    for path in scopes:
        own |= Q(path__startswith=path)
    return pages.filter(own)


@hooks.register("construct_page_chooser_queryset")
def chooser_hides_other_territories_drafts(pages, request):
    return _own_subtrees(pages, request)


@hooks.register("construct_explorer_page_queryset")
def explorer_hides_other_territories_drafts(parent_page, pages, request):
    return _own_subtrees(pages, request)


def _home_territory(user):
    """The coordinator's territory page, in the admin's language where it is translated."""
    territory = coordinator_territories(user).first()
    if territory is None:
        return None
    code = (translation.get_language() or "").split("-")[0]
    locale = Locale.objects.filter(language_code=code).first()
    if locale is not None:
        return territory.get_translation_or_none(locale) or territory
    return territory


class TerritoryExplorerMenuItem(ExplorerMenuItem):
    """The sidebar's page explorer opens at the coordinator's territory, not at Root."""

    def render_component(self, request):
        territory = _home_territory(request.user)
        if territory is None:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name,
            self.label,
            reverse("wagtailadmin_explore", args=[territory.pk]),
            territory.pk,
            icon_name=self.icon_name,
            classname=self.classname,
        )


@hooks.register("construct_main_menu")
def explorer_starts_at_the_territory(request, menu_items):
    if page_scopes(request.user) is None:
        return
    for position, item in enumerate(menu_items):
        if isinstance(item, ExplorerMenuItem) and not isinstance(item, TerritoryExplorerMenuItem):
            replacement = TerritoryExplorerMenuItem(
                item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order
            )
            menu_items[position] = replacement


@hooks.register("insert_global_admin_js")
def admin_controls_have_names():
    return format_html('<script src="{}"></script>', static("practices/admin/accessible-names.js"))
