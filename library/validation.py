"""What an uploaded file really is, judged from all of its bytes rather than its name.

Every check reads the whole file (the upload form has already refused anything above
WAGTAILDOCS_MAX_UPLOAD_SIZE, so at most 20 MB is held). Each refusal is one message.
"""

import codecs
import io
import re
import shutil
import uuid
import zipfile
import zlib
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

OOXML = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
# Markup a browser would run or render, anywhere in the file ("< script" too).
MARKUP = re.compile(
    rb"<\s*(?:!doctype\s+html|\?xml-stylesheet|html|head|body|script|svg|iframe|frame|object"
    rb"|embed|meta|link|style|img|form|base)\b",
    re.IGNORECASE,
)
# In a PDF only long, unmistakable tags: its compressed streams are random bytes, in
# which a short pattern such as "<img" turns up by chance in a large file.
PDF_MARKUP = re.compile(
    rb"<(?:!doctype\s+html|html[\s>]|head>|body[\s>]|script[\s>]|iframe[\s>]|svg[\s>]"
    rb"|object[\s>]|embed[\s>]|meta[\s>])",
    re.IGNORECASE,
)
# A PDF name (``/JavaScript``), possibly with #xx escapes (``/Java#53cript``).
PDF_NAME = re.compile(rb"/((?:[A-Za-z0-9_.+-]|#[0-9A-Fa-f]{2})+)")
PDF_ACTIVE = {b"JS": "script", b"JavaScript": "script", b"Launch": "launch"}
OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm\b")
# Archives: what an Office file may unpack to, in all and per member.
MAX_MEMBERS = 5_000
MAX_EXPANDED = 100 * 1024 * 1024
MAX_RATIO = 100  # real documents compress 5-20 times; a zip bomb, thousands
RATIO_FLOOR = 1024 * 1024  # small members may compress well without harm
MAX_METADATA_XML = 1024 * 1024
# Compressed object streams of a PDF inspected for hidden scripts, in all.
MAX_INFLATED = 64 * 1024 * 1024


def _office_message(extension):
    return _("The file is named .%(ext)s but is not that kind of Office document.") % {
        "ext": extension
    }


def _archive_problem(archive, extension):
    """Zip bombs, macros and XML entity tricks, from the archive's directory and metadata."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_EXPANDED:
        return _(
            "The file would unpack to more than %(limit)s MB; it looks like a compression "
            "bomb and cannot be uploaded."
        ) % {"limit": MAX_EXPANDED // (1024 * 1024)}
    for member in members:
        if member.file_size > RATIO_FLOOR and (
            member.file_size > MAX_RATIO * max(member.compress_size, 1)
        ):
            return _(
                "Part of the file is compressed more than %(ratio)s times; it looks like a "
                "compression bomb and cannot be uploaded."
            ) % {"ratio": MAX_RATIO}
        if member.filename.lower().endswith("vbaproject.bin"):
            return _("The document contains macros; save it without macros and upload it again.")
    names = {m.filename for m in members}
    for name in ("[Content_Types].xml", "META-INF/manifest.xml"):
        if name in names:
            with archive.open(name) as part:
                data = part.read(MAX_METADATA_XML + 1)
            if len(data) > MAX_METADATA_XML:
                return _office_message(extension)
            try:
                SafeElementTree.fromstring(data, forbid_dtd=True)
            except DefusedXmlException:
                return _(
                    "The document declares its own XML entities or DTD, which Office files "
                    "never need; it cannot be uploaded."
                )
            except SafeElementTree.ParseError:
                return _office_message(extension)
    return ""


def _office_problem(content, extension):
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = archive.namelist()
            if extension == "odt":
                mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
                if mimetype != b"application/vnd.oasis.opendocument.text":
                    return _("The file is named .odt but is not an OpenDocument text.")
            elif "[Content_Types].xml" not in names or not any(
                name.startswith(OOXML[extension]) for name in names
            ):
                return _office_message(extension)
            return _archive_problem(archive, extension)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError):
        return _office_message(extension)


def _inflated_object_streams(content):
    """The decompressed object streams of a PDF (where names can hide), bounded in size."""
    budget = MAX_INFLATED
    for match in OBJECT_STREAM.finditer(content):
        start = content.find(b"stream", match.end())
        end = content.find(b"endstream", start)
        if start < 0 or end < 0 or budget <= 0:
            continue
        start += len(b"stream")
        while content[start : start + 1] in (b"\r", b"\n"):
            start += 1
        try:
            data = zlib.decompressobj().decompress(content[start:end], budget)
        except zlib.error:
            continue
        budget -= len(data)
        yield data


def _pdf_actions(data):
    """The kinds of active content ("script", "launch") named in PDF bytes."""
    found = set()
    for match in PDF_NAME.finditer(data):
        name = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), match[1])
        if name in PDF_ACTIVE:
            found.add(PDF_ACTIVE[name])
    return found


def _pdf_problem(content):
    if not content[:1024].lstrip().startswith(b"%PDF-"):
        return _("The file is named .pdf but is not a PDF document.")
    if PDF_MARKUP.search(content):
        return _(
            "The PDF also contains HTML or script markup (a file that is two things at once); "
            "export it again as a plain PDF."
        )
    actions = _pdf_actions(content)
    for data in _inflated_object_streams(content):
        actions |= _pdf_actions(data)
    if "launch" in actions:
        return _("The PDF contains an action that starts a program; it cannot be uploaded.")
    if "script" in actions:
        return _("The PDF contains JavaScript; export it again without scripts or forms.")
    return ""


def _text_problem(content):
    if MARKUP.search(content):
        return _("The file contains HTML or script markup; upload it as PDF instead.")
    if b"\x00" in content:
        return _("Text files must be encoded as UTF-8.")
    # Decoded a megabyte at a time: checked, not kept (a 20 MB string would double the memory).
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(content)
    try:
        for start in range(0, len(content), 1 << 20):
            decoder.decode(view[start : start + (1 << 20)])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return _("Text files must be encoded as UTF-8.")
    return ""


def check_content(content, extension):
    """Return an error message if the bytes do not match the extension or can hurt, else ''."""
    extension = extension.lower()
    if content.startswith((b"MZ", b"\x7fELF")):
        return _("This file is a program, not a document; it cannot be uploaded.")
    if extension == "pdf":
        return _pdf_problem(content)
    if extension in OOXML or extension == "odt":
        return _office_problem(content, extension)
    if extension in {"txt", "csv"}:
        return _text_problem(content)
    return _("Files of type .%(ext)s are not accepted.") % {"ext": extension}


def storage_problem(size, storage=None):
    """A message if the document storage cannot take ``size`` bytes now (read-only, full).

    Checked before the form is accepted, so a storage failure is a form error rather
    than a server error when the document is saved.
    """
    storage = storage or default_storage
    try:
        location = storage.path("documents")
    except NotImplementedError:  # remote storage: no local disk to measure
        location = None
    message = _(
        "The document store cannot take files right now (it is read-only or full); nothing "
        "was saved. Please tell the site's administrator."
    )
    if location is not None:
        existing = Path(location)
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent  # not created yet: measure the disk it will be on
        try:
            if shutil.disk_usage(existing).free < size + 1024 * 1024:
                return message
        except OSError:
            return message
    probe = f"documents/.write-check-{uuid.uuid4().hex}"
    try:
        name = storage.save(probe, ContentFile(b"probe"))
        storage.delete(name)
    except OSError:
        return message
    return ""
