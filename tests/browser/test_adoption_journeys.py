"""A practitioner decides whether to adopt a method, in a real browser: the
finder, a method's profile, the evidence map, a case sheet and an e-mail alert."""

import re

from playwright.sync_api import expect


def test_finder_to_method_profile(page, audit):
    """From the catalogue to the finder, answer three questions, open the top method."""
    page.goto("/en/methods/")
    audit(page)
    page.get_by_role("link", name="Not sure where to start? Use the method finder.").click()
    expect(page).to_have_url(re.compile(r"/en/methods/finder/$"))
    page.get_by_label("Who do you work with?").select_option(
        label="Refugees and provisionally admitted persons"
    )
    page.get_by_label("Which phase are you in?").select_option(
        label="Reception and taking in charge"
    )
    page.get_by_label("Known staff and costs").check()
    page.get_by_role("button", name="Find methods").click()
    expect(page).to_have_url(
        re.compile(r"/en/methods/finder/\?group=[\w-]+&phase=intake&need=costs")
    )
    first = page.locator("li.finder-result").first
    expect(first).to_contain_text("staff and costs are reported")
    audit(page)
    first.get_by_role("heading", level=3).get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/en/methods/continuous-case-management/$"))
    card = page.locator("section.profile-card")
    expect(card).to_contain_text("3.8 FTE")
    expect(card).to_contain_text("CHF 1,200,000")
    audit(page)


def test_evidence_map_cell_leads_to_the_cases(page, audit):
    page.goto("/de/evidence-map/")
    expect(page.locator("table.evidence-map")).to_be_visible()
    audit(page)
    page.locator(
        'table.evidence-map a[href="/de/practices/?method=workplace-buddy&phase=placement"]'
    ).click()
    expect(page).to_have_url(re.compile(r"/de/practices/\?method=workplace-buddy&phase=placement$"))
    expect(page.locator(".listing-results")).to_contain_text("IP")


def test_case_page_profile_and_sheet(page, audit):
    page.goto("/da/practices/herlev/ip-integration-partnership/")
    expect(page.locator("section.profile-card")).to_contain_text("Ballerup Sprogcenter")
    audit(page)
    with page.expect_download() as download_info:
        page.locator(".case__sheet a").click()
    download = download_info.value
    assert download.suggested_filename == "case-sheet-ip-integration-partnership-da.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_subscribe_to_alerts_from_a_filtered_listing(page, audit):
    page.goto("/en/practices/?country=CH")
    page.get_by_role("link", name="Get e-mail alerts for this list").click()
    expect(page).to_have_url(re.compile(r"/en/alerts/\?country=CH$"))
    expect(page.locator(".alert-label")).to_have_text("Country: Switzerland")
    audit(page)
    page.get_by_role("button", name="Subscribe").click()
    expect(page.locator("#alert-errors")).to_contain_text("Without your consent")
    audit(page)
    page.get_by_label("Your e-mail address").fill("coach@example.org")
    page.get_by_label(re.compile("I agree that the portal keeps my e-mail address")).check()
    page.get_by_role("button", name="Subscribe").click()
    expect(page).to_have_url(re.compile(r"/en/alerts/sent/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")
    audit(page)
