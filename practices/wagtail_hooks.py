from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Locale, Page, WorkflowState
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


class CoordinatorPanel(Component):
    """The coordinator's dashboard: their drafts, what awaits moderation, quick links."""

    order = 50
    template_name = "practices/admin/coordinator_panel.html"

    def __init__(self, request, territories):
        self.request = request
        self.territories = territories

    def get_context_data(self, parent_context=None):
        from workshops.models import WorkshopSeriesPage, WorkshopTerritoryPage

        scopes = page_scopes(self.request.user) or []
        in_scope = Q(pk__in=[])
        for path in scopes:
            in_scope |= Q(path__startswith=path)
        pages = Page.objects.filter(in_scope).select_related("locale")
        # Workflow states name their object by a text id (a generic relation joined on a
        # text column fails on PostgreSQL), so the ids are collected first.
        moderated = [
            int(object_id)
            for object_id in WorkflowState.objects.filter(
                status=WorkflowState.STATUS_IN_PROGRESS,
                base_content_type=ContentType.objects.get_for_model(Page),
            ).values_list("object_id", flat=True)
            if object_id.isdigit()
        ]
        drafts = list(
            pages.filter(Q(live=False) | Q(has_unpublished_changes=True))
            .exclude(pk__in=moderated)
            .order_by("-latest_revision_created_at")[:15]
        )
        waiting = list(pages.filter(pk__in=moderated).order_by("-latest_revision_created_at")[:15])
        from library.models import PortalDocument, ReviewStatus

        documents = list(
            PortalDocument.objects.filter(
                review_status=ReviewStatus.PENDING, territory__in=self.territories
            ).order_by("-created_at")[:15]
        )
        links = []
        for territory in self.territories:
            links.append(
                {
                    "label": _("Add a case in %(territory)s") % {"territory": territory.title},
                    "url": reverse(
                        "wagtailadmin_pages:add", args=("practices", "practicepage", territory.pk)
                    ),
                }
            )
            place = WorkshopTerritoryPage.objects.filter(
                territory=territory, locale=territory.locale
            ).first()
            if place is not None:
                for series in WorkshopSeriesPage.objects.child_of(place).order_by("title"):
                    links.append(
                        {
                            "label": _("Add a report to “%(series)s”") % {"series": series.title},
                            "url": reverse(
                                "wagtailadmin_pages:add",
                                args=("workshops", "workshopreportpage", series.pk),
                            ),
                        }
                    )
                links.append(
                    {
                        "label": _("Add a workshop series"),
                        "url": reverse(
                            "wagtailadmin_pages:add",
                            args=("workshops", "workshopseriespage", place.pk),
                        ),
                    }
                )
        links.append({"label": _("Upload a document"), "url": reverse("wagtaildocs:add_multiple")})
        return {
            "territories": self.territories,
            "drafts": drafts,
            "waiting": waiting,
            "documents": documents,
            "links": links,
        }


@hooks.register("construct_homepage_panels")
def add_coordinator_panel(request, panels):
    if page_scopes(request.user) is None:
        return
    territories = list(coordinator_territories(request.user).order_by("title"))
    if territories:
        panels.insert(0, CoordinatorPanel(request, territories))


@hooks.register("insert_global_admin_js")
def admin_controls_have_names():
    return format_html('<script src="{}"></script>', static("practices/admin/accessible-names.js"))
