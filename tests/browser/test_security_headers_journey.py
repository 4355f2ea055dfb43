"""With the Content-Security-Policy on, an editor still edits and saves a page in
the Wagtail admin, and public pages run without a single policy violation."""

import re

from playwright.sync_api import expect

CREATE_EDITOR = """
from django.contrib.auth import get_user_model
from practices.models import PracticePage
user, _ = get_user_model().objects.get_or_create(
    username="csp-editor", defaults={"email": "csp-editor@example.org"}
)
user.is_superuser = user.is_staff = True
user.set_password("journey-pass-123")
user.save()
case = PracticePage.objects.live().filter(locale__language_code="en").first()
print(case.pk, case.url)
"""

# Runs before any page script, outside the page's policy: records every
# violation the browser reports, whatever the console shows.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        event.violatedDirective + " blocked " + (event.blockedURI || "inline") +
        " at " + event.sourceFile + ":" + event.lineNumber
    );
});
"""


def _violations(page, console):
    recorded = page.evaluate("window.__cspViolations || []")
    return recorded + [m for m in console if "Content Security Policy" in m]


def test_editor_saves_a_page_and_public_pages_have_no_csp_violation(page, manage, audit):
    case_id, case_url = manage("shell", "-c", CREATE_EDITOR).strip().splitlines()[-1].split()
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(RECORD_VIOLATIONS)

    response = page.goto("/en/")
    assert (
        "'unsafe-inline'"
        not in response.headers["content-security-policy"].split("script-src")[1].split(";")[0]
    )
    assert "camera=()" in response.headers["permissions-policy"]

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("csp-editor")
    page.get_by_label("Password").fill("journey-pass-123")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/{case_id}/edit/")
    title = page.locator('input[name="title"]')
    title.fill(title.input_value() + " (edited under a Content-Security-Policy)")
    page.get_by_role("button", name=re.compile(r"^Save draft")).click()
    expect(page.locator(".messages")).to_contain_text(re.compile("updated|saved", re.I))
    violations = _violations(page, console)
    assert violations == [], "the admin ran into its policy:\n" + "\n".join(violations)

    # Public pages, first with the editor's userbar, then as a visitor.
    for url in (case_url, "/en/search/?q=coach", "/it/"):
        page.goto(url)
        expect(page.locator("main")).to_be_visible()
        violations = _violations(page, console)
        assert violations == [], url + ":\n" + "\n".join(violations)
    page.context.clear_cookies()
    page.goto(case_url)
    expect(page.locator('script[type="application/ld+json"]')).to_have_count(1)
    nonce = page.locator('script[type="application/ld+json"]').get_attribute("nonce")
    # Browsers hide the nonce attribute's value from the DOM once it is checked.
    assert nonce is not None
    page.goto("/en/search/?q=coach")
    search_box = page.locator("#search-q")
    # suggest.js (a script file) ran, and may fetch suggestions (connect-src 'self').
    expect(search_box).to_have_attribute("role", "combobox")
    with page.expect_response(re.compile(r"/search/suggest/")) as suggestions:
        search_box.press_sequentially("coa", delay=50)
    assert suggestions.value.status == 200
    assert _violations(page, console) == [], "public pages ran into the policy"
    audit(page)
    assert _violations(page, console) == [], "the audit itself must not be blocked"
