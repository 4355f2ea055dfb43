"""The reference model: diagram, phases, nodes, coverage, versions and PDF downloads."""

import csv
import io
import re

from wagtail.test.utils import WagtailPageTestCase

import pytest

from practices.models import PhasePage, ReferenceModelPage, TerritoryPage
from practices.reference import publish_version

PHASE_TITLES = [
    "Reception and taking in charge",
    "Employability",
    "Placement plan",
    "Placement in a company or a type-B cooperative",
    "Follow-up and job retention",
]


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


class TestTree(WagtailPageTestCase):
    def test_phases_are_children_of_the_model(self):
        """Phases sit under the reference model page only and have no children."""
        self.assertAllowedParentPageTypes(PhasePage, {ReferenceModelPage})
        self.assertAllowedSubpageTypes(PhasePage, set())
        self.assertAllowedSubpageTypes(ReferenceModelPage, {PhasePage})


def test_model_page_shows_diagram_with_phases_and_nodes(client):
    """The diagram is an accessible SVG with five clickable phases and four nodes."""
    html = client.get("/en/reference-model/").content.decode()
    svg = html.split('<svg role="group" aria-labelledby="diagram-title"', 1)[1].split("</svg>", 1)[
        0
    ]
    assert svg.count('class="diagram-phase"') >= 5
    assert svg.count('class="diagram-node"') >= 4
    assert '<desc id="diagram-desc">' in svg
    for key in ["intake", "assessment", "placement-plan", "placement", "follow-up"]:
        assert f'href="/en/reference-model/{key}/"' in svg
    assert "Version 1.0" in html or "version 1.0" in html
    # No source names a node, so each operating mode is a proposal, not an agreement.
    assert "What goes wrong:" in html and "Proposed operating mode:" in html
    assert "Agreed operating mode:" not in html


def test_italian_model_is_in_italian(client):
    """/it/reference-model/ shows the Italian phases and nodes."""
    html = client.get("/it/reference-model/").content.decode()
    assert '<html lang="it">' in html
    assert "Accoglienza e presa in carico" in html
    assert "Dal servizio inviante all&#x27;ente accreditato" in html


def test_phase_page_lists_methods_and_cases_by_territory(client):
    """The intake phase shows its methods and cases grouped under territory headings."""
    html = client.get("/en/reference-model/intake/").content.decode()
    methods = html.split('id="phase-methods"', 1)[1].split("</section>", 1)[0]
    assert "Segmentation A/V/O/S" in methods
    cases = html.split('id="phase-cases"', 1)[1].split("</section>", 1)[0]
    for territory in ["Como", "Herlev", "Monza e Brianza", "Solothurn"]:
        assert f"<h3>{territory}</h3>" in cases
    assert "/en/practices/herlev/ip-integration-partnership/" in cases


def test_cases_and_methods_are_mapped_to_phases(locales):
    """The initial cases, Italian and not, map onto phases."""
    intake = PhasePage.objects.get(key="intake", locale=locales["en"])
    slugs = set(intake.practices.values_list("slug", flat=True))
    assert {"continuous-case-management-pilot", "ip-integration-partnership"} <= slugs
    placement = PhasePage.objects.get(key="placement", locale=locales["en"])
    assert placement.methods.filter(slug="workplace-buddy").exists()


def test_coverage_matrix_lists_all_territories_and_shows_gaps(client):
    """Seven territory columns, five phase rows, gaps marked."""
    html = client.get("/en/reference-model/coverage/").content.decode()
    table = html.split('<table class="coverage">', 1)[1].split("</table>", 1)[0]
    header = table.split("</thead>", 1)[0]
    assert header.count('<th scope="col">') == 8
    assert table.count('<th scope="row">') == 5
    assert 'class="gap"' in table


def test_coverage_csv_has_the_same_cells(client):
    """The CSV has one row per phase and territory, with the same cases as the page."""
    response = client.get("/en/reference-model/coverage/csv/")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 5 * TerritoryPage.objects.filter(locale__language_code="en").count()
    herlev_intake = next(
        r for r in rows if r["phase_key"] == "intake" and r["territory_slug"] == "herlev"
    )
    assert "The IP project" in herlev_intake["cases"]
    html = client.get("/en/reference-model/coverage/").content.decode()
    gaps_on_page = html.count('class="gap"')
    gaps_in_csv = sum(1 for r in rows if not r["cases"] and not r["methods"])
    assert gaps_on_page == gaps_in_csv


def _pdf_text(content):
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_pdf_downloads_and_names_every_phase(client):
    """The latest model downloads as a valid PDF containing each phase name."""
    response = client.get("/en/reference-model/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith(b"%PDF-")
    text = re.sub(r"\s+", " ", _pdf_text(response.content))
    for title in PHASE_TITLES:
        assert title in text, title


def test_version_url_survives_a_new_version(client, locales):
    """After 1.1 is published, 1.0 stays readable, marked superseded, and its PDF still downloads."""
    model = ReferenceModelPage.objects.get(locale=locales["en"])
    follow_up = PhasePage.objects.get(key="follow-up", locale=locales["en"])
    follow_up.title = "Follow-up, job retention and hand-back"
    follow_up.save_revision().publish()
    publish_version(model, "1.1", "2026-11-23", "Follow-up phase now covers the hand-back.")

    current = client.get("/en/reference-model/").content.decode()
    assert "version 1.1" in current
    old = client.get("/en/reference-model/versions/1-0/")
    assert old.status_code == 200
    old_html = old.content.decode()
    assert "Superseded version." in old_html
    assert "Follow-up and job retention" in old_html
    new_html = client.get("/en/reference-model/versions/1-1/").content.decode()
    assert "Superseded version." not in new_html
    assert "Follow-up, job retention and hand-back" in new_html

    old_pdf = client.get("/en/reference-model/versions/1-0/pdf/")
    assert old_pdf["Content-Type"] == "application/pdf"
    assert "Follow-up and job retention" in re.sub(r"\s+", " ", _pdf_text(old_pdf.content))
    latest = re.sub(r"\s+", " ", _pdf_text(client.get("/en/reference-model/pdf/").content))
    assert "Follow-up, job retention and hand-back" in latest


def test_unknown_version_is_404(client):
    """A version that was never published answers 404."""
    assert client.get("/en/reference-model/versions/9-9/").status_code == 404
    assert client.get("/en/reference-model/versions/9-9/pdf/").status_code == 404
