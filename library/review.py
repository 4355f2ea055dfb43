"""Review of documents uploaded by coordinators: who is told, and what approving does."""

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.search import index

from portal.localization import default_language
from portal.roles import MODERATORS

from .models import ReviewStatus


def moderator_emails():
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=MODERATORS)
        .exclude(Q(email="") | Q(email__isnull=True))
        .distinct()
    )
    return sorted({user.email for user in users})


def notify_moderators(document):
    recipients = moderator_emails()
    if not recipients:
        return
    # Plain text in the portal's default language: nothing typed becomes markup.
    with translation.override(default_language()):
        send_mail(
            subject=_("Document to review: %(title)s") % {"title": document.title},
            message=_(
                "A document was uploaded and waits for review before it is published.\n\n"
                "Title: %(title)s\nTerritory: %(territory)s\nUploaded by: %(user)s\n\n"
                "Review queue: %(url)s\n"
            )
            % {
                "title": document.title,
                "territory": document.territory.title if document.territory else "-",
                "user": document.uploaded_by_user or "-",
                "url": reverse("library_review:index"),
            },
            from_email=None,
            recipient_list=recipients,
        )


def approve(document, user):
    document.review_status = ReviewStatus.APPROVED
    document.reviewed_by = user
    document.reviewed_at = timezone.now()
    document.save(update_fields=["review_status", "reviewed_by", "reviewed_at"])
    index.insert_or_update_object(document)
