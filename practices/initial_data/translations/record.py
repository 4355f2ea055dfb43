"""Record the fingerprints of the English texts the translations were made from.

Run after translating (again): ``python -m practices.initial_data.translations.record``.
Only record once every translation listed as out of date has been brought up to date.
"""

import importlib
import pprint
from pathlib import Path

from . import KINDS, LANGUAGES, _paths, entries, fingerprint

# kind -> (data module, attribute); a single dict is a one-item list
SOURCES = {
    "methods": ("practices.initial_data.methods", "METHODS"),
    "target_groups": ("practices.initial_data.target_groups", "TARGET_GROUPS"),
    "territories": ("practices.initial_data.territories", "TERRITORIES"),
    "cases": ("practices.initial_data.cases", "CASES"),
    "series": ("workshops.initial_data.servizi_in_rete", "SERIES"),
    "reports": ("workshops.initial_data.servizi_in_rete", "REPORTS"),
}


def data(kind):
    module, attribute = SOURCES[kind]
    items = getattr(importlib.import_module(module), attribute)
    return [items] if isinstance(items, dict) else items


def current():
    prints = {}
    for kind in KINDS:
        for item in data(kind):
            for code in LANGUAGES:
                translated = entries(kind, code).get(item["slug"]) or {}
                for path, value in _paths(item, translated):
                    prints.setdefault(kind, {}).setdefault(item["slug"], {})[path] = fingerprint(
                        value
                    )
    return prints


def main():
    path = Path(__file__).with_name("fingerprints.py")
    path.write_text(
        '"""Fingerprints of the English texts the translations were made from '
        '(written by record.py)."""\n\nFINGERPRINTS = '
        + pprint.pformat(current(), width=100, sort_dicts=True)
        + "\n"
    )


if __name__ == "__main__":
    main()
