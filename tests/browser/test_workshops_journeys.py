"""Coordinators publish through moderation; visitors find and download documents."""

import re
from pathlib import Path

from playwright.sync_api import expect

CREATE_USERS = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
User = get_user_model()
for name, group in [("coord-monza", "Coordinators: Monza e Brianza"), ("moderator", "Moderators")]:
    user, _ = User.objects.get_or_create(username=name, defaults={"email": name + "@example.org"})
    user.set_password("journey-pass-123")
    user.save()
    user.groups.set(Group.objects.filter(name=group))
from workshops.models import WorkshopSeriesPage
print(WorkshopSeriesPage.objects.get(locale__language_code="en", slug="servizi-in-rete-laboratory").pk)
"""


def _login(page, username):
    page.context.clear_cookies()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("journey-pass-123")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_coordinator_report_goes_through_moderation(page, manage, tmp_path):
    """A Monza coordinator uploads a PDF and submits a report; a moderator approves it;
    it then appears in the series and in the Atom feed."""
    series_id = manage("shell", "-c", CREATE_USERS).strip().splitlines()[-1]

    _login(page, "coord-monza")
    pdf = tmp_path / "laboratory-notes.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    page.goto("/admin/documents/multiple/add/")
    page.locator('input[type="file"]').set_input_files(str(pdf))
    expect(page.get_by_text("Upload successful").first).to_be_visible()

    page.goto(f"/admin/pages/add/workshops/workshopreportpage/{series_id}/")
    page.locator('input[name="title"]').fill("Follow-up meeting of the laboratory")
    page.locator('select[name="kind"]').select_option("laboratory")
    page.locator('input[name="date"]').fill("2016-03-15")
    submit = page.locator('button[name="action-submit"]')
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    submit.click()
    expect(page.locator(".messages")).to_contain_text(re.compile("submitted", re.I))

    _login(page, "moderator")
    page.goto("/admin/")
    review = (
        page.locator("section, div").filter(has_text="Follow-up meeting of the laboratory").last
    )
    expect(review).to_be_visible()
    page.get_by_role("link", name="Follow-up meeting of the laboratory").first.click()
    # The approve action sits in the footer's action menu; its script handles the click.
    page.locator('[data-workflow-action-name="approve"]').first.dispatch_event("click")
    expect(page.locator(".messages")).to_contain_text("Follow-up meeting of the laboratory")

    page.context.clear_cookies()
    page.goto("/en/workshops/monza-brianza/servizi-in-rete-laboratory/")
    expect(page.get_by_role("link", name="Follow-up meeting of the laboratory")).to_be_visible()
    feed = page.request.get("/en/workshops/feed/atom/").text()
    assert "Follow-up meeting of the laboratory" in feed


def test_visitor_filters_library_and_downloads_a_model(page, audit):
    """A stakeholder narrows the library to model documents and downloads one."""
    page.goto("/en/library/")
    audit(page)
    page.locator('a[data-facet="type"][data-value="model"]').click()
    expect(page).to_have_url(re.compile(r"type=model"))
    # The reference model in its five languages.
    expect(page.locator(".result-count")).to_have_text(re.compile("5 documents"))
    audit(page)
    with page.expect_download() as info:
        page.locator("table.documents a[download]").first.click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    assert Path(download.path()).read_bytes()[:5] == b"%PDF-"
