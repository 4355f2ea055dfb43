"""The public proposal form: a valid proposal becomes a draft in moderation; nothing else does."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache

from wagtail.models import Page, WorkflowState

import pytest

from practices.models import (
    CaseProposal,
    MethodPage,
    Organisation,
    PracticePage,
    TargetGroup,
    TerritoryPage,
)

URL = "/en/practices/propose/"
HOSTILE = '<script>alert("x")</script><b>bold</b>'


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def _valid(**changes):
    territory = TerritoryPage.objects.get(slug="solothurn", locale__language_code="en")
    group = TargetGroup.objects.get(
        slug="refugees-provisionally-admitted", locale__language_code="en"
    )
    method = MethodPage.objects.live().filter(locale__language_code="en").first()
    data = {
        "title": "Job coaching in the workplace",
        "territory": territory.pk,
        "organisation": "Sozialregion Test",
        "organisation_kind": "social_service",
        "organisation_role": "Leads the coaching",
        "target_groups": [group.pk],
        "methods": [method.pk],
        "start_year": 2022,
        "end_year": 2024,
        "summary": "Coaches accompany refugees in their first months at work.",
        "description": "The problem.\n\nThe approach, in two paragraphs.",
        "results": "More people kept their job.",
        "contact_name": "Ada Example",
        "contact_email": "ada@example.org",
        "contact_organisation": "Sozialregion Test",
        "consent": "on",
        "website": "",
        "indicators-TOTAL_FORMS": "3",
        "indicators-INITIAL_FORMS": "0",
        "indicators-MIN_NUM_FORMS": "0",
        "indicators-MAX_NUM_FORMS": "3",
        "indicators-0-label": "Participants in a job after a year",
        "indicators-0-value": "12",
        "indicators-0-denominator": "40",
        "indicators-0-unit": "people",
    }
    data.update(changes)
    return data


@pytest.fixture
def reviewers(db):
    users = get_user_model().objects
    coordinator = users.create_user("coord", email="coord@example.org", password="x")
    coordinator.groups.add(Group.objects.get(name="Coordinators: Solothurn"))
    moderator = users.create_user("mod", email="mod@example.org", password="x")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    other = users.create_user("other", email="other@example.org", password="x")
    other.groups.add(Group.objects.get(name="Coordinators: Herlev"))
    return coordinator, moderator


def test_the_form_page_is_linked_from_the_listing(client):
    assert 'href="/en/practices/propose/"' in client.get("/en/practices/").content.decode()
    html = client.get(URL).content.decode()
    assert "Propose a case" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "Solothurn" in html


def test_a_valid_proposal_becomes_a_draft_in_moderation(client, reviewers):
    pages_before = Page.objects.count()
    response = client.post(URL, _valid())
    assert response.status_code == 302
    assert response["Location"] == "/en/practices/propose/thanks/"
    assert Page.objects.count() == pages_before + 1
    case = PracticePage.objects.get(title="Job coaching in the workplace")
    assert not case.live
    assert case.get_parent().specific.slug == "solothurn"
    assert case.territory.slug == "solothurn"
    assert case.start_year == 2022 and case.end_year == 2024
    assert case.indicators.get().share == 30
    assert case.organisation_roles.get().organisation.name == "Sozialregion Test"
    assert list(case.target_groups.values_list("slug", flat=True)) == [
        "refugees-provisionally-admitted"
    ]
    state = WorkflowState.objects.get(object_id=str(case.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state is not None
    assert CaseProposal.objects.get(page=case).contact_email == "ada@example.org"
    # Not on the public site until a moderator publishes it.
    assert client.get("/en/practices/?country=CH").content.decode().count("Job coaching") == 0
    assert client.get(case.get_parent().url + case.slug + "/").status_code == 404
    thanks = client.get(response["Location"]).content.decode()
    assert "Job coaching in the workplace" in thanks
    assert "ada@example.org" in thanks


def test_coordinators_moderators_and_proposer_are_told(
    client, reviewers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, _valid())
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"coord@example.org", "mod@example.org", "ada@example.org"} <= recipients
    assert "other@example.org" not in recipients
    review = next(m for m in mail.outbox if "coord@example.org" in m.to)
    assert "/admin/pages/" in review.body and "/edit/" in review.body
    confirmation = next(m for m in mail.outbox if m.to == ["ada@example.org"])
    assert "Job coaching in the workplace" in confirmation.body


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"title": ""}, "This field is required."),
        ({"end_year": "2019"}, "The end year cannot be before the start year."),
        ({"contact_email": "not-an-email"}, "Enter a valid email address."),
        ({"indicators-0-value": "50"}, "The number cannot be larger than the total"),
        ({"indicators-0-label": ""}, "Say what the number measures."),
        ({"consent": ""}, "This field is required."),
        ({"territory": "999999"}, "Select a valid choice."),
        ({"start_year": "abc"}, "Select a valid choice."),
    ],
)
def test_invalid_input_rerenders_with_messages_and_creates_nothing(client, changes, message):
    pages_before = Page.objects.count()
    response = client.post(URL, _valid(**changes))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'class="error-summary"' in html
    assert 'aria-invalid="true"' in html
    assert Page.objects.count() == pages_before
    assert not CaseProposal.objects.exists()
    # What the visitor typed is kept.
    assert "Coaches accompany refugees" in html


def test_honeypot_creates_nothing_but_answers_like_success(client):
    pages_before = Page.objects.count()
    response = client.post(URL, _valid(website="http://spam.example"))
    assert response.status_code == 302
    assert Page.objects.count() == pages_before
    assert not mail.outbox


def test_too_many_posts_answer_429_and_create_nothing(client, settings):
    settings.PROPOSAL_RATE = (2, 3600)
    client.post(URL, _valid(title=""))
    client.post(URL, _valid(title=""))
    pages_before = Page.objects.count()
    response = client.post(URL, _valid())
    assert response.status_code == 429
    assert "Too many proposals" in response.content.decode()
    assert Page.objects.count() == pages_before


def test_nothing_typed_is_rendered_unescaped(
    client, reviewers, admin_user, django_capture_on_commit_callbacks
):
    data = _valid(
        title=f"Case {HOSTILE}",
        summary=HOSTILE,
        description=HOSTILE,
        results=HOSTILE,
        organisation=HOSTILE,
        organisation_role=HOSTILE,
        contact_name=HOSTILE,
        contact_organisation=HOSTILE,
        **{"indicators-0-label": HOSTILE, "indicators-0-unit": HOSTILE},
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert mail.outbox
    thanks = client.get(response["Location"]).content.decode()
    assert "<script>alert" not in thanks and "&lt;script&gt;" in thanks
    case = PracticePage.objects.get(title=f"Case {HOSTILE}")
    assert "<script>" not in case.problem and "&lt;script&gt;" in case.problem
    assert "<b>" not in case.success_factors
    for message in mail.outbox:
        assert not message.alternatives  # plain text only
    # Re-rendered form after an error escapes the values too.
    html = client.post(URL, dict(data, end_year="1999")).content.decode()
    assert "<script>alert" not in html
    # The editor's preview and edit view escape it as well.
    client.force_login(admin_user)
    for url in (f"/admin/pages/{case.pk}/edit/", f"/admin/pages/{case.pk}/view_draft/"):
        page_html = client.get(url).content.decode()
        assert '<script>alert("x")</script>' not in page_html, url
    assert re.search(
        r"&lt;script&gt;|\\u003Cscript",
        client.get(f"/admin/pages/{case.pk}/view_draft/").content.decode(),
    )


def test_the_form_works_in_another_language(client):
    html = client.get("/it/practices/propose/").content.decode()
    assert '<html lang="it">' in html
    italian = TerritoryPage.objects.get(slug="solothurn", locale__language_code="it")
    group = TargetGroup.objects.get(slug="refugees-provisionally-admitted", locale=italian.locale)
    method = MethodPage.objects.live().filter(locale=italian.locale).first()
    response = client.post(
        "/it/practices/propose/",
        _valid(territory=italian.pk, target_groups=[group.pk], methods=[method.pk]),
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/it/")


# --- Never a crash, never a lost or duplicated proposal -------------------------------------


@pytest.mark.parametrize(
    "field", ["title", "organisation", "organisation_role", "contact_name", "indicators-0-label"]
)
def test_line_breaks_in_one_line_fields_answer_400_and_save_nothing(
    client, reviewers, field, django_capture_on_commit_callbacks
):
    """A title with a line break used to crash the reviewers' mail after the draft was saved."""
    pages_before = Page.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, _valid(**{field: "Two\r\nlines"}))
    assert response.status_code == 400
    assert "Keep this to one line" in response.content.decode()
    assert Page.objects.count() == pages_before
    assert not CaseProposal.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"territory": str(10**21)}, "Select a valid choice."),
        ({"target_groups": [str(10**21)]}, "is not a valid value."),
        ({"methods": [str(10**21)]}, "is not a valid value."),
        ({"methods": ["-1"]}, "is not a valid value."),
    ],
)
def test_keys_out_of_the_database_range_answer_400(client, changes, message, locales):
    """10**21 as a territory, target group or method used to raise OverflowError (500)."""
    for code in ("en", "de"):
        response = client.post(f"/{code}/practices/propose/", _valid(**changes))
        assert response.status_code == 400
        if code == "en":
            assert message in response.content.decode()
    assert not CaseProposal.objects.exists()


