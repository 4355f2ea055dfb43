"""A practitioner browses cases, follows a method and compares cases, in a real browser."""

import re

from playwright.sync_api import expect


def test_filter_open_follow_method_and_compare(page, audit):
    """Filter by country and target group, open a case, follow a method, compare two cases."""
    page.goto("/en/practices/")
    audit(page)
    filters = page.get_by_role("complementary", name="Filter cases")
    filters.locator('a[data-facet="country"][data-value="CH"]').click()
    expect(page).to_have_url(re.compile(r"country=CH"))
    expect(page.locator(".result-count")).to_have_text(re.compile(r"2 cases"))
    filters = page.get_by_role("complementary", name="Filter cases")
    filters.locator(
        'a[data-facet="target_group"][data-value="social-assistance-recipients"]'
    ).click()
    expect(page).to_have_url(re.compile(r"target_group=social-assistance-recipients"))
    expect(page.locator(".result-count")).to_have_text(re.compile(r"1 case"))
    audit(page)

    page.get_by_role("link", name=re.compile("Continuous case management with potential")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("Continuous case management with potential assessment")
    )
    audit(page)
    page.get_by_role("link", name="Segmentation A/V/O/S").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Segmentation A/V/O/S")
    expect(page.locator("#cases ~ ul .case-card")).to_have_count(1)
    audit(page)

    page.goto("/en/practices/")
    page.get_by_label(re.compile("Compare The IP project")).check()
    page.get_by_label(re.compile("Compare Servizi in rete")).check()
    page.get_by_role("button", name="Compare selected cases").click()
    expect(page).to_have_url(re.compile(r"/en/compare/\?practices="))
    table = page.locator("table.compare")
    expect(table.get_by_role("columnheader")).to_have_count(2)
    expect(table).to_contain_text("Herlev (Denmark)")
    expect(table).to_contain_text("Monza e Brianza (Italy)")
    audit(page)


def test_case_page_in_the_source_language(page, audit):
    """The Danish version of the Herlev case is one click away from the English one."""
    page.goto("/en/practices/herlev/ip-integration-partnership/")
    page.get_by_role("navigation", name="Choose language").get_by_role("link", name="dansk").click()
    expect(page).to_have_url(re.compile(r"/da/practices/herlev/ip-integration-partnership/$"))
    expect(page.locator("html")).to_have_attribute("lang", "da")
    expect(page.locator("table.indicators")).to_contain_text("I job")
    audit(page)
