"""No interface text left in English on the Italian, German, Danish and Swedish pages.

The crawl follows internal links from each home page (bounded) and compares
every visible text node, and the labels people hear (aria-label, title,
placeholder), with the English strings of the interface catalogue. Text inside
an element marked ``lang="en"`` (English content shown as a fallback, or the
name "English") is English on purpose and is skipped; content never matches a
whole interface string, so it needs no list of its own.
"""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from .test_translations import parse_po

LOCALE = Path(__file__).resolve().parents[2] / "locale"
MAX_PAGES = 45
SKIP = re.compile(r"/(export|feed|calendar|pdf|csv|json|documents)/|\.(pdf|csv|json|ics|xml)$")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
HEARD = ("aria-label", "title", "placeholder", "alt")


class VisibleText(HTMLParser):
    """Text nodes and spoken labels outside scripts, styles and lang="en" parts,
    and the internal links of the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.texts = []
        self.links = []

    def _skipped(self):
        return any(skip for _tag, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skip = (
            tag in ("script", "style", "template")
            or (attrs.get("lang") or "").startswith("en")
            or "hidden" in attrs
            # Free tags are content, typed by editors in any language.
            or "tag" in (attrs.get("class") or "").split()
        )
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if not skip and not self._skipped():
            self.texts += [attrs[name] for name in HEARD if attrs.get(name)]
        if tag not in VOID:
            self.stack.append((tag, skip))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if not self._skipped() and data.strip():
            self.texts.append(data)


def _normal(text):
    return " ".join(text.split())


def _english_interface(code):
    """English catalogue strings whose translation in ``code`` reads differently and
    that are not words of the translated interface itself (Italian "Data" is a date)."""
    entries = parse_po(LOCALE / code / "LC_MESSAGES" / "django.po")
    translated = {_normal(text) for entry in entries for text in entry["msgstr"].values()}
    strings = {}
    for entry in entries:
        msgid = _normal(entry["msgid"])
        if "%(" in msgid or "<" in msgid or len(msgid) < 4:
            continue
        if _normal(entry["msgstr"].get(0, "")) == msgid or msgid in translated:
            continue
        strings[msgid] = entry["msgstr"][0]
    return strings


def crawl(client, code):
    """(url, visible texts) of the pages reached from /code/, at most MAX_PAGES."""
    queue, seen, pages = [f"/{code}/"], set(), []
    while queue and len(pages) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        parser = VisibleText()
        parser.feed(response.content.decode())
        pages.append((url, parser.texts))
        for href in parser.links:
            target = urljoin(url, href)
            parts = urlsplit(target)
            if parts.netloc or not parts.path.startswith(f"/{code}/") or SKIP.search(parts.path):
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if target not in seen:
                queue.append(target)
    return pages


@pytest.mark.parametrize("code", ["it", "de", "da", "sv"])
def test_no_english_interface_text_on_translated_pages(client, code):
    """Every page reached from the home page speaks the page's language in its interface."""
    english = _english_interface(code)
    assert len(english) > 400
    pages = crawl(client, code)
    assert len(pages) >= MAX_PAGES, [url for url, _texts in pages]
    leaks = {}
    for url, texts in pages:
        found = sorted({_normal(text) for text in texts} & english.keys())
        if found:
            leaks[url] = found
    assert leaks == {}, leaks


def test_the_crawl_finds_an_english_label(client, locales):
    """The check sees English interface text: an untranslated label is reported."""
    english = _english_interface("it")
    assert "Laboratory session" in english
    parser = VisibleText()
    parser.feed('<p>Incontro</p><p class="eyebrow">Laboratory session</p><p lang="en">Stories</p>')
    assert {_normal(text) for text in parser.texts} & english.keys() == {"Laboratory session"}
