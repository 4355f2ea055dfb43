"""Uploads that cannot hurt: whole-file content checks, bounded extraction, one message per
refusal, oversized bodies refused before they are read, storage failures as form errors."""

import errno
import io
import time
import zipfile
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.forms import get_document_form
from wagtail.models import Collection

import pytest

from library import extraction, validation
from library.extraction import extract_text
from library.models import PortalDocument
from library.validation import check_content

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
BOMB_TEXT = b"<w:t>" + b"a" * 1024 * 1024 + b"</w:t>"  # 1 MB that deflates to 1 KB


def _docx(
    document=b"<w:document xmlns:w='w'><w:t>Sidemandsopl\xc3\xa6ring</w:t></w:document>", extra=()
):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
        for name, data in extra:
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def zip_bomb():
    """A 256 KB DOCX whose document part inflates to about 250 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b"<w:document xmlns:w='w'><w:body>")
            for _chunk in range(240):
                part.write(BOMB_TEXT)
            part.write(b"</w:body></w:document>")
    content = buffer.getvalue()
    assert 200_000 < len(content) < 300_000
    return content


def _form(name, content):
    return get_document_form(PortalDocument)(
        data={
            "title": "x",
            "collection": Collection.get_first_root_node().pk,
            "document_type": "model",
            "language": "en",
        },
        files={"file": SimpleUploadedFile(name, content)},
    )


def _refusal(name, content):
    """The one message the form gives for a file."""
    form = _form(name, content)
    assert not form.is_valid()
    messages = form.errors["file"]
    assert len(messages) == 1, messages
    return messages[0]


# --- Whole-file checks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content",
    [
        ("notes.txt", b"Plain notes.\n" * 200 + b"<script>alert(1)</script>"),
        ("table.csv", b"a,b,c\n1,2,3\n" * 2000 + b"x,<img src=x onerror=alert(1)>,z\n"),
        ("table.csv", b"a,b\n" * 300_000 + b"< SCRIPT >alert(1)</script>\n"),  # after 1.2 MB
        ("notes.txt", "Über uns\n".encode() * 500 + b"<!DOCTYPE html><p>hi"),
    ],
    ids=["script-in-txt", "img-in-csv", "after-a-megabyte", "doctype-after-umlauts"],
)
def test_markup_anywhere_in_a_text_file_is_refused(name, content):
    assert len(content) > 1024
    assert "HTML or script markup" in _refusal(name, content)


def test_ordinary_text_with_angle_brackets_passes():
    content = "Wert,Grenze\n3 < 5,ja\nZürich -> Glarus,<br>\n".encode() * 1000
    assert check_content(content, "csv") == ""


def test_text_that_is_not_utf8_is_refused():
    assert "UTF-8" in _refusal("notes.txt", "Åbenrå\n".encode("latin-1") * 600)
    assert "UTF-8" in _refusal("notes.txt", b"n\x00o\x00t\x00e\x00" * 600)


@pytest.mark.parametrize(
    "body, message",
    [
        (b"<html><body><script>alert(document.cookie)</script></body></html>", "two things"),
        (b"1 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj", "JavaScript"),
        (b"1 0 obj<</OpenAction<</S/JS 2 0 R>>>>endobj", "JavaScript"),
        (b"1 0 obj<</S/Java#53cript/J#53(app.alert(1))>>endobj", "JavaScript"),
        (b"1 0 obj<</S/Launch/F(cmd.exe)>>endobj", "starts a program"),
        (b"1 0 obj<</S/#4caunch/F(calc)>>endobj", "starts a program"),
    ],
    ids=["html", "javascript", "js", "escaped-js", "launch", "escaped-launch"],
)
def test_pdfs_with_html_scripts_or_launch_actions_are_refused(body, message):
    content = b"%PDF-1.7\n" + b"0" * 2048 + b"\n" + body + b"\n%%EOF\n"
    assert message in _refusal("report.pdf", content)


def test_a_script_hidden_in_a_compressed_object_stream_is_found():
    hidden = zlib.compress(b"1 0 2 40 <</Type/Action/S/JavaScript/JS(app.alert(1))>>")
    content = (
        b"%PDF-1.7\n5 0 obj<</Type /ObjStm/N 1/First 4/Filter/FlateDecode/Length "
        + str(len(hidden)).encode()
        + b">>stream\r\n"
        + hidden
        + b"\r\nendstream endobj\n%%EOF\n"
    )
    assert b"JavaScript" not in content
    assert "JavaScript" in _refusal("report.pdf", content)


def test_names_that_only_start_like_js_and_the_portals_own_pdfs_pass():
    assert check_content(PDF.replace(b"/Catalog", b"/Catalog/JSON/Launcher"), "pdf") == ""
    for document in PortalDocument.objects.filter(file__endswith=".pdf")[:3]:
        with document.file.open("rb") as handle:
            assert check_content(handle.read(), "pdf") == "", document.title


# --- Office files: bombs, macros, entities -------------------------------------------------


def test_a_zip_bomb_docx_is_refused_quickly(zip_bomb):
    started = time.process_time()
    message = _refusal("report.docx", zip_bomb)
    assert time.process_time() - started < 0.5
    assert "compression bomb" in message


def test_extraction_of_a_zip_bomb_is_bounded(zip_bomb):
    """Even without the form (an import, a model save), inflating stops at a bound."""
    started = time.process_time()
    text = extract_text(zip_bomb, "docx")
    assert time.process_time() - started < 0.5
    assert 0 < len(text) <= extraction.MAX_CHARS


def test_extraction_stops_at_the_inflated_size_of_a_part(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_PART_BYTES", 64 * 1024)
    document = (
        b"<w:document xmlns:w='w'><w:t>first</w:t>"
        + b"<w:p/>" * 100_000
        + b"<w:t>beyond</w:t></w:document>"
    )
    assert extract_text(_docx(document), "docx") == "first"


def test_extraction_stops_at_its_time_limit(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_SECONDS", 0.0)
    assert extract_text(_docx(b"<d><t>one</t><t>two</t></d>"), "docx") == "one"


def test_macros_and_xml_entities_in_office_files_are_refused():
    assert "macros" in _refusal("report.docx", _docx(extra=[("word/vbaProject.bin", b"x")]))
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><Types>&lol2;</Types>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", laughs)
        archive.writestr("word/document.xml", "<w:document xmlns:w='w'/>")
    assert "XML entities" in _refusal("report.docx", buffer.getvalue())


def test_entities_in_the_text_part_are_never_expanded():
    document = (
        b'<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b"<d><t>&b;</t></d>"
    )
    assert extract_text(_docx(document), "docx") == ""


def test_a_real_docx_passes_and_its_text_is_extracted():
    content = _docx()
    assert check_content(content, "docx") == ""
    assert extract_text(content, "docx") == "Sidemandsoplæring"


# --- One message per refusal ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content",
    [
        ("evil.pdf", b"<html><script>alert(1)</script></html>"),
        ("page.html", b"<html></html>"),
        ("notes.txt", b"x" * 2000 + b"<script>"),
        ("sheet.docx", b"PK\x03\x04not-a-zip"),
        ("noextension", b"plain"),
    ],
    ids=["html-as-pdf", "html", "script-in-txt", "broken-docx", "no-extension"],
)
def test_each_refusal_has_exactly_one_message(name, content):
    message = _refusal(name, content)
    assert "File extension" not in message


def test_the_admin_upload_page_shows_one_message(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Notes",
            "collection": Collection.get_first_root_node().pk,
            "document_type": "model",
            "language": "en",
            "file": SimpleUploadedFile("notes.txt", b"x" * 2000 + b"<script>alert(1)</script>"),
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("HTML or script markup") == 1
    assert "File extension" not in html
    assert not PortalDocument.objects.filter(title="Notes").exists()


# --- Sizes and storage ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/admin/documents/add/", "/admin/documents/multiple/add/", "/de/practices/propose/"]
)
def test_an_oversized_body_is_refused_before_it_is_read(admin_client, url):
    """A 200 MB Content-Length gets 413 at once; the (short) body is never read, or the
    test client's payload would raise for reading past its end."""
    response = admin_client.post(
        url,
        {"title": "Big", "file": SimpleUploadedFile("big.pdf", PDF)},
        CONTENT_LENGTH=str(200 * 1024 * 1024),
    )
    assert response.status_code == 413
    message = response.content.decode().replace("\xa0", " ")
    assert "This upload is 200.0 MB; the portal accepts at most 21.0 MB" in message


