"""One parser for the numbers visitors put in URLs: page, offset, limit, year
(``portal.listing`` builds its page and year parsers on it).

``'²'.isdigit()`` and ``'٣'.isdigit()`` are true and ``int()`` accepts the
second, and an offset of 10**21 overflows every database's integer: a number
from a URL is plain ASCII digits of a bounded length, or it is refused.
"""

import re

_ASCII_DIGITS = re.compile(r"[0-9]{1,9}")
MAX_NUMBER = 10**9 - 1  # nine digits: above any page count or offset the portal can have


def parse_int(raw, minimum=0, maximum=MAX_NUMBER):
    """``raw`` as an int within [minimum, maximum], or None when it is anything else."""
    if raw is None:
        return None
    text = str(raw).strip()
    if not _ASCII_DIGITS.fullmatch(text):
        return None
    number = int(text)
    return number if minimum <= number <= maximum else None
