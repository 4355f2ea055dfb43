"""Helpers for idempotent initial content: create a page or its translation
only when it is missing, so re-running never duplicates or overwrites edits."""

from django.conf import settings

from wagtail.models import Locale, Page


def ensure_locales():
    """One Locale per configured content language; returns them by code."""
    locales = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locales[code], _created = Locale.objects.get_or_create(language_code=code)
    return locales


def get_child(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


def ensure_child(parent, model, slug, **fields):
    """The live child of ``parent`` with this slug, created and published if absent.

    Returns ``(page, created)``.
    """
    existing = get_child(parent, model, slug)
    if existing is not None:
        return existing, False
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_translation(source, locale, **fields):
    """The live translation of ``source`` into ``locale``, created if absent.

    The parent must already be translated. Returns ``(page, created)``.
    """
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    page = source.copy_for_translation(locale, copy_parents=False, alias=False)
    page = page.specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save()
    page.save_revision().publish()
    page.refresh_from_db()
    return page, True


def publish(page):
    page.save_revision().publish()
    return page


def root_page():
    return Page.get_first_root_node()
