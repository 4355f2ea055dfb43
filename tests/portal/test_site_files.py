"""Sitemap, robots.txt and error pages."""

import xml.etree.ElementTree as ET

from django.test import override_settings


def test_sitemap_covers_all_locales(client):
    """/sitemap.xml is valid XML listing pages of all five language trees."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [el.text for el in root.findall("s:url/s:loc", ns)]
    for code in ["en", "it", "de", "da", "sv"]:
        assert any(loc.endswith(f"/{code}/") for loc in locs), code
        assert any(loc.endswith(f"/{code}/methods/") for loc in locs), code


def test_sitemap_omits_unpublished_pages(client, locales):
    """A page taken offline disappears from the sitemap."""
    from practices.models import MethodIndexPage

    MethodIndexPage.objects.get(locale=locales["de"]).unpublish()
    body = client.get("/sitemap.xml").content.decode()
    assert "/de/methods/</loc>" not in body
    assert "/it/methods/</loc>" in body


def test_robots_txt_points_to_sitemap(client):
    """robots.txt is plain text, keeps crawlers out of the admin and names the sitemap."""
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_unknown_page_gets_the_portal_404(client):
    """An unknown URL answers 404 with the portal's look and a search form."""
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'class="main-nav"' in html
    assert 'role="search"' in html


def test_404_is_translated(client):
    """The 404 page speaks the language of the URL prefix."""
    response = client.get("/it/pagina-inesistente/")
    assert response.status_code == 404
    assert "Pagina non trovata" in response.content.decode()


@override_settings(DEBUG=False)
def test_server_error_page_renders_without_context(client):
    """The 500 handler returns the standalone error page."""
    from portal.views import server_error

    response = server_error(None)
    assert response.status_code == 500
    assert b"Something went wrong" in response.content