def test_a_body_within_the_limit_goes_through(admin_client, settings):
    settings.MAX_REQUEST_SIZE = 50_000
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Small",
            "collection": Collection.get_first_root_node().pk,
            "document_type": "model",
            "language": "en",
            "file": SimpleUploadedFile("small.pdf", PDF),
        },
    )
    assert response.status_code == 302
    assert PortalDocument.objects.filter(title="Small").exists()
    big = SimpleUploadedFile("big.pdf", PDF + b"0" * 60_000)
    assert admin_client.post("/admin/documents/add/", {"file": big}).status_code == 413


def test_a_read_only_storage_is_a_form_error(admin_client, monkeypatch):
    from django.core.files.storage import default_storage

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(default_storage, "save", read_only)
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Stored nowhere",
            "collection": Collection.get_first_root_node().pk,
            "document_type": "model",
            "language": "en",
            "file": SimpleUploadedFile("model.pdf", PDF),
        },
    )
    assert response.status_code == 200
    assert "read-only or full" in response.content.decode()
    assert not PortalDocument.objects.filter(title="Stored nowhere").exists()


def test_a_full_storage_is_a_form_error(monkeypatch):
    class Usage:
        free = 10_000

    monkeypatch.setattr(validation.shutil, "disk_usage", lambda path: Usage)
    assert "read-only or full" in _refusal("model.pdf", PDF)
