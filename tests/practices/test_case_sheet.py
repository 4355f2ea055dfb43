"""Case sheets: a one-page PDF per case and language, cached and rebuilt on publish."""

import io
import re

from django.core.files.storage import default_storage

import pytest
from pypdf import PdfReader

from practices.case_sheet import sheet_path
from practices.models import PracticePage

HERLEV = "/{lang}/practices/herlev/ip-integration-partnership/"
SOLOTHURN = "/{lang}/practices/solothurn/continuous-case-management-pilot/"


def _pdf(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.content))
    text = re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in reader.pages))
    return len(reader.pages), text


@pytest.fixture
def clean_sheets():
    for case in PracticePage.objects.filter(
        slug__in=["ip-integration-partnership", "continuous-case-management-pilot"]
    ):
        if default_storage.exists(sheet_path(case)):
            default_storage.delete(sheet_path(case))


@pytest.mark.parametrize("lang, words", [("en", "Into jobs"), ("da", "I job")])
def test_case_page_links_a_one_page_sheet_in_its_language(client, clean_sheets, lang, words):
    html = client.get(HERLEV.format(lang=lang)).content.decode()
    link = re.search(
        r'<a href="([^"]+)" download>([^<]+)</a>', html.split('class="case__sheet"')[1]
    )
    assert link.group(1) == HERLEV.format(lang=lang) + "case-sheet/"
    pages, text = _pdf(client.get(link.group(1)))
    assert pages == 1
    assert words in text
    assert "Ballerup Sprogcenter" in text
    # The portal address of the case (the site's configured host).
    assert re.search(rf"https?://[\w.:-]+{HERLEV.format(lang=lang)}", text)


def test_sheet_carries_key_facts_methods_and_profile(client, clean_sheets):
    pages, text = _pdf(client.get(SOLOTHURN.format(lang="de") + "case-sheet/"))
    assert pages == 1
    assert "Personalvollkosten einer Vollzeitstelle" in text
    assert "3,8" in text
    assert "Segmentierung A/V/O/S" in text or "Segmentation A/V/O/S" in text


def test_sheet_is_cached_and_rebuilt_on_publish(client, clean_sheets):
    case = PracticePage.objects.get(
        slug="continuous-case-management-pilot", locale__language_code="en"
    )
    url = SOLOTHURN.format(lang="en") + "case-sheet/"
    client.get(url)
    assert default_storage.exists(sheet_path(case))
    case.title = "Continuous case management: the pilot, revised title"
    case.save_revision().publish()
    assert not default_storage.exists(sheet_path(case))
    _pages, text = _pdf(client.get(url))
    assert "revised title" in text
    assert default_storage.exists(sheet_path(case))


def test_sheet_is_served_when_storage_is_read_only(client, clean_sheets, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError("read-only file system")

    monkeypatch.setattr(default_storage, "save", refuse)
    pages, text = _pdf(client.get(HERLEV.format(lang="en") + "case-sheet/"))
    assert pages == 1 and "Into jobs" in text


@pytest.mark.parametrize(
    "url",
    [
        "/en/practices/herlev/no-such-case/case-sheet/",
        "/en/practices/glarus/ip-integration-partnership/case-sheet/",
        "/it/practices/herlev/no-such-case/case-sheet/",
    ],
)
def test_unknown_case_sheet_is_a_404(client, url):
    assert client.get(url).status_code == 404
