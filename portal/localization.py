"""Show related objects in the visitor's language with a constant number of queries.

Relations (a case's methods, target groups, phases...) point at the source
objects, usually the English ones. ``localize`` swaps each for its translation
in the active locale, in one query, falling back to the object itself.
"""

from django.conf import settings
from django.core.checks import Error, register
from django.db.models import Case, Q, QuerySet, Value, When
from django.utils.translation import get_language, gettext_noop

from wagtail.models import Locale, Page

from portal.visibility import public_pages


def default_language():
    """The portal's default language code (``LANGUAGE_CODE``): English originals,
    what reviewers and moderators read."""
    return settings.LANGUAGE_CODE.split("-")[0].lower()


def content_languages():
    """The codes of the content languages (``WAGTAIL_CONTENT_LANGUAGES``), default first."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    default = default_language()
    return tuple([default] + [code for code in codes if code != default])


def base_language(code):
    """``code`` reduced to one of the content languages (``de-CH`` -> ``de``); the
    default language for anything else."""
    code = (code or "").split("-")[0].lower()
    return code if code in content_languages() else default_language()


def language_setting(name, code=None):
    """One entry of ``PORTAL_LANGUAGES`` for a content language (the active one by default)."""
    return settings.PORTAL_LANGUAGES[base_language(code or get_language())][name]


def language_settings(name):
    """``{code: PORTAL_LANGUAGES[code][name]}`` for every content language."""
    return {code: settings.PORTAL_LANGUAGES[code][name] for code in content_languages()}


REQUIRED_LANGUAGE_SETTINGS = ("snowball", "elasticsearch_stemmer", "og_locale")


@register()
def check_language_settings(app_configs, **kwargs):
    """Every content language is declared in PORTAL_LANGUAGES with what search and
    the page head need: adding a language is a settings change, not a code change."""
    errors = []
    declared = getattr(settings, "PORTAL_LANGUAGES", {})
    for code in content_languages():
        missing = [
            name for name in REQUIRED_LANGUAGE_SETTINGS if name not in declared.get(code, {})
        ]
        if missing:
            errors.append(
                Error(
                    f"PORTAL_LANGUAGES[{code!r}] lacks {', '.join(missing)}.",
                    hint="Declare each content language's stemmer names and OpenGraph locale.",
                    id="portal.E001",
                )
            )
    return errors


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


def localize_queryset(queryset, locale=None):
    """``localize(queryset)`` in one query: the objects and their translations in
    ``locale`` are read together, in the queryset's order. An in-memory relation
    (a preview's unsaved choices) goes through ``localize``."""
    if not isinstance(queryset, QuerySet):
        return localize(queryset, locale)
    locale = locale or active_locale()
    model = queryset.model
    originals = queryset.order_by().values("pk")
    translations = model._default_manager.filter(
        locale=locale, translation_key__in=queryset.order_by().values("translation_key")
    )
    if issubclass(model, Page):
        # A translation behind a login is never swapped in on a public page.
        translations = public_pages(translations)
    translations = translations.values("pk")
    rows = (
        model._default_manager.filter(Q(pk__in=originals) | Q(pk__in=translations))
        .annotate(
            _is_original=Case(When(pk__in=originals, then=Value(True)), default=Value(False)),
            _is_translation=Case(When(pk__in=translations, then=Value(True)), default=Value(False)),
        )
        .order_by(*(queryset.query.order_by or model._meta.ordering))
    )
    if issubclass(model, Page):
        rows = rows.select_related("locale")
    objects, found = [], {}
    for obj in rows:
        if obj._is_original:
            objects.append(obj)
        if obj._is_translation:
            found[obj.translation_key] = obj
    return [
        obj if obj.locale_id == locale.pk else found.get(obj.translation_key, obj)
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
