"""Territory roles: one coordinator group per territory, with add and edit rights
on the territory's pages in every locale (never publish: moderation decides).

Called by ``portal.roles.setup_roles``; running it again after adding a territory
gives the new territory its group.
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Locale

from portal.roles import COORDINATOR_PAGE_PERMISSIONS, coordinator_group, grant_pages
from portal.visibility import exclude_synthetic

from .models import Organisation, TargetGroup, TerritoryPage


def territories():
    """The English originals of the real territories (synthetic scale content has no roles)."""
    return exclude_synthetic(TerritoryPage.objects.filter(locale=Locale.get_default()))


def coordinator_territories(user):
    """The territories (default-locale originals) whose pages ``user``'s groups may edit."""
    if not user.is_authenticated:
        return TerritoryPage.objects.none()
    return TerritoryPage.objects.filter(
        locale=Locale.get_default(), group_permissions__group__user=user
    ).distinct()


def setup_roles(roles):
    for model in (Organisation, TargetGroup):
        content_type = ContentType.objects.get_for_model(model)
        roles["editors"].permissions.add(*Permission.objects.filter(content_type=content_type))
    for territory in territories():
        group = coordinator_group(territory.title)
        for page in territory.get_translations(inclusive=True):
            grant_pages(group, page, COORDINATOR_PAGE_PERMISSIONS)
