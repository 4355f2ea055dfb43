"""E-mail alerts: double opt-in, digests against the mail outbox, one-click
unsubscribe, consent, honeypot and rate limit."""

import datetime
import io
import re
from html import unescape
from urllib.parse import urlsplit

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest

from alerts.models import Subscription
from practices.models import TerritoryPage
from workshops.models import WorkshopReportPage, WorkshopSeriesPage

from ..practices.factories import PracticePageFactory

EMAIL = "coach@example.org"


def _path(url):
    parts = urlsplit(url)
    return parts.path


def _links(body):
    return re.findall(r"https?://\S+", body)


def _digest():
    call_command("send_alert_digests", stdout=io.StringIO())


def _publish_case(slug, title, **fields):
    territory = TerritoryPage.objects.get(slug=slug, locale__language_code="en")
    case = PracticePageFactory(parent=territory, title=title, **fields)
    case.save_revision().publish()
    return case


def _subscribe(client, lang, query, email=EMAIL):
    form = client.get(f"/{lang}/alerts/?{query}")
    assert form.status_code == 200
    hidden = dict(
        re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form.content.decode())
    )
    data = {"email": email, "consent": "on", **{k: unescape(v) for k, v in hidden.items()}}
    data.pop("csrfmiddlewaretoken", None)
    return client.post(f"/{lang}/alerts/", data)


def test_listing_offers_alerts_for_the_filtered_list(client):
    html = client.get("/de/practices/?country=CH&phase=intake").content.decode()
    link = re.search(r'class="alerts-link"><a href="([^"]+)"', html).group(1)
    assert unescape(link) == "/de/alerts/?country=CH&phase=intake"


