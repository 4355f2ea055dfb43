"""Groups, permissions and the moderation workflow.

- Editors: all content, all documents.
- Moderators: approve what is submitted to the moderation workflow.
- One coordinator group per territory ("Coordinators: Herlev"), set up by the
  content apps' own ``roles`` modules (``practices.roles``, ``workshops.roles``,
  ``library.roles``): portal stays below the content apps and only calls them.
Idempotent: safe to run again after territories are added.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.contrib.auth.models import Group, Permission

from wagtail.models import (
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


def permission(codename, app_label="wagtailcore"):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_pages(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission(codename)
        )


def grant_collection(group, collection, permissions):
    for item in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=item
        )


def admin_access(group):
    group.permissions.add(permission("access_admin", "wagtailadmin"))


def coordinator_group(title):
    group, _created = Group.objects.get_or_create(name=f"{COORDINATOR_PREFIX}{title}")
    admin_access(group)
    return group


def page_scopes(user):
    """Paths of the subtrees ``user`` may edit, or ``None`` when the whole tree is theirs.

    Coordinators hold page permissions on their territory's pages only; editors,
    moderators and superusers hold them on the root.
    """
    if user.is_superuser:
        return None
    paths = set(
        GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True)
    )
    if any(len(path) <= Page.steplen for path in paths):
        return None
    return sorted(paths)


def _app_role_modules():
    """Each installed app's ``roles`` module that defines ``setup_roles``, in app order."""
    for config in apps.get_app_configs():
        name = f"{config.name}.roles"
        if config.name == "portal" or find_spec(config.name) is None:
            continue
        if find_spec(name) is None:
            continue
        module = import_module(name)
        if hasattr(module, "setup_roles"):
            yield module


def setup_roles():
    root_page = Page.get_first_root_node()

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    admin_access(editors)
    grant_pages(editors, root_page, EDITOR_PAGE_PERMISSIONS)

    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    admin_access(moderators)
    grant_pages(moderators, root_page, ["change_page", "publish_page", "lock_page", "unlock_page"])

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name="Moderator approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Moderator approval")
        task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for home in Page.objects.filter(depth=2):
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})

    roles = {"editors": editors, "moderators": moderators, "workflow": workflow}
    for module in _app_role_modules():
        module.setup_roles(roles)
    return roles


def load(stdout=None):
    setup_roles()
