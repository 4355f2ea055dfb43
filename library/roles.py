"""Document roles: every territory has its collection, its coordinators upload there
(their uploads wait for review), editors and moderators approve.

Document permissions live on Wagtail's base Document model even when a custom
document model is configured (the permission policy's auth model).
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from portal.roles import coordinator_group, grant_collection
from practices.roles import territories

from .initial_content import TERRITORIES, _child_collection

APPROVE = "approve_document"


def document_permissions(names):
    auth_model = policy_registry.get_by_type(get_document_model()).auth_model
    content_type = ContentType.objects.get_for_model(auth_model)
    return [
        Permission.objects.get(content_type=content_type, codename=f"{name}_{content_type.model}")
        for name in names
    ]


def approve_permission():
    return Permission.objects.get(content_type__app_label="library", codename=APPROVE)


def can_approve(user):
    return user.is_active and user.has_perm(f"library.{APPROVE}")


def territory_collection(territory):
    """The collection of a territory (English original), created if missing."""
    parent = _child_collection(Collection.get_first_root_node(), TERRITORIES)
    return _child_collection(parent, territory.title)


def setup_roles(roles):
    root = Collection.get_first_root_node()
    grant_collection(
        roles["editors"], root, document_permissions(["add", "change", "delete", "choose"])
    )
    grant_collection(roles["moderators"], root, document_permissions(["change", "choose"]))
    for group in (roles["editors"], roles["moderators"]):
        group.permissions.add(approve_permission())
    coordinator_documents = document_permissions(["add", "change", "choose"])
    for territory in territories():
        group = coordinator_group(territory.title)
        grant_collection(group, territory_collection(territory), coordinator_documents)
