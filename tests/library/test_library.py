"""The document library: listing, filters, downloads, text search, upload safety, privacy."""

import io
import re
import zipfile

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify

from wagtail.documents.forms import get_document_form
from wagtail.models import Collection, Locale, Page, PageViewRestriction, ReferenceIndex

import pytest

from library.models import PortalDocument
from library.validation import check_content
from portal.visibility import public_documents

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _rows(html):
    return re.findall(r'<tr>\s*<th scope="row"><a href="([^"]+)">([^<]+)</a>', html)


def test_library_lists_documents_with_metadata(client):
    """Each row shows title, type, language, size, date and a download link."""
    html = client.get("/en/library/").content.decode()
    table = html.split('<table class="documents">', 1)[1].split("</table>", 1)[0]
    assert "Reference model for disability work placements, version 1.0" in table
    assert "Model document" in table and "Italian" in table and "KB" in table
    assert 'href="/documents/' in table and " download>" in table
    # Every approved public document of the initial content (13: the model in five
    # languages, seven Italian reports, the Herlev summary) is listed on one page.
    assert len(_rows(html)) == PortalDocument.objects.public().count() == 13


def test_type_filter_lists_model_documents_only(client):
    """?type=model lists the model documents only: the reference model in five languages."""
    html = client.get("/en/library/?type=model").content.decode()
    titles = [title for _url, title in _rows(html)]
    assert len(titles) == 5
    assert all("1.0" in title for title in titles)


def test_filters_have_counts_and_combine(client):
    """Language and type facets count what the other filters leave."""
    html = client.get("/en/library/?language=it").content.decode()
    section = html.split('id="dfacet-type"', 1)[1].split("</section>", 1)[0]
    counts = dict(
        re.findall(r'data-value="([^"]+)">[^<]*<span class="facet__count">(\d+)<', section)
    )
    assert counts == {"model": "1", "workshop_report": "7"}
    html = client.get("/en/library/?language=it&type=workshop_report&year=2015").content.decode()
    assert len(_rows(html)) == 4


def test_bad_filters_answer_with_a_message(client):
    """Unknown values are named and ignored; page numbers never break the page."""
    response = client.get("/en/library/?type=bogus&year=x&page=zz&territory=%00")
    assert response.status_code == 200
    html = response.content.decode()
    assert "“bogus” is not a known value for Type" in html
    assert len(_rows(html)) == PortalDocument.objects.public().count()
    assert client.get("/en/library/?page=9999").status_code == 200


def test_download_has_headers_and_counts(client):
    """A model document downloads as an attachment PDF and its counter goes up."""
    document = PortalDocument.objects.get(document_type="model", language="en")
    before = document.download_count
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    document.refresh_from_db()
    assert document.download_count == before + 1


def test_document_page_shows_metadata_and_stable_link(client):
    """A document's own page gives type, language, version, downloads and its stable URL."""
    document = PortalDocument.objects.get(document_type="model", language="en")
    html = client.get("/en/library/").content.decode()
    url = next(u for u, title in _rows(html) if title == document.title)
    page = client.get(url).content.decode()
    assert "Model document" in page and "1.0" in page and "Downloads" in page
    assert document.url in page


def test_text_inside_pdfs_is_searchable(client):
    """Words that appear only inside a file are found by the library search."""
    html = client.get("/en/library/?q=occupabilità").content.decode()
    titles = [title for _url, title in _rows(html)]
    assert any("versione 1.0" in title for title in titles)


def _upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("evil.pdf", b"<html><script>alert(1)</script></html>", "not a PDF"),
        ("notes.txt", b"<script>alert(1)</script>", "HTML or script"),
        ("setup.pdf", b"MZ\x90\x00" + b"\x00" * 100, "program"),
        ("page.html", b"<html></html>", "not accepted"),
        ("logo.svg", b"<svg></svg>", "not accepted"),
        ("sheet.docx", b"PK\x03\x04not-a-zip", "not that kind of Office document"),
    ],
)
def test_unsafe_uploads_are_refused_with_a_reason(name, content, message):
    """The upload form rejects files whose bytes do not match an allowed type."""
    form = get_document_form(PortalDocument)(
        data={
            "title": "x",
            "collection": Collection.get_first_root_node().pk,
            "document_type": "model",
            "language": "en",
        },
        files={"file": _upload(name, content)},
    )
    assert not form.is_valid()
    assert message in " ".join(form.errors["file"])


