"""The public proposal form (``/<lang>/practices/propose/``) and its confirmation page."""

import functools
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from django_ratelimit.core import is_ratelimited

from portal.localization import active_locale

from ..models import CaseProposal
from .drafts import AlreadyReceived, create_draft
from .forms import IndicatorFormSet, ProposalForm, describe_fields, first_error_ids
from .notifications import notify

logger = logging.getLogger(__name__)


def _proposal_rate(group, request):
    return tuple(settings.PROPOSAL_RATE)  # read per request, so tests and operators can change it


def rate_limited(request):
    """True once a client address (portal.client) has posted the form too often
    in the window (settings.PROPOSAL_RATE); counted in the shared default cache."""
    return is_ratelimited(
        request, group="proposal", key="ip", rate=_proposal_rate, method="POST", increment=True
    )


def _render(request, index_page, form, formset, status=200):
    for each in [form, *formset]:
        describe_fields(each)
    context = {
        "page": index_page,
        "self": index_page,
        "form": form,
        "formset": formset,
        "error_summary": first_error_ids(form, formset) if form.is_bound else [],
    }
    return TemplateResponse(request, "practices/propose.html", context, status=status)


def propose(request, index_page):
    locale = active_locale()
    if request.method != "POST":
        return _render(
            request, index_page, ProposalForm(locale=locale), IndicatorFormSet(prefix="indicators")
        )
    if rate_limited(request):
        return TemplateResponse(
            request, "practices/propose_limited.html", {"page": index_page}, status=429
        )
    thanks = index_page.url + index_page.reverse_subpage("propose_thanks")
    if request.POST.get("website"):
        logger.info("Proposal honeypot filled; nothing created.")
        return redirect(thanks)
    form = ProposalForm(request.POST, locale=locale)
    formset = IndicatorFormSet(request.POST, prefix="indicators")
    if not (form.is_valid() and formset.is_valid()):
        return _render(request, index_page, form, formset, status=400)
    indicators = [row.cleaned_data for row in formset if row.cleaned_data.get("label")]
    key = form.submission_key(indicators)
    try:
        with transaction.atomic():
            page, _revision = create_draft(form.cleaned_data, indicators, submission_key=key)
            # Mail only what was committed; robust: a mail server that is down is
            # logged and never turns a saved proposal into an error page.
            transaction.on_commit(
                functools.partial(notify, page, form.cleaned_data, request), robust=True
            )
    except AlreadyReceived as duplicate:
        page = duplicate.proposal.page
        logger.info("Proposal re-posted; the draft %s already exists.", page.pk)
    except IntegrityError:
        # A concurrent post of the same submission committed first (PostgreSQL).
        earlier = CaseProposal.objects.filter(submission_key=key).select_related("page").first()
        if earlier is None:
            raise
        page = earlier.page
    request.session["proposal"] = {
        "title": page.title,
        "territory": form.cleaned_data["territory"].title,
        "email": form.cleaned_data["contact_email"],
    }
    return redirect(thanks)


def thanks(request, index_page):
    proposal = request.session.pop("proposal", None)
    return TemplateResponse(
        request, "practices/propose_thanks.html", {"page": index_page, "proposal": proposal}
    )
