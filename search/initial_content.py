"""Load the initial concept crosswalk from ``search/initial_data/concepts.py``.

Idempotent: concepts are looked up by key and created only when missing, so
editors' changes survive a rerun; tags are added only for pages that exist.
"""

from django.apps import apps

from wagtail.models import Locale

from portal.localization import content_languages, default_language

from .initial_data.concepts import CONCEPTS
from .models import Concept, ConceptTag

PAGE_TYPES = {"practice": "practices.PracticePage", "method": "practices.MethodPage"}


def _page(kind, slug, locale):
    try:
        model = apps.get_model(PAGE_TYPES[kind])
    except LookupError:
        return None
    return model.objects.filter(slug=slug, locale=locale).first()


def load(stdout=None):
    english = Locale.objects.filter(language_code=default_language()).first()
    created = 0
    for data in CONCEPTS:
        concept = Concept.objects.filter(key=data["key"]).first()
        if concept is None:
            concept = Concept.objects.create(
                key=data["key"],
                **{f"terms_{code}": "\n".join(data.get(code, [])) for code in content_languages()},
            )
            created += 1
        for kind, slug in data.get("pages", []):
            page = _page(kind, slug, english) if english else None
            if page is not None:
                ConceptTag.objects.get_or_create(concept=concept, page=page)
    if stdout is not None:
        stdout.write(f"  crosswalk: {created} concepts created")
