"""Content-Security-Policy and Permissions-Policy on what visitors and editors load."""

import re

from wagtail.models import Page

import pytest

from practices.models import MethodPage, PracticePage, TerritoryPage
from workshops.models import WorkshopReportPage

LOCALES = ["en", "it", "de", "da", "sv"]
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTR = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.IGNORECASE)


def _directives(header):
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {words[0]: words[1:] for words in parts}


def _check_page(client, url):
    """The page has a strict policy, and everything inline in it would run under it."""
    response = client.get(url)
    assert response.status_code == 200, url
    csp = _directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" not in csp["script-src"], url
    assert "'unsafe-eval'" not in csp["script-src"], url
    assert csp["object-src"] == ["'none'"], url
    assert csp["frame-ancestors"] == ["'none'"], url
    assert csp["style-src"] == ["'self'"], url
    assert "camera=()" in response["Permissions-Policy"], url
    html = response.content.decode()
    nonces = [n[len("'nonce-") : -1] for n in csp["script-src"] if n.startswith("'nonce-")]
    inline = [attrs for attrs in SCRIPT_TAG.findall(html) if "src=" not in attrs]
    for attrs in inline:
        assert len(nonces) == 1, f"{url}: inline script but no nonce in {csp['script-src']}"
        assert f'nonce="{nonces[0]}"' in attrs, f"{url}: inline <script{attrs}> has no nonce"
    assert not EVENT_HANDLER.search(html), f"{url}: inline event handler"
    assert not STYLE_ATTR.search(html), f"{url}: inline style attribute"
    return inline


@pytest.mark.parametrize("code", LOCALES)
def test_every_locale_home_sends_csp_and_permissions_policy(client, code):
    """Each locale's home page sends both headers, with no 'unsafe-inline' for scripts."""
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    csp = _directives(response["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["script-src"]
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions
    _check_page(client, f"/{code}/")


def _live_url(model, code):
    page = model.objects.live().public().filter(locale__language_code=code).first()
    assert page is not None, (model, code)
    return page.url


@pytest.mark.parametrize("code", ["en", "it", "da"])
def test_inline_scripts_on_the_main_page_types_carry_the_nonce(client, code):
    """Cases, methods, reports, territories, listings, search and the proposal form:
    every inline script (JSON-LD included) carries the request's nonce, and nothing
    needs inline event handlers or style attributes."""
    urls = [
        _live_url(PracticePage, code),
        _live_url(MethodPage, code),
        _live_url(WorkshopReportPage, "en"),
        _live_url(TerritoryPage, code),
        f"/{code}/practices/",
        f"/{code}/methods/",
        f"/{code}/library/",
        f"/{code}/reference-model/",
        f"/{code}/search/?q=work",
        f"/{code}/practices/propose/",
    ]
    library = client.get(f"/{code}/library/").content.decode()
    document = re.search(rf'href="(/{code}/library/\d+/[^"]+/)"', library)
    assert document, "the library links a document"
    urls.append(document.group(1))
    inline_total = sum(len(_check_page(client, url)) for url in urls)
    # Cases, methods, reports and documents carry JSON-LD: the nonce check ran.
    assert inline_total >= 3


def test_the_admin_keeps_its_own_policy(admin_client):
    """The Wagtail admin gets a policy that allows its inline code but no other origin."""
    page = Page.objects.live().filter(depth=3).first()
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    csp = _directives(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert "Permissions-Policy" in response
    login = admin_client.get("/admin/login/")
    assert "'unsafe-inline'" in login["Content-Security-Policy"]
