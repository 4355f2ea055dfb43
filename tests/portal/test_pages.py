"""The home pages, the section pages and the page-type rules of the foundation."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest

from library.models import LibraryPage
from opendata.models import OpenDataPage
from portal.models import HomePage
from practices.models import MethodIndexPage, PracticeIndexPage, ReferenceModelPage
from workshops.models import WorkshopIndexPage

SECTIONS = [
    PracticeIndexPage,
    MethodIndexPage,
    ReferenceModelPage,
    WorkshopIndexPage,
    LibraryPage,
    OpenDataPage,
]


class TestPageTypeRules(WagtailPageTestCase):
    def test_home_page_sits_at_the_tree_root(self):
        """Home pages are created under the tree root only."""
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_sections_live_under_the_home_page(self):
        """Every section index is a child of a home page, once."""
        for model in SECTIONS:
            self.assertAllowedParentPageTypes(model, {HomePage})
            assert model.max_count_per_parent == 1

    def test_home_page_allows_exactly_the_sections(self):
        """The home page accepts the six sections and nothing else."""
        self.assertAllowedSubpageTypes(HomePage, set(SECTIONS))


@pytest.mark.parametrize("code", ["en", "it", "de", "da", "sv"])
def test_each_locale_home_renders_in_its_language(client, code):
    """/<lang>/ answers 200 with <html lang> matching and a heading."""
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    assert "<h1>" in html


@pytest.mark.parametrize(
    "code,labels",
    [
        ("en", ["Practices", "Methods", "Reference model", "Workshops", "Library", "Search"]),
        (
            "it",
            [
                "Buone prassi",
                "Metodi",
                "Modello di riferimento",
                "Laboratori",
                "Biblioteca",
                "Cerca",
            ],
        ),
        (
            "de",
            ["Praxisbeispiele", "Methoden", "Referenzmodell", "Workshops", "Bibliothek", "Suche"],
        ),
        ("da", ["Praksis", "Metoder", "Referencemodel", "Workshops", "Bibliotek", "Søg"]),
        ("sv", ["Goda exempel", "Metoder", "Referensmodell", "Workshoppar", "Bibliotek", "Sök"]),
    ],
)
def test_main_navigation_is_in_the_page_language(client, code, labels):
    """The six main navigation entries appear in order, in the locale's language."""
    html = client.get(f"/{code}/").content.decode()
    nav = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    positions = [nav.find(f">{label}</a>") for label in labels]
    assert all(p > 0 for p in positions), (labels, nav)
    assert positions == sorted(positions)


def test_root_redirects_to_english_by_default(client):
    """A visitor without a language preference is sent to /en/."""
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_redirects_to_the_preferred_language(client):
    """Accept-Language: it sends the visitor to /it/."""
    response = client.get("/", headers={"accept-language": "it-IT,it;q=0.9,en;q=0.5"})
    assert response.status_code == 302
    assert response["Location"] == "/it/"


def test_home_page_shows_lead_and_footer(client):
    """The English home says what the portal is and shows contact and licence."""
    html = client.get("/en/").content.decode()
    assert "Services in Italy, Denmark, Sweden and Switzerland" in html
    assert "network@example.org" in html
    assert 'rel="license"' in html
    assert "Södertälje (SE)" in html


def test_section_pages_render_in_every_locale(client):
    """Each section page answers under each language prefix with its translated title."""
    assert "<h1>Metodi</h1>" in client.get("/it/methods/").content.decode()
    assert "<h1>Bibliothek</h1>" in client.get("/de/library/").content.decode()
    assert "<h1>Referencemodel</h1>" in client.get("/da/reference-model/").content.decode()
    assert "<h1>Workshoppar</h1>" in client.get("/sv/workshops/").content.decode()


def test_breadcrumbs_lead_back_home(client):
    """A section page shows a breadcrumb trail that starts at the home page."""
    html = client.get("/en/methods/").content.decode()
    crumbs = html.split('class="breadcrumbs', 1)[1].split("</nav>", 1)[0]
    assert 'href="/en/"' in crumbs
    assert 'aria-current="page">Methods<' in crumbs


def test_skip_link_targets_main(client):
    """Every page starts with a skip link to the main landmark."""
    html = client.get("/en/").content.decode()
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html


def test_initial_content_loader_is_idempotent(db):
    """Running load_initial_content again creates no duplicate pages."""
    from io import StringIO

    from django.core.management import call_command

    before = Page.objects.count()
    call_command("load_initial_content", stdout=StringIO())
    assert Page.objects.count() == before
    assert HomePage.objects.count() == 5


@pytest.mark.parametrize(
    "code,titles",
    [
        ("en", ["Browse practices", "Follow the reference model", "Download documents"]),
        (
            "it",
            ["Consulta le buone prassi", "Segui il modello di riferimento", "Scarica i documenti"],
        ),
    ],
)
def test_home_offers_the_three_journeys(client, code, titles):
    """The home page leads to practices, the reference model and the library."""
    html = client.get(f"/{code}/").content.decode()
    for title in titles:
        assert title in html
    for slug in ["practices", "reference-model", "library"]:
        assert f'href="/{code}/{slug}/"' in html