def test_subscribe_confirm_digest_once_and_unsubscribe(client):
    """The whole journey: confirmation mail, confirm, a new matching case is sent
    once, a second run sends nothing, and the one-click unsubscribe works."""
    response = _subscribe(client, "en", "country=CH")
    assert response.status_code == 302
    assert response["Location"] == "/en/alerts/sent/"
    assert len(mail.outbox) == 1
    confirmation = mail.outbox[0]
    assert confirmation.to == [EMAIL]
    assert "Country: Switzerland" in confirmation.body
    confirm_url = next(link for link in _links(confirmation.body) if "/confirm/" in link)
    subscription = Subscription.objects.get(email=EMAIL)
    assert subscription.confirmed_at is None

    # Not confirmed: nothing is sent, even if something matches.
    _publish_case("glarus", "Test Swiss case before confirmation")
    _digest()
    assert len(mail.outbox) == 1

    page = client.get(_path(confirm_url))
    assert page.status_code == 200 and "Confirm your alert" in page.content.decode()
    confirmed = client.post(_path(confirm_url))
    assert "Your alert is active" in confirmed.content.decode()

    swiss = _publish_case("solothurn", "Test Swiss job coaching case")
    _publish_case("como", "Test Italian case that does not match")
    _digest()
    assert len(mail.outbox) == 2
    digest = mail.outbox[1]
    assert "Test Swiss job coaching case" in digest.body
    assert "Test Italian case" not in digest.body
    assert "before confirmation" not in digest.body
    assert any(link.endswith(swiss.url) for link in _links(digest.body))
    unsubscribe_url = re.match(r"<(.+)>", digest.extra_headers["List-Unsubscribe"]).group(1)
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_url in digest.body

    _digest()
    assert len(mail.outbox) == 2, "a second run sends nothing new"

    # RFC 8058 one-click: a POST without session or CSRF token.
    client.cookies.clear()
    one_click = client.post(
        _path(unsubscribe_url),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert one_click.status_code == 200
    assert not Subscription.objects.filter(email=EMAIL).exists()
    _publish_case("glarus", "Test Swiss case after unsubscribing")
    _digest()
    assert len(mail.outbox) == 2


def test_workshop_series_alert_in_italian(client, locales):
    series = WorkshopSeriesPage.objects.filter(locale=locales["en"]).first()
    html = client.get(series.url).content.decode()
    assert f"/en/alerts/?series={series.translation_key}" in html
    _subscribe(client, "it", f"series={series.translation_key}")
    subscription = Subscription.objects.get(email=EMAIL)
    assert subscription.kind == "series" and subscription.language == "it"
    confirm_url = next(link for link in _links(mail.outbox[0].body) if "/confirm/" in link)
    assert "/it/alerts/confirm/" in confirm_url
    client.post(_path(confirm_url))
    report = WorkshopReportPage(
        title="Test report of a new meeting", slug="test-new-meeting", kind="laboratory"
    )
    target = series.get_translation_or_none(locales["it"]) or series
    target.add_child(instance=report)
    report.save_revision().publish()
    _digest()
    assert len(mail.outbox) == 2
    assert "Test report of a new meeting" in mail.outbox[1].body


def test_unsubscribe_page_can_delete_every_alert_of_the_address(client):
    _subscribe(client, "en", "country=CH")
    _subscribe(client, "en", "country=DK")
    assert Subscription.objects.filter(email=EMAIL).count() == 2
    unsubscribe_url = next(link for link in _links(mail.outbox[0].body) if "/unsubscribe/" in link)
    page = client.get(_path(unsubscribe_url)).content.decode()
    assert "Stop every alert and delete my address" in page
    done = client.post(_path(unsubscribe_url), {"everything": "1"})
    assert "Every alert of this address is stopped" in done.content.decode()
    assert not Subscription.objects.filter(email=EMAIL).exists()


def test_consent_is_required_and_nothing_is_kept_without_it(client):
    response = client.post("/da/alerts/", {"email": EMAIL, "query": "country=DK"})
    assert response.status_code == 400
    assert "Uden dit samtykke kan ingen adresse gemmes." in response.content.decode()  # in Danish
    assert not Subscription.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "data, message",
    [
        ({"email": "not-an-address", "consent": "on"}, "Enter a valid email address."),
        ({"email": EMAIL, "consent": "on", "query": "country=XX"}, "“XX” is not a known value"),
        ({"email": EMAIL, "consent": "on", "series": "nope"}, "no published workshop series"),
    ],
)
def test_bad_input_gets_400_with_a_message(client, data, message):
    response = client.post("/en/alerts/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Subscription.objects.exists()


def test_unknown_filter_in_the_alert_link_is_named(client):
    response = client.get("/sv/alerts/?territory=atlantis")
    assert response.status_code == 400
    assert "atlantis" in response.content.decode()


def test_honeypot_stores_and_sends_nothing(client):
    response = client.post(
        "/en/alerts/", {"email": EMAIL, "consent": "on", "website": "http://spam.example"}
    )
    assert response.status_code == 302
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_subscribe_form_is_rate_limited(client, settings):
    from django.core.cache import cache

    cache.clear()
    settings.ALERT_RATE = (2, 3600)
    for number in range(2):
        _subscribe(client, "en", "country=CH", email=f"person{number}@example.org")
    response = client.post("/en/alerts/", {"email": "third@example.org", "consent": "on"})
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert not Subscription.objects.filter(email="third@example.org").exists()
    cache.clear()


def test_forged_or_expired_links_are_refused(client, monkeypatch):
    assert client.get("/en/alerts/confirm/forged-token/").status_code == 400
    assert client.post("/en/alerts/unsubscribe/forged-token/").status_code == 400
    _subscribe(client, "en", "country=CH")
    confirm_url = next(link for link in _links(mail.outbox[0].body) if "/confirm/" in link)
    monkeypatch.setattr("alerts.views.CONFIRM_DAYS", -1)
    response = client.post(_path(confirm_url))
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()
    assert Subscription.objects.get(email=EMAIL).confirmed_at is None


def test_unconfirmed_addresses_are_deleted_after_a_week(client):
    _subscribe(client, "en", "country=CH")
    Subscription.objects.update(created_at=timezone.now() - datetime.timedelta(days=8))
    _digest()
    assert not Subscription.objects.exists()


def test_subscribing_twice_keeps_one_record_and_reveals_nothing(client):
    first = _subscribe(client, "en", "country=CH")
    second = _subscribe(client, "en", "country=CH")
    assert first["Location"] == second["Location"]
    assert Subscription.objects.filter(email=EMAIL).count() == 1


def test_reports_and_cases_already_published_are_not_sent(client):
    """Only what is published after the confirmation counts as new."""
    _subscribe(client, "en", "")
    confirm_url = next(link for link in _links(mail.outbox[0].body) if "/confirm/" in link)
    client.post(_path(confirm_url))
    _digest()
    assert len(mail.outbox) == 1
    assert WorkshopReportPage.objects.live().exists()
