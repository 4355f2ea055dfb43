"""Admin for document review: a queue for moderators and editors, with an Approve action."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

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
