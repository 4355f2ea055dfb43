"""Text of uploaded files, for search: PDF through pypdf; DOCX and ODT from their
XML parts (standard library); plain text decoded."""

import io
import logging
import zipfile
from xml.etree import ElementTree

logger = logging.getLogger(__name__)
MAX_CHARS = 200_000


def _xml_text(data):
    root = ElementTree.fromstring(data)
    return " ".join(text.strip() for text in root.itertext() if text.strip())


def extract_text(content, extension):
    """Plain text of a file's bytes; empty when it cannot be read (never raises)."""
    extension = extension.lower()
    try:
        if extension == "pdf":
            from pypdf import PdfReader

            reader = PdfReader(io.BytesIO(content))
            text = "\n".join((page.extract_text() or "") for page in reader.pages[:200])
        elif extension in {"docx", "odt", "pptx", "xlsx"}:
            parts = {
                "docx": ["word/document.xml"],
                "odt": ["content.xml"],
                "pptx": [],
                "xlsx": ["xl/sharedStrings.xml"],
            }[extension]
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                names = parts or sorted(
                    name for name in archive.namelist() if name.startswith("ppt/slides/slide")
                )
                text = " ".join(
                    _xml_text(archive.read(name)) for name in names if name in archive.namelist()
                )
        elif extension in {"txt", "csv"}:
            text = content.decode("utf-8", errors="replace")
        else:
            text = ""
    except Exception:  # a damaged file must not block the upload
        logger.warning("Could not extract text from a .%s file", extension, exc_info=True)
        text = ""
    return " ".join(text.split())[:MAX_CHARS]
