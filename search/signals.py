"""Keep the spelling vocabulary fresh when content changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from . import spelling
from .models import Concept


@receiver(page_published)
@receiver(page_unpublished)
def _page_changed(sender, **kwargs):
    spelling.forget()


@receiver(post_save, sender=Concept)
@receiver(post_delete, sender=Concept)
def _concept_changed(sender, **kwargs):
    spelling.forget()
