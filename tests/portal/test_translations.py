"""The interface catalogues are complete, and what they say reaches the pages.

The .po files are parsed here by hand (no polib): every live entry of it, de,
da and sv has a translation that is neither empty nor fuzzy, keeps the
placeholders of its msgid, and the compiled .mo is not older than its .po.
"""

import ast
import re
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"
LANGUAGES = ["it", "de", "da", "sv"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")


def parse_po(path):
    """Entries of a .po file as dicts: flags, msgctxt, msgid, msgid_plural and
    msgstr (index -> text). Obsolete (#~) entries and the header are left out."""
    entries, entry, key = [], None, None

    def flush():
        if entry and "msgid" in entry and entry["msgid"]:
            entries.append(entry)

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#~"):
            if not line.strip():
                flush()
                entry, key = None, None
            continue
        if entry is None:
            entry = {"flags": set(), "msgstr": {}}
        if line.startswith("#,"):
            entry["flags"] |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif match := re.match(
            r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line
        ):
            keyword, index, text = match.group(1), match.group(2), ast.literal_eval(match.group(3))
            if keyword.startswith("msgstr"):
                key = ("msgstr", int(index or 0))
                entry["msgstr"][key[1]] = text
            else:
                key = (keyword, None)
                entry[keyword] = text
        elif line.startswith('"') and key is not None:
            text = ast.literal_eval(line)
            if key[0] == "msgstr":
                entry["msgstr"][key[1]] += text
            else:
                entry[key[0]] += text
    flush()
    return entries


def _catalogue(code):
    return parse_po(LOCALE / code / "LC_MESSAGES" / "django.po")


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_empty_and_no_fuzzy_entries(code):
    """Every interface string has a reviewed translation (not empty, not fuzzy)."""
    entries = _catalogue(code)
    assert len(entries) > 500
    fuzzy = [entry["msgid"] for entry in entries if "fuzzy" in entry["flags"]]
    empty = [
        entry["msgid"]
        for entry in entries
        if not entry["msgstr"] or not all(text.strip() for text in entry["msgstr"].values())
    ]
    assert fuzzy == [], f"{code}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"
    assert empty == [], f"{code}: {len(empty)} empty, e.g. {empty[:5]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_the_placeholders(code):
    """A translation names the same %(placeholders)s as its English string."""
    for entry in _catalogue(code):
        wanted = set(PLACEHOLDER.findall(entry["msgid"] + entry.get("msgid_plural", "")))
        for text in entry["msgstr"].values():
            got = set(PLACEHOLDER.findall(text))
            # A singular form may say "one" instead of %(counter)s.
            assert got <= wanted and (wanted - got) <= {"%(counter)s"}, (code, entry["msgid"])


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_catalogue_is_current(code):
    """The committed .mo is compiled from the current .po (gettext reads only the .mo)."""
    import gettext

    catalogue = gettext.GNUTranslations((LOCALE / code / "LC_MESSAGES" / "django.mo").open("rb"))
    for entry in _catalogue(code):
        if "msgctxt" in entry or "msgid_plural" in entry:
            continue
        assert catalogue.gettext(entry["msgid"]) == entry["msgstr"][0], (code, entry["msgid"])


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("it", {"Evaluation": "Valutazione", "Model document": "Documento del modello"}),
        ("de", {"Critical nodes": "Kritische Schnittstellen", "Evaluation": "Evaluation"}),
        ("da", {"Critical nodes": "Kritiske overgange", "September": "september"}),
        ("sv", {"Critical nodes": "Kritiska övergångar", "May": "maj"}),
    ],
)
def test_vocabulary_follows_the_crosswalk(code, expected):
    """Key terms use the network's own words (search/initial_data/concepts.py)."""
    by_id = {entry["msgid"]: entry["msgstr"][0] for entry in _catalogue(code)}
    for msgid, text in expected.items():
        assert by_id[msgid] == text, (code, msgid)


@pytest.mark.parametrize(
    ("url", "raw", "translated"),
    [
        ("/it/", "Laboratory session", "Incontro di laboratorio"),
        ("/it/library/", "Model document", "Documento del modello"),
        ("/de/library/", "Model document", "Modelldokument"),
        (
            "/it/workshops/monza-brianza/servizi-in-rete-laboratory/",
            "Laboratory session",
            "Incontro di laboratorio",
        ),
    ],
)
def test_choice_labels_are_translated_on_pages(client, url, raw, translated):
    """Choice labels (report kinds, document types) show in the page language."""
    html = client.get(url).content.decode()
    assert translated in html
    assert raw not in html
