"""Groups, permissions and the moderation workflow.

- Editors: all content, all documents, the snippets.
- Moderators: approve what is submitted to the moderation workflow.
- One coordinator group per territory ("Coordinators: Herlev"): add and edit
  cases under their territory page (every locale) and the workshop series of
  their territory, upload to their territory's document collection. They
  cannot publish: submitting goes to the moderators through the workflow.
Idempotent: safe to run again after territories or series are added.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Editors"
MODERATORS = "Moderators"
COORDINATOR_PREFIX = "Coordinators: "
WORKFLOW = "Moderation"
EDITOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
COORDINATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]


def _permission(codename, app_label="wagtailcore"):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _document_permissions(names):
    """Document permissions live on Wagtail's base Document model even when a custom
    document model is configured (the permission policy's auth model)."""
    from wagtail.documents import get_document_model
    from wagtail.permissions import policy_registry

    auth_model = policy_registry.get_by_type(get_document_model()).auth_model
    content_type = ContentType.objects.get_for_model(auth_model)
    return [
        Permission.objects.get(content_type=content_type, codename=f"{name}_{content_type.model}")
        for name in names
    ]


def _grant_pages(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission(codename)
        )


def _grant_collection(group, collection, permissions):
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def _admin_access(group):
    group.permissions.add(_permission("access_admin", "wagtailadmin"))


def setup_roles():
    from practices.models import Organisation, TargetGroup, TerritoryPage
    from workshops.models import WorkshopSeriesPage

    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    all_document_permissions = _document_permissions(["add", "change", "delete", "choose"])

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    _admin_access(editors)
    _grant_pages(editors, root_page, EDITOR_PAGE_PERMISSIONS)
    _grant_collection(editors, root_collection, all_document_permissions)
    for model in (Organisation, TargetGroup):
        content_type = ContentType.objects.get_for_model(model)
        editors.permissions.add(*Permission.objects.filter(content_type=content_type))
    # Editors review visitors' search terms and hide what must not be listed publicly.
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="search",
            codename__in=["view_searchterm", "change_searchterm"],
        )
    )

    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    _admin_access(moderators)
    _grant_pages(moderators, root_page, ["change_page", "publish_page", "lock_page", "unlock_page"])
    _grant_collection(moderators, root_collection, _document_permissions(["change", "choose"]))

    coordinator_documents = _document_permissions(["add", "change", "choose"])
    for territory in TerritoryPage.objects.filter(locale__language_code="en").exclude(
        slug__startswith="synthetic-"
    ):
        group, _ = Group.objects.get_or_create(name=f"{COORDINATOR_PREFIX}{territory.title}")
        _admin_access(group)
        for page in territory.get_translations(inclusive=True):
            _grant_pages(group, page, COORDINATOR_PAGE_PERMISSIONS)
        for series in WorkshopSeriesPage.objects.filter(territory=territory):
            for page in series.get_translations(inclusive=True):
                _grant_pages(group, page, COORDINATOR_PAGE_PERMISSIONS)
        collection = Collection.objects.filter(name=territory.title, depth=3).first()
        if collection is not None:
            _grant_collection(group, collection, coordinator_documents)

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name="Moderator approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Moderator approval")
        task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for home in Page.objects.filter(depth=2):
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
    return {"editors": editors, "moderators": moderators, "workflow": workflow}


def load(stdout=None):
    setup_roles()
