from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.documents.models import document_served

from .review import notify_moderators


@receiver(document_served)
def count_download(sender, instance, request, **kwargs):
    if hasattr(instance, "count_download"):
        instance.count_download()


@receiver(post_save, sender="library.PortalDocument")
def tell_moderators(sender, instance, **kwargs):
    """A document held for review is announced once, after it is saved (it needs an id)."""
    if getattr(instance, "_notify_review", False):
        instance._notify_review = False
        notify_moderators(instance)
