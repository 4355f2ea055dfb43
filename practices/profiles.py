"""Load the implementation and cost profiles of the initial content
(``practices/initial_data/profiles.py``) onto the shipped cases and methods.

Idempotent: a page that already has a profile (loaded before, or written by an
editor) is left alone. A locale gets its own profile only where the data has
texts in its language; other translations show the English profile, marked as
English (``practices.models.profile_for``).
"""

import importlib
from decimal import Decimal

from .models import CaseProfile, MethodPage, MethodProfile, PracticePage

TEXTS = ("duration", "intensity", "preconditions", "training", "targets", "effect_summary")


def _data():
    try:
        module = importlib.import_module("practices.initial_data.profiles")
    except ModuleNotFoundError:
        return {}, {}
    return getattr(module, "CASES", {}), getattr(module, "METHODS", {})


def _text(value, code):
    if isinstance(value, dict):
        return value.get(code) or value.get("en") or ""
    return value or ""


def _languages(value, found=None):
    """Every language code used in the texts of one profile's data."""
    found = set() if found is None else found
    if isinstance(value, dict):
        if "en" in value and all(isinstance(text, str) for text in value.values()):
            found.update(value)
        else:
            for item in value.values():
                _languages(item, found)
    elif isinstance(value, list):
        for item in value:
            _languages(item, found)
    return found


def build(model, data, code):
    """An unsaved profile of ``model`` in language ``code``."""
    return model(
        staff=[
            (
                "staff",
                {
                    "role": _text(item["role"], code),
                    "organisation": _text(item.get("organisation"), code),
                    "fte": Decimal(item["fte"]) if item.get("fte") else None,
                },
            )
            for item in data.get("staff", [])
        ],
        partners=[
            (
                "partner",
                {
                    "name": _text(item["name"], code),
                    "contribution": _text(item.get("contribution"), code),
                },
            )
            for item in data.get("partners", [])
        ],
        costs=[
            (
                "cost",
                {
                    "amount": Decimal(item["amount"]),
                    "currency": item["currency"],
                    "year": item.get("year"),
                    "basis": item["basis"],
                    "covers": _text(item.get("covers"), code),
                },
            )
            for item in data.get("costs", [])
        ],
        duration_months=data.get("duration_months"),
        cost_band=data.get("cost_band", "not_reported"),
        effect_evidence_level=data.get("effect_evidence_level", ""),
        source=data.get("source", ""),
        **{name: _text(data.get(name), code) for name in TEXTS},
    )


def load_profiles():
    cases, methods = _data()
    for page_model, profile_model, entries in (
        (PracticePage, CaseProfile, cases),
        (MethodPage, MethodProfile, methods),
    ):
        pages = page_model.objects.filter(slug__in=entries).select_related("locale")
        have = set(profile_model.objects.values_list("page_id", flat=True))
        for page in pages:
            if page.pk in have:
                continue
            data = entries[page.slug]
            code = page.locale.language_code
            if code != "en" and code not in _languages(data):
                continue
            page.implementation_profile = [build(profile_model, data, code)]
            revision = page.save_revision()
            if page.live:
                revision.publish()
