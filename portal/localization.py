"""Show related objects in the visitor's language with a constant number of queries.

Relations (a case's methods, target groups, phases...) point at the source
objects, usually the English ones. ``localize`` swaps each for its translation
in the active locale, in one query, falling back to the object itself.
"""

from django.db.models import Q
from django.utils.translation import gettext_noop

from wagtail.models import Locale, Page

from portal.visibility import public_pages


def active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def localize(objects, locale=None):
    objects = list(objects)
    if not objects:
        return []
    locale = locale or active_locale()
    model = type(objects[0])
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale.pk}
    translations = {}
    if keys:
        queryset = model._default_manager.filter(translation_key__in=keys, locale=locale)
        if issubclass(model, Page):
            # A translation behind a login is never swapped in on a public page.
            queryset = public_pages(queryset).select_related("locale")
        translations = {obj.translation_key: obj for obj in queryset}
    return [
        obj if obj.locale_id == locale.pk else translations.get(obj.translation_key, obj)
        for obj in objects
    ]


def in_locale_or_default(queryset, locale=None):
    """Pages of ``queryset`` in the active locale, plus default-locale pages that
    have no translation there: no locale shows an empty listing while its
    translations are still being written."""
    locale = locale or active_locale()
    default = Locale.get_default()
    if locale.pk == default.pk:
        return queryset.filter(locale=locale)
    translated = queryset.model.objects.filter(locale=locale)
    if hasattr(translated, "live"):
        # A translation still in draft (or unpublished) does not hide the English original.
        translated = translated.live()
    translated = translated.values("translation_key")
    return queryset.filter(
        Q(locale=locale) | (Q(locale=default) & ~Q(translation_key__in=translated))
    )


# Django's month names, repeated here so the interface catalogues carry them:
# a catalogue in LOCALE_PATHS wins over Django's own, and Italian writes month
# names in lower case ("9 settembre 2015") where Django's Italian capitalises them.
MONTH_NAMES = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)
