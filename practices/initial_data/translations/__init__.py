"""Translations of the initial content into the portal's languages, kept apart
from the data files so that corrections of the facts (in the English and
source-language texts) and translations never touch the same lines.

Each language has a module ``<code>.py`` (catalogue: methods, target groups,
territories, workshop series) and ``cases_<code>.py`` (the cases), with dicts
keyed by slug, then by field. ``overlay()`` merges them into the data the
loaders read: a text already present in a data file wins, so the source
language stays authoritative; a field without a translation falls back to
English in the loader, as before.

Inline lists are keyed by their English text, not by position, so that an
added or reordered indicator never receives another indicator's label:
``organisations`` by organisation name (the role), ``indicators`` by the
English label (label, unit, population), ``stories`` by the English title,
``awards`` by award name (rank), ``key_figures`` by the English label
(label, unit, covers). Plain-string fields of a data file (a
territory's region, location, contact) are translated into ``item["i18n"]``.
"""

import copy
import importlib

LANGUAGES = ("it", "de", "da", "sv")

# data module -> attribute of the translation modules holding its entries
KINDS = {
    "methods": ("", "METHODS"),
    "target_groups": ("", "TARGET_GROUPS"),
    "territories": ("", "TERRITORIES"),
    "cases": ("cases_", "CASES"),
    "series": ("", "SERIES"),
    "reports": ("", "REPORTS"),
}


def entries(kind, code):
    """The translations of one kind of content into one language: ``{slug: {field: text}}``."""
    prefix, attribute = KINDS[kind]
    try:
        module = importlib.import_module(f"{__name__}.{prefix}{code}")
    except ModuleNotFoundError:
        return {}
    return getattr(module, attribute, {})


def _english(value):
    return value.get("en", "") if isinstance(value, dict) else value


def _merge_texts(target, code, text):
    """Set ``target[code]`` unless the data file already has that language."""
    if text and not target.get(code):
        target[code] = text


def _merge_list(items, key, code, translations, fields):
    """Merge the translations of an inline list, matched on each item's English ``key``."""
    for item in items:
        translated = translations.get(_english(item.get(key)))
        if not translated:
            continue
        if isinstance(translated, str):
            translated = {fields[0]: translated}
        for field in fields:
            if field not in translated:
                continue
            value = item.get(field)
            if isinstance(value, dict):
                _merge_texts(value, code, translated[field])
            else:
                item.setdefault("i18n", {}).setdefault(field, {})[code] = translated[field]


LISTS = {
    # field of the data: (key of each item, translated fields of each item)
    "organisations": ("name", ("role",)),
    "indicators": ("label", ("label", "unit", "population")),
    "stories": ("title", ("title", "text")),
    "awards": ("name", ("rank", "name")),
    "key_figures": ("label", ("label", "unit", "covers")),
}


def overlay_item(item, code, translated):
    for field, text in translated.items():
        if field in LISTS:
            key, fields = LISTS[field]
            _merge_list(item.get(field) or [], key, code, text, fields)
            continue
        value = item.get(field)
        if isinstance(value, dict) or value is None:
            item[field] = value = dict(value or {})
            _merge_texts(value, code, text)
        else:
            item.setdefault("i18n", {}).setdefault(field, {})[code] = text


def overlay(kind, items):
    """A copy of the data ``items`` (a list of dicts with a ``slug``) with every
    language's translations merged in."""
    items = copy.deepcopy(items)
    for code in LANGUAGES:
        translations = entries(kind, code)
        for item in items:
            translated = translations.get(item.get("slug"))
            if translated:
                overlay_item(item, code, translated)
    return items


def localized(item, field, code):
    """A plain-string field in ``code`` (``item["i18n"]``), else its data-file value."""
    return (item.get("i18n", {}).get(field) or {}).get(code) or _english(item.get(field)) or ""
