"""Structured metadata a crawler or a link preview reads, and the open-data page."""

import json
import re

from django.utils.text import slugify

import pytest

from library.models import PortalDocument
from practices.models import PracticePage


def _json_ld(html):
    blocks = re.findall(
        r'<script type="application/ld\+json"(?: nonce="[^"]+")?>(.*?)</script>', html, re.S
    )
    return [json.loads(block) for block in blocks]


@pytest.mark.parametrize(
    "url, kind",
    [
        ("/en/practices/herlev/ip-integration-partnership/", "Article"),
        ("/en/methods/step-model/", "HowTo"),
    ],
)
def test_case_and_method_pages_carry_json_ld(client, url, kind):
    data = _json_ld(client.get(url).content.decode())
    assert len(data) == 1
    assert data[0]["@context"] == "https://schema.org"
    assert data[0]["@type"] == kind
    assert data[0]["url"].endswith(url)
    assert data[0]["inLanguage"] == "en"


def test_case_json_ld_names_place_period_and_audience(client):
    html = client.get("/en/practices/monza-brianza/servizi-in-rete/").content.decode()
    data = _json_ld(html)[0]
    assert data["spatialCoverage"]["address"]["addressCountry"] == "IT"
    assert data["temporalCoverage"] == "2015/2016"
    assert data["audience"]


def test_report_and_document_pages_carry_json_ld(client):
    from workshops.models import WorkshopReportPage

    report = WorkshopReportPage.objects.live().filter(locale__language_code="it").first()
    data = _json_ld(client.get(report.url).content.decode())[0]
    assert data["@type"] == "Report"
    assert data["isPartOf"]["@type"] == "CreativeWorkSeries"
    document = PortalDocument.objects.exclude(collection__name="Network members only").first()
    html = client.get(f"/en/library/{document.pk}/{slugify(document.title)}/").content.decode()
    data = _json_ld(html)[0]
    assert data["@type"] == "DigitalDocument"
    assert data["contentUrl"].endswith(document.url)


def test_json_ld_cannot_be_broken_out_of(client):
    """A title with a closing script tag stays inside the JSON."""
    case = PracticePage.objects.get(slug="ip-integration-partnership", locale__language_code="en")
    case.title = "</script><script>alert(1)</script> & co"
    case.save_revision().publish()
    html = client.get(case.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    data = _json_ld(html)[0]
    assert data["name"] == "</script><script>alert(1)</script> & co"


def test_canonical_hreflang_and_opengraph_on_a_translated_case(client):
    html = client.get("/en/practices/herlev/ip-integration-partnership/").content.decode()
    host = r'href="https?://[\w.:-]+'
    assert re.search(r'<link rel="canonical" ' + host + "/en/practices/herlev/ip-integ", html)
    assert re.search(r'hreflang="en" ' + host + "/en/practices/herlev/ip-integ", html)
    assert re.search(r'hreflang="da" ' + host + "/da/practices/herlev/ip-integ", html)
    assert re.search(r'hreflang="x-default" ' + host + "/en/practices/herlev/", html)
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="The IP project' in html
    assert '<meta property="og:locale" content="en_GB">' in html


@pytest.mark.parametrize("url", ["/en/", "/it/practices/", "/en/search/?q=x", "/de/methods/"])
def test_every_page_has_a_canonical_link_and_og_tags(client, url):
    html = client.get(url).content.decode()
    assert html.count('<link rel="canonical"') == 1
    assert '<meta property="og:url"' in html


def test_section_pages_link_their_translations(client):
    """Listing pages served through their index route carry hreflang alternates too."""
    html = client.get("/en/practices/").content.decode()
    alternates = re.findall(r'<link rel="alternate" hreflang="([\w-]+)"', html)
    assert set(alternates) == {"en", "it", "de", "da", "sv", "x-default"}


def test_home_pages_link_their_five_translations(client):
    html = client.get("/it/").content.decode()
    codes = re.findall(r'<link rel="alternate" hreflang="([\w-]+)"', html)
    assert set(codes) == {"en", "it", "de", "da", "sv", "x-default"}


@pytest.mark.parametrize("code", ["en", "it", "de", "da", "sv"])
def test_open_data_page_in_every_language(client, code):
    response = client.get(f"/{code}/open-data/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/api/v2/pages/?type=practices.PracticePage" in html
    assert "export/csv/?country=CH" in html
    assert "CC BY 4.0" in html


def test_open_data_examples_all_work(client):
    """Every example and download link on the page answers 200."""
    html = client.get("/en/open-data/").content.decode()
    links = set(re.findall(r'href="(http://testserver/[^"]+)"', html))
    links = {link.replace("&amp;", "&") for link in links}
    assert len(links) >= 10
    for link in links:
        assert client.get(link.replace("http://testserver", "")).status_code == 200, link


def test_footer_links_the_open_data_page(client):
    html = client.get("/da/").content.decode()
    assert 'href="/da/open-data/"' in html


def test_cached_json_ld_follows_a_publish_and_a_document_change(client):
    """The JSON-LD comes from the fragment cache: a renamed case or document shows at
    once, and each response's script carries that response's own CSP nonce."""
    case = PracticePage.objects.get(slug="ip-integration-partnership", locale__language_code="de")
    first = client.get(case.url)
    assert _json_ld(first.content.decode())[0]["name"] == case.title
    second = client.get(case.url)
    for response in (first, second):
        nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    case.title = "Neu benannt für den JSON-LD-Cache"
    case.save_revision().publish()
    assert _json_ld(client.get(case.url).content.decode())[0]["name"] == case.title
    document = PortalDocument.objects.exclude(collection__name="Network members only").first()
    url = f"/da/library/{document.pk}/{slugify(document.title)}/"
    assert _json_ld(client.get(url).content.decode())[0]["name"] == document.title
    document.title = "Omdøbt til JSON-LD-cachen"
    document.save()
    html = client.get(f"/da/library/{document.pk}/{slugify(document.title)}/").content.decode()
    assert _json_ld(html)[0]["name"] == "Omdøbt til JSON-LD-cachen"
