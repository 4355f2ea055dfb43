"""Text of uploaded files, for search: PDF through pypdf; DOCX, ODT, PPTX and XLSX from
their XML parts (defusedxml, streamed); plain text decoded.

Bounded in every direction a hostile file could push: bytes inflated from an archive
member (``MAX_PART_BYTES``, however small the compressed member), characters kept
(``MAX_CHARS``), PDF pages (``MAX_PAGES``) and time (``MAX_SECONDS``). Past a bound the
text is truncated and a warning logged; extraction never raises.
"""

import io
import logging
import time
import zipfile

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

logger = logging.getLogger(__name__)
MAX_CHARS = 200_000
MAX_PART_BYTES = 8 * 1024 * 1024
MAX_PAGES = 200
MAX_SECONDS = 5.0
PARTS = {
    "docx": ["word/document.xml"],
    "odt": ["content.xml"],
    "pptx": [],  # every slide, in order
    "xlsx": ["xl/sharedStrings.xml"],
}


class Truncated(Exception):
    """A bound was reached; the text gathered so far is kept."""


class _Budget:
    def __init__(self):
        self.deadline = time.monotonic() + MAX_SECONDS
        self.chars = 0
        self.pieces = []

    def add(self, text):
        text = " ".join(text.split())
        if text:
            self.pieces.append(text)
            self.chars += len(text) + 1
        if self.chars >= MAX_CHARS:
            raise Truncated(f"more than {MAX_CHARS} characters")
        if time.monotonic() > self.deadline:
            raise Truncated(f"more than {MAX_SECONDS} s")

    def text(self):
        return " ".join(self.pieces)[:MAX_CHARS]


class _BoundedReader(io.RawIOBase):
    """Reads at most ``MAX_PART_BYTES`` from an archive member, inflating as it goes."""

    def __init__(self, stream):
        self.stream, self.left = stream, MAX_PART_BYTES

    def readable(self):
        return True

    def readinto(self, buffer):
        if self.left <= 0:
            raise Truncated(f"a part inflates to more than {MAX_PART_BYTES} bytes")
        data = self.stream.read(min(len(buffer), self.left))
        self.left -= len(data)
        buffer[: len(data)] = data
        return len(data)


def _xml_text(stream, budget):
    # forbid_dtd: no entity expansion ("billion laughs") and no external fetches.
    for _event, element in SafeElementTree.iterparse(
        _BoundedReader(stream), events=("end",), forbid_dtd=True
    ):
        if element.text:
            budget.add(element.text)
        if element.tail:
            budget.add(element.tail)
        element.clear()  # keep memory flat whatever the size of the part


def _office_text(stream, extension, budget):
    with zipfile.ZipFile(stream) as archive:
        present = set(archive.namelist())
        names = PARTS[extension] or sorted(
            (name for name in present if name.startswith("ppt/slides/slide")),
            key=lambda name: (len(name), name),
        )
        for name in names:
            if name in present:
                with archive.open(name) as part:
                    _xml_text(part, budget)


def _pdf_text(stream, budget):
    from pypdf import PdfReader

    reader = PdfReader(stream)
    for number, page in enumerate(reader.pages):
        if number >= MAX_PAGES:
            raise Truncated(f"more than {MAX_PAGES} pages")
        budget.add(page.extract_text() or "")


def extract_text(content, extension):
    """Plain text of a file's bytes, or of a seekable binary file (read in place, not
    copied into memory); empty when it cannot be read (never raises)."""
    extension = extension.lower()
    stream = io.BytesIO(content) if isinstance(content, bytes) else content
    budget = _Budget()
    try:
        if extension == "pdf":
            _pdf_text(stream, budget)
        elif extension in PARTS:
            _office_text(stream, extension, budget)
        elif extension in {"txt", "csv"}:
            budget.add(stream.read(MAX_CHARS * 4).decode("utf-8", errors="replace"))
    except Truncated as reason:
        logger.warning("Text of a .%s file truncated: %s.", extension, reason)
    except DefusedXmlException:
        logger.warning("A .%s file declares XML entities or a DTD; text not indexed.", extension)
    except Exception:  # a damaged file must not block the upload
        logger.warning("Could not extract text from a .%s file", extension, exc_info=True)
    return budget.text()