def test_valid_pdf_upload_gets_a_sanitised_name():
    """A real PDF passes; its file name is made safe."""
    form = get_document_form(PortalDocument)(
        data={
            "title": "Model",
            "collection": Collection.get_first_root_node().pk,
            "document_type": "model",
            "language": "en",
        },
        files={"file": _upload("../../Très bad name!.pdf", PDF)},
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["file"].name == "tres-bad-name.pdf"


def test_oversized_upload_is_refused(settings):
    """A file one byte above the configured limit (20 MB) is refused with both sizes named,
    and a request carrying it passes the request-size middleware to reach the form."""
    limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    assert limit == 20 * 1024 * 1024
    assert limit < settings.MAX_REQUEST_SIZE
    form = get_document_form(PortalDocument)(
        data={
            "title": "Model",
            "collection": Collection.get_first_root_node().pk,
            "document_type": "model",
            "language": "en",
        },
        files={"file": _upload("big.pdf", PDF + b"0" * (limit + 1 - len(PDF)))},
    )
    assert not form.is_valid()
    assert form.errors["file"] == [
        f"This file is too big ({filesizeformat(limit + 1)}). "
        f"Maximum filesize {filesizeformat(limit)}."
    ]


def test_office_documents_are_recognised():
    """A real DOCX passes the content check and its text is extracted."""
    from library.extraction import extract_text

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml",
            "<w:document xmlns:w='w'><w:t>Sidemandsoplæring på ISS</w:t></w:document>",
        )
    content = buffer.getvalue()
    assert check_content(content, "docx") == ""
    assert "Sidemandsoplæring" in extract_text(content, "docx")


def test_private_document_is_not_served_to_anonymous_visitors(client):
    """A document in the members-only collection redirects anonymous visitors to log in."""
    members = Collection.objects.get(name="Network members only")
    document = PortalDocument(title="Members-only working notes", collection=members)
    document.file.save("working-notes.pdf", ContentFile(PDF), save=False)
    document.save()
    response = client.get(document.url)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "login" in response["Location"]
    assert "Members-only working notes" not in client.get("/en/library/").content.decode()
    user = get_user_model().objects.create_user("member", password="pw")
    client.force_login(user)
    assert client.get(document.url).status_code == 200


def test_library_query_count_is_flat(client, django_assert_max_num_queries):
    """The library costs the same number of queries with 9 and with 60 documents."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        client.get("/en/library/")
        with CaptureQueriesContext(connection) as queries:
            client.get("/en/library/?language=it")
        return len(queries)

    small = count()
    root = Collection.get_first_root_node()
    for number in range(50):
        document = PortalDocument(title=f"Extra {number}", collection=root, language="it")
        document.file.save(f"extra-{number}.pdf", ContentFile(PDF), save=False)
        document.save()
    assert count() == small


def test_document_page_names_the_public_pages_that_use_it(client):
    """ "Used on" links every live public page that references the document, and no
    longer names one once it is behind a login; the territory links to its
    translation in the visitor's language."""
    document = public_documents().filter(territory__isnull=False).order_by("pk").first()
    pages = [
        page
        for page, _references in ReferenceIndex.get_references_to(document).group_by_source_object()
        if isinstance(page, Page) and page.live
    ]
    assert len(pages) >= 2
    url = f"/de/library/{document.pk}/{slugify(document.title)}/"
    html = client.get(url).content.decode()
    used_on = html.split('id="used-on"')[1]
    for page in pages:
        assert f'href="{page.url}"' in used_on
    german = document.territory.get_translation(Locale.objects.get(language_code="de"))
    assert f'<a href="{german.url}">{german.title}</a>' in html
    PageViewRestriction.objects.create(page=pages[0], restriction_type=PageViewRestriction.LOGIN)
    used_on = client.get(url).content.decode().split('id="used-on"')[1]
    assert f'href="{pages[0].url}"' not in used_on
    assert f'href="{pages[1].url}"' in used_on
