"""Subscribe (``/<lang>/alerts/``), confirm, unsubscribe and delete.

Every answer about an address is the same whether it was known or not, so the
form does not reveal who subscribes to what.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.http import QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from django_ratelimit.core import is_ratelimited

from .forms import SubscribeForm
from .mail import CONFIRM_SALT, UNSUBSCRIBE_SALT, read_token, send_confirmation
from .matching import FilterError, case_filter, series_for
from .models import CONFIRM_DAYS, Kind, Subscription

logger = logging.getLogger(__name__)


def _alert_rate(group, request):
    return tuple(settings.ALERT_RATE)  # read per request, so tests and operators can change it


def _rate_limited(request):
    """True once a client address (portal.client) has posted the form too often in
    the window (settings.ALERT_RATE); counted by django-ratelimit in the shared cache."""
    return is_ratelimited(
        request, group="alerts", key="ip", rate=_alert_rate, method="POST", increment=True
    )


def _target(params, language):
    """``(kind, query, series, label)`` from the parameters; FilterError if invalid."""
    series_key = (params.get("series") or "").strip()
    if series_key:
        series = series_for(series_key, language)
        if series is None:
            raise FilterError([_("There is no published workshop series with this key.")])
        label = _("Reports of %(series)s") % {"series": series.title}
        return Kind.SERIES, "", series, label
    query, label = case_filter(params)
    return Kind.CASES, query, None, label


def _render(request, context, status=200):
    return TemplateResponse(request, "alerts/subscribe.html", context, status=status)


@require_http_methods(["GET", "POST"])
def subscribe(request):
    language = get_language()
    if request.method == "GET":
        try:
            kind, query, series, label = _target(request.GET, language)
        except FilterError as error:
            return _render(request, {"problems": error.problems, "form": None}, status=400)
        form = SubscribeForm(
            initial={"query": query, "series": str(series.translation_key) if series else ""}
        )
        return _render(request, {"form": form, "label": label, "kind": kind})

    if _rate_limited(request):
        return TemplateResponse(request, "alerts/limited.html", {}, status=429)
    sent = reverse("alerts_sent")
    if request.POST.get("website"):
        logger.info("Alert honeypot filled; nothing stored.")
        return redirect(sent)
    form = SubscribeForm(request.POST)
    target_params = QueryDict(mutable=True)
    target_params.update(QueryDict(request.POST.get("query", "")))
    if request.POST.get("series"):
        target_params["series"] = request.POST["series"]
    try:
        kind, query, series, label = _target(target_params, language)
    except FilterError as error:
        return _render(request, {"problems": error.problems, "form": None}, status=400)
    if not form.is_valid():
        return _render(request, {"form": form, "label": label, "kind": kind}, status=400)
    email = form.cleaned_data["email"].strip().lower()
    with transaction.atomic():
        subscription, created = Subscription.objects.get_or_create(
            email=email,
            kind=kind,
            query=query,
            series_key=series.translation_key if series else None,
            defaults={"language": language, "label": label, "consented_at": timezone.now()},
        )
    if not subscription.is_confirmed:
        send_confirmation(subscription)
    return redirect(sent)


def sent(request):
    return TemplateResponse(request, "alerts/sent.html", {"confirm_days": CONFIRM_DAYS})


def _invalid(request):
    return TemplateResponse(request, "alerts/invalid.html", {}, status=400)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners follow links); POST confirms."""
    data = read_token(token, CONFIRM_SALT, max_age=CONFIRM_DAYS * 86400)
    if data is None:
        return _invalid(request)
    subscription = Subscription.objects.filter(pk=data[0], email=data[1]).first()
    if subscription is None:
        return _invalid(request)
    if request.method == "POST" and not subscription.is_confirmed:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
    return TemplateResponse(
        request,
        "alerts/confirm.html",
        {"subscription": subscription, "confirmed": subscription.is_confirmed},
    )


@csrf_exempt  # RFC 8058 one-click: the mail client POSTs without a session.
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows the choice; POST deletes this alert, or every alert of the address
    (``everything``). A one-click POST from a mail client deletes this alert."""
    data = read_token(token, UNSUBSCRIBE_SALT)
    if data is None:
        return _invalid(request)
    subscription_id, email = data
    subscription = Subscription.objects.filter(pk=subscription_id, email=email).first()
    if request.method == "GET":
        return TemplateResponse(
            request, "alerts/unsubscribe.html", {"subscription": subscription, "done": False}
        )
    if request.POST.get("everything"):
        deleted, _counts = Subscription.objects.filter(email=email).delete()
    else:
        deleted, _counts = Subscription.objects.filter(pk=subscription_id, email=email).delete()
    return TemplateResponse(
        request,
        "alerts/unsubscribe.html",
        {"subscription": None, "done": True, "everything": bool(request.POST.get("everything"))},
    )
