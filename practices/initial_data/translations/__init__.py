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

Each translated text was made from one English text, whose fingerprint is
recorded in ``fingerprints.py``. Where the English has been corrected since,
the translation may state what is no longer true: it is left out (English is
shown) and ``load_initial_content`` names it, until it is translated again
and the fingerprints recorded anew (``python -m
practices.initial_data.translations.record``).
"""

import copy
import hashlib
import importlib
import json

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


def fingerprint(value):
    """A short, stable digest of an English text (or list of steps)."""
    text = json.dumps(_english(value) or "", ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def recorded(kind):
    """``{slug: {path: fingerprint}}`` of the English the translations were made from."""
    try:
        module = importlib.import_module(f"{__name__}.fingerprints")
    except ModuleNotFoundError:
        return {}
    return module.FINGERPRINTS.get(kind, {})


def _paths(item, translated):
    """``(path, English value)`` of every text of ``item`` that ``translated`` translates."""
    for field, text in translated.items():
        if field in LISTS:
            key, fields = LISTS[field]
            for element in item.get(field) or []:
                name = _english(element.get(key))
                entry = text.get(name)
                if isinstance(entry, str):
                    entry = {fields[0]: entry}
                for sub in fields:
                    if entry and sub in entry:
                        yield f"{field}/{name}/{sub}", element.get(sub)
        else:
            yield field, item.get(field)


def stale(kind, items):
    """``(slug, path, code)`` of translations whose English has changed since."""
    found = []
    prints = recorded(kind)
    for code in LANGUAGES:
        translations = entries(kind, code)
        for item in items:
            known = prints.get(item.get("slug"), {})
            for path, value in _paths(item, translations.get(item.get("slug")) or {}):
                if path in known and known[path] != fingerprint(value):
                    found.append((item.get("slug"), path, code))
    return found


def _merge_texts(target, code, text):
    """Set ``target[code]`` unless the data file already has that language."""
    if text and not target.get(code):
        target[code] = text


def _merge_list(field_name, items, key, code, translations, fields, current):
    """Merge the translations of an inline list, matched on each item's English ``key``."""
    for item in items:
        name = _english(item.get(key))
        translated = translations.get(name)
        if not translated:
            continue
        if isinstance(translated, str):
            translated = {fields[0]: translated}
        for field in fields:
            if field not in translated or not current(f"{field_name}/{name}/{field}", item[field]):
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


def overlay_item(item, code, translated, known=None):
    """Merge one language's translations into one data item, leaving out those made
    from an English text that has changed since (``known``: recorded fingerprints)."""
    known = known or {}

    def current(path, value):
        return path not in known or known[path] == fingerprint(value)

    for field, text in translated.items():
        if field in LISTS:
            key, fields = LISTS[field]
            _merge_list(field, item.get(field) or [], key, code, text, fields, current)
            continue
        value = item.get(field)
        if not current(field, value):
            continue
        if isinstance(value, dict) or value is None:
            item[field] = value = dict(value or {})
            _merge_texts(value, code, text)
        else:
            item.setdefault("i18n", {}).setdefault(field, {})[code] = text


def overlay(kind, items):
    """A copy of the data ``items`` (a list of dicts with a ``slug``) with every
    language's translations merged in."""
    items = copy.deepcopy(items)
    prints = recorded(kind)
    for code in LANGUAGES:
        translations = entries(kind, code)
        for item in items:
            translated = translations.get(item.get("slug"))
            if translated:
                overlay_item(item, code, translated, prints.get(item.get("slug")))
    return items


def localized(item, field, code):
    """A plain-string field in ``code`` (``item["i18n"]``), else its data-file value."""
    return (item.get("i18n", {}).get(field) or {}).get(code) or _english(item.get(field)) or ""
