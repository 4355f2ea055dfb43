"""Reading public pages the way a person does: the visible text, whitespace and
number separators normalised, so a fact is found however the page formats it."""

import html
import re

_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S)


def visible_text(response):
    assert response.status_code == 200, response.status_code
    text = _TAGS.sub(" ", response.content.decode())
    text = html.unescape(text).replace("\u202f", " ").replace("\xa0", " ")
    return re.sub(r"\s+", " ", text)


def number(value):
    """A regex for an integer written with any thousands separator: 156000, 156,000, 156 000, 156'000."""
    digits = str(value)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return r"[\s,.'’]?".join(groups)


def assert_facts(text, facts, where):
    """Each fact is (what it says, regex); every missing one is named at once."""
    missing = [label for label, pattern in facts if not re.search(pattern, text, re.I)]
    assert not missing, f"{where} lacks: {missing}"
