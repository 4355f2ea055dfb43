"""Alert e-mails: the confirmation (double opt-in) and the digest, each with a
signed link, and the digest with one-click unsubscribe headers (RFC 8058)."""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import CONFIRM_DAYS

CONFIRM_SALT = "alerts.confirm"
UNSUBSCRIBE_SALT = "alerts.unsubscribe"


def make_token(subscription, salt):
    return signing.dumps({"id": subscription.pk, "email": subscription.email}, salt=salt)


def read_token(token, salt, max_age=None):
    """``(id, email)`` from a token, or None if it is forged, damaged or expired."""
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    if not isinstance(data, dict) or "id" not in data or "email" not in data:
        return None
    return data["id"], data["email"]


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def page_url(page):
    url = page.get_url() or ""
    return absolute(url) if url.startswith("/") else url


def _url(name, subscription, salt):
    with translation.override(subscription.language):
        return absolute(reverse(name, args=[make_token(subscription, salt)]))


def confirm_url(subscription):
    return _url("alerts_confirm", subscription, CONFIRM_SALT)


def unsubscribe_url(subscription):
    return _url("alerts_unsubscribe", subscription, UNSUBSCRIBE_SALT)


def _send(subscription, subject, template, context, unsubscribe=True):
    with translation.override(subscription.language):
        context = {"subscription": subscription, "confirm_days": CONFIRM_DAYS, **context}
        headers = {}
        if unsubscribe:
            link = unsubscribe_url(subscription)
            context["unsubscribe_url"] = link
            headers = {
                "List-Unsubscribe": f"<{link}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
        body = render_to_string(template, context)
        message = EmailMessage(
            subject=str(subject),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[subscription.email],
            headers=headers,
        )
        return message.send()


def send_confirmation(subscription):
    with translation.override(subscription.language):
        subject = _("Confirm your e-mail alert")
    return _send(
        subscription,
        subject,
        "alerts/email/confirm.txt",
        {"confirm_url": confirm_url(subscription)},
        unsubscribe=True,
    )


def send_digest(subscription, items):
    with translation.override(subscription.language):
        subject = _("New on the good-practice portal: %(label)s") % {"label": subscription.label}
    entries = [{"title": page.title, "url": page_url(page)} for page in items]
    return _send(subscription, subject[:200], "alerts/email/digest.txt", {"items": entries})
