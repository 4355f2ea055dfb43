"""Coordinators, a moderator and a visitor at work, in a real browser.

Herlev's coordinator works in Danish, Glarus's in German: each creates a workshop series
and a report, uploads the report's PDF through the multiple-upload form, attaches it and
submits; neither sees the other's drafts. The moderator approves the pages and the
documents; then an anonymous visitor reads the report and downloads its PDF. axe-core
audits every admin page on the way.
"""

import re

import pytest
from playwright.sync_api import expect

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PASSWORD = "journey-pw-1"

USERS = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
User = get_user_model()
for name, group, language in [
    ("herlev", "Coordinators: Herlev", "da"),
    ("glarus", "Coordinators: Glarus", "de"),
    ("moderator", "Moderators", "en"),
]:
    user, _ = User.objects.get_or_create(username=name, defaults={"email": name + "@example.org"})
    user.set_password("PASSWORD")
    user.save()
    user.groups.set([Group.objects.get(name=group)])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
""".replace("PASSWORD", PASSWORD)

JOURNEYS = [
    # (user, territory slug, series title, report title, PDF name)
    ("herlev", "herlev", "Netværksmøder om job", "Møde 4. marts 2026", "moede-referat.pdf"),
    ("glarus", "glarus", "Netzwerktreffen Arbeit", "Treffen 4. März 2026", "treffen-bericht.pdf"),
]


@pytest.fixture(scope="module")
def users(manage):
    manage("shell", "-c", USERS)


def _login(page, username):
    page.context.clear_cookies()
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def _settled(page):
    """Wait for finite CSS animations (the admin's messages fade in): axe measures colour
    contrast, and a half-faded message fails it."""
    page.evaluate(
        """() => Promise.all(document.getAnimations()
            .filter((a) => a.effect && a.effect.getTiming().iterations !== Infinity)
            .map((a) => a.finished.catch(() => null)))"""
    )


def _submit_for_moderation(page):
    # The "Submit for moderation" action sits in the footer's dropdown; its name is
    # the same in every interface language.
    with page.expect_navigation():
        page.locator('button[name="action-submit"]').evaluate("button => button.click()")
    _settled(page)


def _coordinator_journey(page, audit, username, series_title, report_title, pdf_name):
    _login(page, username)
    panel = page.locator(".coordinator-panel")
    expect(panel).to_be_visible()
    audit(page)

    # A new series in the territory's place.
    panel.locator('a[href*="/add/workshops/workshopseriespage/"]').click()
    page.locator("#id_title").fill(series_title)
    page.locator("#id_title").blur()
    audit(page)
    _submit_for_moderation(page)

    # The PDF through the multiple-upload form, metadata after the upload.
    page.goto("/admin/")
    page.locator(".coordinator-panel").locator('a[href$="/admin/documents/multiple/add/"]').click()
    audit(page)
    page.locator("#fileupload").set_input_files(
        {"name": pdf_name, "mimeType": "application/pdf", "buffer": PDF}
    )
    form = page.locator("#upload-list form").first
    expect(form).to_be_visible()
    form.locator('input[name$="-title"]').fill(report_title + " (PDF)")
    form.locator('select[name$="-document_type"]').select_option("workshop_report")
    with page.expect_response(lambda r: "/multiple/" in r.url and r.request.method == "POST"):
        form.locator("button[type=submit]").click()
    # On success the uploader's item slides away; on an error it would stay with the form.
    expect(page.locator("#upload-list > li")).to_have_count(0)
    audit(page)

    # A report under the new series, with its PDF chosen from the library.
    page.goto("/admin/")
    page.locator(".coordinator-panel").locator(
        'a[href*="/add/workshops/workshopreportpage/"]'
    ).first.click()
    page.locator("#id_title").fill(report_title)
    page.locator("#id_title").blur()
    page.locator("#id_date").fill("2026-03-04")
    page.locator("#id_kind").select_option("laboratory")
    page.locator("[data-chooser-action-choose]").first.click()
    modal = page.locator(".modal")
    modal.get_by_role("link", name=report_title + " (PDF)").click()
    expect(modal).to_be_hidden()
    audit(page)
    _submit_for_moderation(page)
    audit(page)


def test_coordinators_moderator_and_visitor(page, audit, users):
    for username, _territory, series_title, report_title, pdf_name in JOURNEYS:
        _coordinator_journey(page, audit, username, series_title, report_title, pdf_name)

    # Glarus's coordinator sees nothing of Herlev's drafts, in the chooser or the search.
    _login(page, "glarus")
    herlev_series, glarus_series = JOURNEYS[0][2], JOURNEYS[1][2]
    for url in ("/admin/choose-page/search/?q=", "/admin/pages/search/?q="):
        page.goto(url + glarus_series)
        expect(page.get_by_role("link", name=glarus_series)).not_to_have_count(0)
        page.goto(url + herlev_series)
        expect(page.get_by_role("link", name=herlev_series)).to_have_count(0)
    audit(page)

    # The moderator approves the four pages from the dashboard, then the two documents.
    _login(page, "moderator")
    audit(page)
    for _ in range(4):
        page.get_by_role("button", name="Actions").first.click()
        approve = page.locator(
            'button[data-workflow-action-url*="/approve/"]:not([data-launch-modal])'
        ).first
        expect(approve).to_be_visible()
        with page.expect_navigation():
            approve.click()
        _settled(page)
    audit(page)
    expect(page.locator('button[data-workflow-action-url*="/approve/"]')).to_have_count(0)
    page.goto("/admin/documents-review/")
    audit(page)
    for _ in range(2):
        with page.expect_navigation():
            page.get_by_role("button", name=re.compile("^Approve")).first.click()
    expect(page.locator("main")).to_contain_text("No document is waiting for review.")

    # An anonymous visitor reads each report and downloads its PDF.
    page.context.clear_cookies()
    for _user, territory, series_title, report_title, _pdf in JOURNEYS:
        page.goto(f"/en/workshops/{territory}/")
        page.get_by_role("link", name=series_title).click()
        page.get_by_role("link", name=report_title).first.click()
        expect(page.get_by_role("heading", level=1)).to_have_text(report_title)
        audit(page)
        with page.expect_download() as download:
            page.get_by_role("link", name=report_title + " (PDF)").click()
        path = download.value.path()
        with open(path, "rb") as handle:
            assert handle.read().startswith(b"%PDF-")
