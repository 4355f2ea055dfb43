"""Journeys of the portal foundation, in a real browser."""

import re

from playwright.sync_api import expect


def test_root_redirects_to_english_home(page, audit):
    """Opening / lands on the English home page."""
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    audit(page)


def test_switch_to_italian_and_follow_navigation(page, audit):
    """The language switcher leads to the Italian home; the menu is in Italian."""
    page.goto("/en/")
    page.get_by_role("navigation", name="Choose language").get_by_role(
        "link", name="Italiano"
    ).click()
    expect(page).to_have_url(re.compile(r"/it/$"))
    expect(page.locator("html")).to_have_attribute("lang", "it")
    nav = page.get_by_role("navigation", name="Navigazione principale")
    expect(nav.get_by_role("link", name="Buone prassi")).to_be_visible()
    audit(page)
    nav.get_by_role("link", name="Metodi").click()
    expect(page).to_have_url(re.compile(r"/it/methods/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Metodi")
    audit(page)


def test_every_main_section_is_reachable_from_the_menu(page, audit):
    """Each entry of the main navigation opens a page with its own heading."""
    page.goto("/en/")
    nav = page.get_by_role("navigation", name="Main navigation")
    labels = nav.get_by_role("link").all_inner_texts()
    assert labels[:5] == ["Practices", "Methods", "Reference model", "Workshops", "Library"]
    assert labels[-1] == "Search"
    for label in labels:
        page.goto("/en/")
        page.get_by_role("navigation", name="Main navigation").get_by_role(
            "link", name=label, exact=True
        ).click()
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        audit(page)


def test_skip_link_moves_focus_to_main(page):
    """The first Tab stop is the skip link, and it jumps to the main content."""
    page.goto("/en/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
