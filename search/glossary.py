"""The public glossary (``/<lang>/glossary/``): the crosswalk's concepts for visitors.

Each concept shows its terms in the five languages, a definition in the
visitor's language (English where none is written yet, marked so) and the
public cases, methods and phases tagged with it, read in the visitor's language
where a translation exists. Editors maintain all of it in the crosswalk snippet.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from portal.localization import content_languages, default_language, localize
from portal.visibility import public_pages

from .analysis import base_language
from .facets import TYPE_OF_MODEL
from .models import Concept, ConceptTag

# The groups of tagged pages on a concept page, in the order they are shown.
TAGGED_GROUPS = (
    ("case", _("Cases")),
    ("method", _("Methods")),
    ("phase", _("Phases of the reference model")),
    ("page", _("Other pages")),
)


def _language_names():
    return dict(settings.LANGUAGES)


def _entry(concept, language):
    """What one concept shows: its label, definition and terms by language."""
    names = _language_names()
    definition, definition_language = concept.definition(language)
    return {
        "concept": concept,
        "key": concept.key,
        "label": concept.label(language),
        "label_language": language if concept.terms(language) else default_language(),
        "definition": definition,
        "definition_language": definition_language,
        "terms": [
            {"code": code, "name": names.get(code, code), "terms": concept.terms(code)}
            for code in content_languages()
            if concept.terms(code)
        ],
    }


def glossary(request):
    """Every concept, in the alphabetical order of its label in the visitor's language."""
    language = base_language(get_language())
    entries = [_entry(concept, language) for concept in Concept.objects.all()]
    entries.sort(key=lambda entry: entry["label"].casefold())
    return render(request, "search/glossary.html", {"entries": entries, "language": language})


def tagged_pages(concept):
    """The concept's public tagged pages in the visitor's language, grouped by kind."""
    page_ids = ConceptTag.objects.filter(concept=concept).order_by("sort_order", "pk")
    pages = list(public_pages(Page.objects.filter(pk__in=page_ids.values("page_id"))))
    order = {pk: index for index, pk in enumerate(page_ids.values_list("page_id", flat=True))}
    pages.sort(key=lambda page: order.get(page.pk, 0))
    localized = localize(pages)
    specific = Page.objects.filter(pk__in=[page.pk for page in localized]).specific()
    by_pk = {page.pk: page for page in specific}
    groups = {kind: [] for kind, _label in TAGGED_GROUPS}
    for page in localized:
        page = by_pk.get(page.pk, page)
        kind = TYPE_OF_MODEL.get(page._meta.label_lower, "page")
        groups[kind if kind in groups else "page"].append(page)
    return [
        {"kind": kind, "label": label, "pages": groups[kind]}
        for kind, label in TAGGED_GROUPS
        if groups[kind]
    ]


def concept_detail(request, key):
    language = base_language(get_language())
    concept = Concept.objects.filter(key=key).first()
    if concept is None:
        raise Http404(_("There is no such glossary entry."))
    names = _language_names()
    entry = _entry(concept, language)
    definitions = []
    for code in content_languages():
        text = (getattr(concept, f"definition_{code}", "") or "").strip()
        if text:
            definitions.append({"code": code, "name": names.get(code, code), "text": text})
    return render(
        request,
        "search/glossary_concept.html",
        {
            "entry": entry,
            "definitions": definitions,
            "groups": tagged_pages(concept),
            "language": language,
        },
    )
