"""E-mails about a proposal: to the territory's coordinators and the moderators, and to the proposer.

Plain text only, so nothing a proposer typed can become markup in a mail client.
"""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from portal.localization import default_language
from portal.roles import COORDINATOR_PREFIX, MODERATORS

logger = logging.getLogger(__name__)
SUBJECT_LENGTH = 120


def header_safe(text, length=SUBJECT_LENGTH):
    """One line of at most ``length`` characters: nothing typed can add a header."""
    line = " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def _send(kind, page, **mail):
    """Send one mail; a failure is logged, the proposal is already saved."""
    try:
        send_mail(**mail)
    except Exception:
        logger.exception("Could not send the %s mail for proposed case %s.", kind, page.pk)


def reviewers(territory):
    """E-mail addresses of the territory's coordinators and of the moderators."""
    default = Locale.get_default()
    source = territory.get_translation_or_none(default) or territory
    groups = [MODERATORS, f"{COORDINATOR_PREFIX}{source.title}"]
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=groups)
        .exclude(Q(email="") | Q(email__isnull=True))
        .distinct()
    )
    return sorted({user.email for user in users})


def notify(page, data, request):
    edit_url = request.build_absolute_uri(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    recipients = reviewers(data["territory"])
    if recipients:
        # Reviewers read the portal's default language.
        with translation.override(default_language()):
            _send(
                "reviewers",
                page,
                subject=header_safe(_("New case proposal: %(title)s") % {"title": page.title}),
                message=_(
                    "A practitioner proposed a case for %(territory)s.\n\n"
                    "Title: %(title)s\nProposed by: %(name)s, %(organisation)s <%(email)s>\n\n"
                    "It is a draft waiting in the moderation workflow. Review it here:\n%(url)s\n"
                )
                % {
                    "territory": data["territory"].title,
                    "title": page.title,
                    "name": data["contact_name"],
                    "organisation": data["contact_organisation"],
                    "email": data["contact_email"],
                    "url": edit_url,
                },
                from_email=None,
                recipient_list=recipients,
            )
    _send(
        "confirmation",
        page,
        subject=header_safe(_("Your case proposal was received")),
        message=_(
            'Dear %(name)s,\n\nthank you for proposing "%(title)s" to the Work Inclusion '
            "Practice Portal. The editors for %(territory)s will review it and may contact you "
            "at this address. It is published only after their review.\n"
        )
        % {"name": data["contact_name"], "title": page.title, "territory": data["territory"].title},
        from_email=None,
        recipient_list=[data["contact_email"]],
    )
