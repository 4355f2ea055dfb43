"""Admin for document review (a queue for moderators and editors, with an Approve action)
and the coordinator's dashboard panel."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from portal.roles import page_scopes
from practices.roles import coordinator_territories
from workshops.models import WorkshopSeriesPage, WorkshopTerritoryPage

from .models import PortalDocument, ReviewStatus
from .review import approve
from .roles import can_approve


def _pending():
    return PortalDocument.objects.filter(review_status=ReviewStatus.PENDING).select_related(
        "territory", "collection", "uploaded_by_user"
    )


def review_index(request):
    if not can_approve(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "library/admin/review_queue.html",
        {"documents": _pending().order_by("created_at"), "page_title": _("Documents to review")},
    )


@require_POST
def review_approve(request, document_id):
    if not can_approve(request.user):
        raise PermissionDenied
    document = get_object_or_404(PortalDocument, pk=document_id)
    approve(document, request.user)
    messages.success(request, _("“%(title)s” is approved and public.") % {"title": document.title})
    return redirect("library_review:index")


urlpatterns = [
    path("", review_index, name="index"),
    path("<int:document_id>/approve/", review_approve, name="approve"),
]


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("documents-review/", include((urlpatterns, "library_review")))]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_approve(request.user)


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return ReviewMenuItem(
        gettext_lazy("Documents to review"),
        reverse("library_review:index"),
        icon_name="doc-full-inverse",
        order=310,
    )


class ReviewPanel(Component):
    """On the dashboard of those who approve: how many documents wait."""

    order = 90
    template_name = "library/admin/review_panel.html"

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context=None):
        return {"count": self.count, "url": reverse("library_review:index")}


@hooks.register("construct_homepage_panels")
def add_review_panel(request, panels):
    if can_approve(request.user):
        count = _pending().count()
        if count:
            panels.append(ReviewPanel(count))


# -- the coordinator's dashboard ------------------------------------------------
# It lists drafts of cases and workshop series next to documents awaiting review, so it
# lives in the library, the content app that may import both practices and workshops.


class CoordinatorPanel(Component):
    """The coordinator's dashboard: their drafts, what awaits moderation, quick links."""

    order = 50
    template_name = "practices/admin/coordinator_panel.html"

    def __init__(self, request, territories):
        self.request = request
        self.territories = territories

    def get_context_data(self, parent_context=None):
        scopes = page_scopes(self.request.user) or []
        in_scope = Q(pk__in=[])
        for scope in scopes:
            in_scope |= Q(path__startswith=scope)
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
