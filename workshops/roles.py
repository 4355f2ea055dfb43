"""Workshop roles: every territory gets its place under the workshops index, in every
locale, and its coordinators may add series and reports there (never publish).

Called by ``portal.roles.setup_roles``; a new territory gets its place by running
``setup_roles`` again.
"""

from wagtail.models import Locale

from portal.content import ensure_child, ensure_translation
from portal.roles import COORDINATOR_PAGE_PERMISSIONS, coordinator_group, grant_pages
from practices.roles import territories

from .models import WorkshopIndexPage, WorkshopSeriesPage, WorkshopTerritoryPage


def territory_places(territory):
    """The territory's workshops pages (one per locale that has a workshops index)."""
    default = Locale.get_default()
    index = WorkshopIndexPage.objects.filter(locale=default).first()
    if index is None:
        return []
    place, _created = ensure_child(
        index, WorkshopTerritoryPage, territory.slug, title=territory.title, territory=territory
    )
    places = [place]
    for translated_index in index.get_translations():
        localized = territory.get_translation_or_none(translated_index.locale)
        title = localized.title if localized else territory.title
        page, _created = ensure_translation(place, translated_index.locale, title=title)
        places.append(page)
    return places


def _move_series_into_places(places):
    """Series created before territories had their places hang directly under the
    index; move them (Wagtail's redirects keep their old addresses working)."""
    by_locale = {place.locale_id: place for place in places}
    for index in WorkshopIndexPage.objects.all():
        for series in WorkshopSeriesPage.objects.child_of(index).filter(
            territory=places[0].territory
        ):
            target = by_locale.get(series.locale_id)
            if target is not None:
                series.move(target, pos="last-child")


def setup_roles(roles):
    for territory in territories():
        group = coordinator_group(territory.title)
        places = territory_places(territory)
        if places:
            _move_series_into_places(places)
        for place in places:
            grant_pages(group, place, COORDINATOR_PAGE_PERMISSIONS)
