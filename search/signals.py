"""Keep the spelling vocabulary and the popular-search titles fresh when content changes."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from . import spelling
from .models import Concept


def _forget(**kwargs):
    from .popular import TITLES_CACHE_KEY

    spelling.forget()
    cache.delete(TITLES_CACHE_KEY)


@receiver(page_published)
@receiver(page_unpublished)
def _page_changed(sender, **kwargs):
    _forget()


@receiver(post_save, sender=Concept)
@receiver(post_delete, sender=Concept)
def _concept_changed(sender, **kwargs):
    _forget()


# A restriction added to a page or a collection takes its words out of the vocabulary at once.
for _model in (PageViewRestriction, CollectionViewRestriction, get_document_model()):
    post_save.connect(_forget, sender=_model, dispatch_uid=f"search-forget-{_model.__name__}")
    post_delete.connect(_forget, sender=_model, dispatch_uid=f"search-forget-del-{_model.__name__}")


def _search_fragments_changed(sender, **kwargs):
    """A concept tag, a case's organisation role or tag, or a critical node written on
    its own (outside a publish, which starts a new generation anyway): the search's
    cached concepts, names, nodes and result facts follow at once."""
    from portal.cache import purge

    purge()


def _connect_fragment_sources():
    from practices.models import CriticalNode, PracticeOrganisation, PracticeTag

    from .models import ConceptTag

    for model in (ConceptTag, CriticalNode, PracticeOrganisation, PracticeTag):
        name = model.__name__
        post_save.connect(
            _search_fragments_changed, sender=model, dispatch_uid=f"search-fragments-{name}"
        )
        post_delete.connect(
            _search_fragments_changed, sender=model, dispatch_uid=f"search-fragments-del-{name}"
        )


_connect_fragment_sources()
