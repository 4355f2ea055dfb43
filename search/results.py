"""What the result page shows for each hit: type, title, link, territory, snippet."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.text import slugify

from wagtail.models import Page

from portal.localization import default_language
from portal.visibility import public_pages

from .facets import TYPE_LABELS
from .highlight import snippet
from .spelling import page_text


@dataclass
class Item:
    kind: str
    type_label: str
    title: str
    url: str
    snippet: str
    territory: str = ""
    language: str = ""


def _library_page(language):
    model = apps.get_model("library", "LibraryPage")
    pages = {
        page.locale.language_code: page
        for page in public_pages(model.objects.all()).select_related("locale")
    }
    return pages.get(language) or pages.get(default_language())


def _page_item(page, profile, terms, languages, territories):
    kind = next(iter(profile["type"]), "page")
    lead = " ".join(filter(None, [getattr(page, "listing_summary", ""), page.search_description]))
    text = page_text(page)
    passage = snippet(text, terms, languages) if terms else ""
    if not passage or "<mark>" not in passage:
        passage = snippet(lead or text, terms, languages)
    territory = next(iter(sorted(profile.get("territory", ()))), "")
    return Item(
        kind=kind,
        type_label=str(TYPE_LABELS.get(kind, TYPE_LABELS["page"])),
        title=page.title,
        url=page.get_url(),
        snippet=passage,
        territory=territories.get(territory, ""),
        language=page.locale.language_code,
    )


def _specific_pages(page_ids, known):
    """The specific pages of ``page_ids``, with their locales: one query per page type
    when ``known`` (pk -> Page) gives their types, as the search's hits do."""
    from .engine import all_locales

    if not all(pk in known for pk in page_ids):
        pages = Page.objects.filter(pk__in=page_ids).specific().select_related("locale")
        return {page.pk: page for page in pages}
    by_type = {}
    for pk in page_ids:
        by_type.setdefault(known[pk].content_type_id, []).append(pk)
    locales = {locale.pk: locale for locale in all_locales().values()}
    pages = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        for page in model.objects.filter(pk__in=ids):
            if page.locale_id in locales:
                page.locale = locales[page.locale_id]
            pages[page.pk] = page
    return pages


def build(keys, profiles, terms, language, territories, known_pages=None):
    """Display items for one page of results, in order; ``known_pages`` (pk -> Page)
    are the search's hits, whose types spare a query."""
    languages = tuple(dict.fromkeys([language, default_language()]))
    page_ids = [pk for kind, pk in keys if kind == "page"]
    pages = _specific_pages(page_ids, known_pages or {}) if page_ids else {}
    documents, nodes = _documents(keys), _nodes(keys)
    library = _library_page(language) if documents else None
    items = []
    for key in keys:
        kind, pk = key
        if kind == "page" and pk in pages:
            page = pages[pk]
            own = tuple(dict.fromkeys([*languages, page.locale.language_code]))
            items.append(_page_item(page, profiles[key], terms, own, territories))
        elif kind == "document" and pk in documents:
            items.append(
                _document_item(documents[pk], library, terms, languages, territories, profiles[key])
            )
        elif kind == "node" and pk in nodes:
            items.append(_node_item(nodes[pk], terms, languages))
    return items


def _documents(keys):
    ids = [pk for kind, pk in keys if kind == "document"]
    if not ids:
        return {}
    model = apps.get_model("library", "PortalDocument")
    return model.objects.in_bulk(ids)


def _document_item(document, library, terms, languages, territories, profile):
    url = document.url
    if library is not None:
        route = library.reverse_subpage(
            "document",
            kwargs={"document_id": document.pk, "slug": slugify(document.title) or "document"},
        )
        url = library.get_url() + route
    text = " ".join([document.summary, document.extracted_text])
    territory = next(iter(sorted(profile.get("territory", ()))), "")
    return Item(
        kind="document",
        type_label=str(TYPE_LABELS["document"]),
        title=document.title,
        url=url,
        snippet=snippet(text, terms, languages),
        territory=territories.get(territory, ""),
        language=document.language,
    )


def _nodes(keys):
    from practices.models import CriticalNode

    ids = [pk for kind, pk in keys if kind == "node"]
    return CriticalNode.objects.select_related("page").in_bulk(ids) if ids else {}


def _node_item(node, terms, languages):
    text = f"{node.risk} {node.operating_mode}"
    return Item(
        kind="node",
        type_label=str(TYPE_LABELS["node"]),
        title=node.title,
        url=node.page.get_url() + f"#node-{node.key}",
        snippet=snippet(text, terms, languages),
    )
