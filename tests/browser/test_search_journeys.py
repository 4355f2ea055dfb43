"""A practitioner searches: types, picks a suggestion, narrows by a facet, opens a result."""

import re

from playwright.sync_api import expect


def test_type_pick_a_suggestion(page, audit):
    """Typing 'bost' offers the Boston approach; picking it opens the method."""
    page.goto("/en/search/")
    audit(page)
    box = page.get_by_role("combobox", name=re.compile("Search cases"))
    box.press_sequentially("bost", delay=50)
    option = page.get_by_role("option", name=re.compile("The Boston approach"))
    expect(option).to_be_visible()
    audit(page)
    option.click()
    expect(page).to_have_url(re.compile(r"/en/methods/boston-approach/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("The Boston approach")
    audit(page)


def test_search_narrow_by_facet_and_open_a_result(page, audit):
    """An Italian operator searches, narrows to Denmark through the crosswalk, opens Herlev."""
    page.goto("/it/search/")
    box = page.get_by_role("combobox")
    box.fill("inserimento lavorativo")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"q=inserimento"))
    expect(page.locator(".search-also")).to_contain_text("virksomhedspraktik")
    expect(page.locator(".search-result mark").first).to_be_visible()
    audit(page)
    page.locator('#facet-country ~ ul a[href*="country=DK"]').click()
    expect(page).to_have_url(re.compile(r"country=DK"))
    audit(page)
    # Shown in the visitor's language: the Italian version of the Herlev case.
    page.locator(".search-result h2 a", has_text="Il progetto IP").click()
    expect(page).to_have_url(re.compile(r"/practices/herlev/ip-integration-partnership/"))
    audit(page)


def test_search_works_without_javascript(browser, live_url):
    context = browser.new_context(base_url=live_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/en/search/?q=Boston")
    # The method the query names comes first (title tier), the case that applies it next.
    expect(page.locator(".search-result h2 a").first).to_have_text(
        re.compile("The Boston approach")
    )
    expect(page.locator(".search-result h2 a").nth(1)).to_have_text(re.compile("After MIA"))
    context.close()
