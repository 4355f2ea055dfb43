"""Search roles: editors review visitors' search terms and hide what must not be
listed publicly ("Popular searches"). Called by ``portal.roles.setup_roles``."""

from django.contrib.auth.models import Permission


def setup_roles(roles):
    roles["editors"].permissions.add(
        *Permission.objects.filter(
            content_type__app_label="search",
            codename__in=["view_searchterm", "change_searchterm"],
        )
    )