def test_mails_go_out_only_after_the_commit(client, reviewers, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(URL, _valid())
    assert response.status_code == 302
    # Nothing of the proposal's own sent while the transaction was open (Wagtail's
    # workflow may notify on its own).
    assert not [m for m in mail.outbox if "proposal" in m.subject]
    assert len(callbacks) == 1
    callbacks[0]()
    ours = [m for m in mail.outbox if "proposal" in m.subject]
    assert {"coord@example.org", "ada@example.org"} <= {a for m in ours for a in m.to}


def test_a_mail_server_that_is_down_does_not_lose_the_proposal(
    client, reviewers, settings, caplog, django_capture_on_commit_callbacks
):
    """SMTP refuses the connection: the proposer still gets the thanks page, the failure is logged."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port, 2
    settings.EMAIL_USE_TLS = False
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, _valid())
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert PracticePage.objects.filter(title="Job coaching in the workplace").count() == 1
    assert "Could not send the reviewers mail" in caplog.text
    assert "Could not send the confirmation mail" in caplog.text


def test_mail_subjects_are_one_bounded_line(client, reviewers, django_capture_on_commit_callbacks):
    from practices.proposals.notifications import SUBJECT_LENGTH, header_safe

    assert header_safe("New\r\nBcc: x@example.org\u2028end") == "New Bcc: x@example.org end"
    title = "Job coaching " + "very " * 40
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(URL, _valid(title=title[:200])).status_code == 302
    review = next(m for m in mail.outbox if "coord@example.org" in m.to)
    assert review.subject.startswith("New case proposal: Job coaching very")
    assert len(review.subject) == SUBJECT_LENGTH and review.subject.endswith("…")


def _token(client, url=URL):
    html = client.get(url).content.decode()
    return re.search(r'name="submission" value="([0-9a-f]{32})"', html).group(1)


def test_a_retried_post_makes_one_draft(client, reviewers, django_capture_on_commit_callbacks):
    """The same form posted twice (a retry, a double click) is one proposal, one set of mails."""
    token = _token(client)
    assert _token(client) != token  # every empty form gets its own
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(URL, _valid(submission=token))
    mails = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        second = client.post(URL, _valid(submission=token))
    assert first.status_code == second.status_code == 302
    assert PracticePage.objects.filter(title="Job coaching in the workplace").count() == 1
    assert CaseProposal.objects.count() == 1
    assert len(mail.outbox) == mails
    assert "Job coaching in the workplace" in client.get(second["Location"]).content.decode()
    # Another form (another token) is another proposal.
    client.post(URL, _valid(submission=_token(client)))
    assert CaseProposal.objects.count() == 2


def test_an_identical_post_without_a_token_makes_one_draft(client):
    assert client.post(URL, _valid(submission="not-a-token")).status_code == 302
    assert client.post(URL, _valid()).status_code == 302
    assert CaseProposal.objects.count() == 1
    client.post(URL, _valid(summary="Something else."))
    assert CaseProposal.objects.count() == 2


def test_an_error_after_the_draft_leaves_nothing_behind(client, monkeypatch):
    """A failure anywhere in the draft's creation rolls everything back."""
    from practices.proposals import drafts

    def broken(*args, **kwargs):
        raise RuntimeError("workflow down")

    monkeypatch.setattr(drafts.CaseProposal.objects, "create", broken)
    pages_before = Page.objects.count()
    client.raise_request_exception = False
    assert client.post(URL, _valid(organisation="Brand new org")).status_code == 500
    assert Page.objects.count() == pages_before
    assert not Organisation.objects.filter(name="Brand new org").exists()


def test_a_proposed_organisation_stays_private_until_its_case_is_published(client, admin_user):
    name = "Werkstatt Neuland Proposed"
    existing = "Amt für Gesellschaft und Soziales (AGS)"
    client.post(URL, _valid(organisation=name))
    client.post(URL, _valid(organisation=existing, title="Another case"))
    case = PracticePage.objects.get(title="Job coaching in the workplace")
    assert not Organisation.objects.get(name=name).is_public
    assert Organisation.objects.get(name=existing).is_public  # reused, not hidden
    public_urls = [
        "/en/practices/solothurn/",
        "/de/practices/solothurn/",
        "/it/practices/solothurn/",
        "/en/practices/export/csv/",
        "/en/practices/export/json/",
        "/api/v2/pages/?type=practices.PracticePage&fields=*&limit=100",
        "/api/v2/pages/?type=practices.TerritoryPage&fields=*",
        "/en/search/?q=Neuland",
    ]
    for url in public_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert name not in body.decode(), url
    assert existing in client.get("/en/practices/solothurn/").content.decode()
    # Editors see it in the admin.
    client.force_login(admin_user)
    assert name in client.get("/admin/snippets/practices/organisation/").content.decode()
    client.logout()
    # Publishing the case is the review: the organisation appears with it.
    case.get_latest_revision().publish()
    assert Organisation.objects.get(name=name).is_public
    assert name in client.get("/en/practices/solothurn/").content.decode()
    assert name in client.get(case.url).content.decode()
