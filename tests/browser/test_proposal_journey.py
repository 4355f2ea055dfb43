"""A practitioner proposes a case: makes a mistake, corrects it, sends it, sees the confirmation."""

import re

from playwright.sync_api import expect


def test_propose_a_case_with_a_correction(page, audit):
    page.goto("/en/practices/")
    page.get_by_role("link", name=re.compile("Propose it")).click()
    expect(page).to_have_url(re.compile(r"/en/practices/propose/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Propose a case")
    audit(page)

    page.get_by_label("Name of the case").fill("Workplace language buddies")
    page.get_by_label("Territory").select_option(label="Herlev")
    page.get_by_label("Start year").select_option("2023")
    page.get_by_label("End year").select_option("2021")  # the mistake: before the start
    page.get_by_label("Summary").fill("Colleagues help new employees with Danish at work.")
    page.get_by_label("What problem it addressed and how").fill(
        "New employees lacked Danish.\n\nColleagues volunteered as language buddies."
    )
    page.get_by_label("Lead organisation").fill("Herlev job centre")
    page.get_by_label("Kind of organisation").select_option("municipality")
    page.locator("fieldset", has_text="Target groups").get_by_role("checkbox").first.check()
    page.locator("#id_indicators-0-label").fill("Buddies recruited")
    page.locator("#id_indicators-0-value").fill("14")
    page.get_by_label("Your name").fill("Test Person")
    page.get_by_label("Your e-mail").fill("test.person@example.org")
    page.get_by_label("Your organisation").fill("Herlev job centre")
    page.get_by_label(re.compile("I agree that the portal")).check()
    page.get_by_role("button", name="Send the proposal").click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("The end year cannot be before the start year.")
    expect(page.get_by_label("End year")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Name of the case")).to_have_value("Workplace language buddies")
    audit(page)

    summary.get_by_role("link", name=re.compile("end year")).click()
    page.get_by_label("End year").select_option("2024")
    page.get_by_label(re.compile("I agree that the portal")).check()
    page.get_by_role("button", name="Send the proposal").click()

    expect(page).to_have_url(re.compile(r"/en/practices/propose/thanks/(#.*)?$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your proposal")
    expect(page.locator("main")).to_contain_text("Workplace language buddies")
    expect(page.locator("main")).to_contain_text("test.person@example.org")
    audit(page)
