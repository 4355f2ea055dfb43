"""Load the initial concept crosswalk from ``search/initial_data/concepts.py``.

Idempotent: concepts are looked up by key and created only when missing, and
definitions fill only blank fields, so editors' changes survive a rerun; tags are added only for pages that exist.
"""

from django.apps import apps

from wagtail.models import Locale

from portal.localization import content_languages, default_language

from .initial_data.concepts import CONCEPTS, DEFINITIONS
from .models import Concept, ConceptTag

PAGE_TYPES = {
    "practice": "practices.PracticePage",
    "method": "practices.MethodPage",
    "phase": "practices.PhasePage",
}


def _page(kind, slug, locale):
    try:
        model = apps.get_model(PAGE_TYPES[kind])
    except LookupError:
        return None
    # Phases are identified by their stable key (shared with the reference model data).
    lookup = {"key": slug} if kind == "phase" else {"slug": slug}
    return model.objects.filter(locale=locale, **lookup).first()


def _fill_definitions(concept, definitions):
    """Write the shipped definitions into blank fields only: an editor's text is kept."""
    changed = []
    for code, text in definitions.items():
        field = f"definition_{code}"
        if not getattr(concept, field, "").strip():
            setattr(concept, field, text)
            changed.append(field)
    if changed:
        concept.save(update_fields=changed)


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
        _fill_definitions(concept, DEFINITIONS.get(concept.key, {}))
        for kind, slug in data.get("pages", []):
            page = _page(kind, slug, english) if english else None
            if page is not None:
                ConceptTag.objects.get_or_create(concept=concept, page=page)
    if stdout is not None:
        stdout.write(f"  crosswalk: {created} concepts created")
