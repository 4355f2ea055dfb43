"""What an uploaded file really is, judged from its bytes rather than its name."""

import io
import zipfile

from django.utils.translation import gettext as _

OOXML = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
DANGEROUS_MARKERS = (b"<html", b"<!doctype html", b"<script", b"<svg", b"<?xml-stylesheet")


def check_content(content, extension):
    """Return an error message if the bytes do not match the extension, else ''."""
    extension = extension.lower()
    head = content[:1024]
    if head.startswith(b"MZ") or head.startswith(b"\x7fELF"):
        return _("This file is a program, not a document; it cannot be uploaded.")
    if extension == "pdf":
        if not head.lstrip().startswith(b"%PDF-"):
            return _("The file is named .pdf but is not a PDF document.")
        return ""
    if extension in OOXML or extension == "odt":
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                names = archive.namelist()
                if extension == "odt":
                    mimetype = archive.read("mimetype") if "mimetype" in names else b""
                    if mimetype != b"application/vnd.oasis.opendocument.text":
                        return _("The file is named .odt but is not an OpenDocument text.")
                elif "[Content_Types].xml" not in names or not any(
                    name.startswith(OOXML[extension]) for name in names
                ):
                    return _(
                        "The file is named .%(ext)s but is not that kind of Office document."
                    ) % {"ext": extension}
        except zipfile.BadZipFile:
            return _("The file is named .%(ext)s but is not that kind of Office document.") % {
                "ext": extension
            }
        return ""
    if extension in {"txt", "csv"}:
        lowered = head.lower()
        if any(marker in lowered for marker in DANGEROUS_MARKERS):
            return _("The file contains HTML or script markup; upload it as PDF instead.")
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            return _("Text files must be encoded as UTF-8.")
        return ""
    return _("Files of type .%(ext)s are not accepted.") % {"ext": extension}
