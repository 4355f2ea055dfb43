"""A network partner follows the reference model, in a real browser."""

import re

from playwright.sync_api import expect


def test_model_diagram_phase_case_and_pdf(page, audit):
    """Open the model, click a phase in the diagram, reach a case, download the PDF."""
    page.goto("/en/reference-model/")
    expect(page.locator("svg.model-diagram__svg")).to_be_visible()
    audit(page)
    page.locator('svg.model-diagram__svg a[href="/en/reference-model/intake/"]').click()
    expect(page).to_have_url(re.compile(r"/en/reference-model/intake/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Reception and taking in charge")
    audit(page)
    page.locator("#phase-cases ~ ul, #phase-cases ~ *").get_by_role(
        "link", name=re.compile("The IP project")
    ).first.click()
    expect(page).to_have_url(re.compile(r"/en/practices/herlev/ip-integration-partnership/$"))

    page.goto("/en/reference-model/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the model (PDF)").click()
    download = download_info.value
    assert download.suggested_filename == "reference-model-en-v1-0.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_coverage_matrix_is_accessible(page, audit):
    """The coverage matrix passes the accessibility audit and links to its CSV and JSON."""
    page.goto("/en/reference-model/coverage/")
    expect(page.get_by_role("link", name="CSV", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="JSON", exact=True)).to_be_visible()
    audit(page)
